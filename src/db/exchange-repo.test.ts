import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Person, Unit } from '@/domain/entities';
import {
  buildClass,
  buildImportPlan,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import { buildTree, treeUnits } from '../../test/exchange-documents';
import { aggregateRowsOf } from './aggregates';
import {
  applyImportPlan,
  collectExport,
  lastExport,
  listExports,
  listImports,
  readStoreSnapshot,
  recordExport,
  syncBoard,
  type PlanToApply,
  type TombstoneRow,
} from './exchange-repo';
import { receivedProvinceKey, trustedUnitKey } from './keys-repo';
import { deletePerson, savePerson, toRow } from './people-repo';
import { DB_NAME, PtdvDatabase, db, resetDatabase } from './schema';
import { saveClass } from './classes-repo';

beforeEach(async () => {
  await resetDatabase();
});

const tree = buildTree();
const units = treeUnits(tree);
/** A plan of a file from the province, writing `writes` and filing `deletes`. */
function planOf(
  writes: Partial<PlanToApply['writes']>,
  deletes: TombstoneRow[] = [],
  extra: Partial<PlanToApply> = {},
): PlanToApply {
  return buildImportPlan({
    source: { unitId: tree.province.id, unitCode: 'TU', unitName: tree.province.name, app: 'test' },
    writes,
    deletes,
    ...extra,
  });
}

/** Every table, in a comparable form. */
async function dump() {
  const d = db();
  const tables = d.tables.map((table) => table.name).sort();
  const out: Record<string, unknown> = {};
  for (const name of tables) {
    const rows = await d.table(name).toArray();
    out[name] = JSON.stringify(
      rows.map((row: Record<string, unknown>) =>
        'counts' in row && row.counts instanceof Int32Array
          ? { ...row, counts: Array.from(row.counts) }
          : row,
      ),
    );
  }
  return out;
}

async function aggregatesMatchPeople() {
  const rebuilt = aggregateRowsOf(await db().people.toArray());
  const stored = await db().unitStats.toArray();
  expect(stored.sort((a, b) => a.unitId.localeCompare(b.unitId))).toEqual(
    rebuilt.unitStats.sort((a, b) => a.unitId.localeCompare(b.unitId)),
  );
  const admissions = await db().admissionStats.toArray();
  expect(admissions.map((row) => [row.unitId, Array.from(row.counts)]).sort()).toEqual(
    rebuilt.admissionStats.map((row) => [row.unitId, Array.from(row.counts)]).sort(),
  );
}

describe('readStoreSnapshot', () => {
  it('reads ids, stamps, owners, tombstones and imported files without reading records', async () => {
    const klass = buildClass({ unitId: tree.commune.id });
    const person = buildPerson({ unitId: tree.cellA.id });
    const count = buildMemberCount({ unitId: tree.commune.id });
    const target = buildTarget({ unitId: tree.district.id, updatedAt: '2026-02-02T00:00:00.000Z' });
    const plan = planOf({
      units,
      people: [person],
      classes: [klass],
      memberCounts: [count],
      targets: [target],
    });
    await applyImportPlan(plan);
    await deletePerson(person.id);
    const snapshot = await readStoreSnapshot();
    expect(snapshot.units).toHaveLength(units.length);
    expect(snapshot.stamps.person.size).toBe(0);
    expect(snapshot.tombstones.get(`person:${person.id}`)).toBeDefined();
    expect(snapshot.stamps.class.get(klass.id)).toBe(klass.updatedAt);
    expect(snapshot.stamps.target.get(target.id)).toBe('2026-02-02T00:00:00.000Z');
    expect(snapshot.owners.memberCount.get(count.id)).toBe(tree.commune.id);
    expect(snapshot.owners.target.get(target.id)).toBe(tree.district.id);
    expect(snapshot.classIds).toEqual(new Set([klass.id]));
    expect(snapshot.importedExportIds).toEqual(new Set([plan.exportId]));
  });
});

describe('applyImportPlan', () => {
  it('writes everything, keeps the aggregates, logs the file, and a second apply changes nothing', async () => {
    const people = [
      buildPerson({ unitId: tree.cellA.id, milestones: { admittedOn: '2026-05-19' } }),
      buildPerson({ unitId: tree.cellB.id, milestones: { applicationOn: '2026-04-01' } }),
    ];
    const plan = planOf({ units, people });
    plan.counts.unit.created = units.length;
    plan.counts.person.created = 2;
    const entry = await applyImportPlan(plan);
    expect(entry).toMatchObject({
      exportId: plan.exportId,
      sourceUnitId: tree.province.id,
      counts: { unit: { created: 7 }, person: { created: 2 } },
      sealed: null,
    });
    expect(await db().people.count()).toBe(2);
    expect((await db().people.get(people[0]!.id))?.stage).toBe('probation');
    await aggregatesMatchPeople();
    expect(
      await db()
        .unitEvents.filter((event) => event.kind === 'created')
        .count(),
    ).toBe(units.length);

    const before = await dump();
    const again = await applyImportPlan(plan);
    expect(again).toEqual(entry);
    expect(await dump()).toEqual(before);
    expect(await listImports()).toEqual([entry]);
  });

  it('checks again inside the transaction: a record changed since the preview is not overwritten', async () => {
    await applyImportPlan(planOf({ units }));
    const person = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-01T00:00:00.000Z' });
    await applyImportPlan(planOf({ people: [person] }));
    // Previewed as an update from a file...
    const plan = planOf({
      people: [{ ...person, fullName: 'Từ tệp', updatedAt: '2026-03-01T00:00:00.000Z' }],
    });
    plan.counts.person.updated = 1;
    // ...then edited here before the user applied it.
    await savePerson({ ...person, fullName: 'Sửa tại máy' });
    const entry = await applyImportPlan(plan);
    expect((await db().people.get(person.id))?.fullName).toBe('Sửa tại máy');
    expect(entry.counts.person).toMatchObject({ updated: 0, stale: 1 });
  });

  it('is all or nothing: a failure half-way leaves the store as it was', async () => {
    await applyImportPlan(planOf({ units }));
    const before = await dump();
    const broken = {
      ...buildPerson({ unitId: tree.cellA.id }),
      id: undefined,
    } as unknown as Person;
    const plan = planOf({
      units: [buildUnit({ parentId: tree.commune.id })],
      people: [buildPerson({ unitId: tree.cellA.id }), broken],
    });
    await expect(applyImportPlan(plan)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });

  it('applies tombstones: deletes older records with their aggregates, keeps the tombstone', async () => {
    const person = buildPerson({
      unitId: tree.cellA.id,
      updatedAt: '2026-01-01T00:00:00.000Z',
      milestones: { admittedOn: '2025-12-01' },
    });
    await applyImportPlan(planOf({ units, people: [person] }));
    const tombstone = {
      type: 'person' as const,
      id: person.id,
      deletedAt: '2026-02-01T00:00:00.000Z',
    };
    const entry = await applyImportPlan(planOf({}, [{ ...tombstone, unitId: tree.cellA.id }]));
    expect(entry.counts.person.deleted).toBe(1);
    expect(await db().people.count()).toBe(0);
    await aggregatesMatchPeople();
    expect(await db().tombstones.get(['person', person.id])).toEqual({
      ...tombstone,
      unitId: tree.cellA.id,
    });
    // The same person from an older file stays deleted (the apply re-checks the tombstone too).
    const old = await applyImportPlan(planOf({ people: [person] }));
    expect(old.counts.person).toMatchObject({ created: 0, stale: 1 });
    expect(await db().people.count()).toBe(0);
    // A version changed after the deletion revives it, and the tombstone goes.
    await applyImportPlan(
      planOf({ people: [{ ...person, updatedAt: '2026-03-01T00:00:00.000Z' }] }),
    );
    expect(await db().people.count()).toBe(1);
    expect(await db().tombstones.get(['person', person.id])).toBeUndefined();
  });

  it('records a unit’s changes in its history', async () => {
    await applyImportPlan(planOf({ units }));
    const renamed = {
      ...tree.cellA,
      name: 'Chi bộ thôn Đồng Tâm mới',
      updatedAt: '2026-04-01T00:00:00.000Z',
    };
    await applyImportPlan(planOf({ units: [renamed] }));
    const events = await db().unitEvents.where('unitId').equals(tree.cellA.id).sortBy('at');
    expect(events.map((event) => event.kind)).toEqual(['created', 'renamed']);
    expect(events[1]?.changes).toEqual({
      name: ['Chi bộ thôn Đồng Tâm', 'Chi bộ thôn Đồng Tâm mới'],
    });
  });

  it('saves the keys a province file brings and trusts a sealed file’s signer on first use', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
    ])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const publicJwk = { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
    await applyImportPlan(
      planOf({ units }, [], {
        keys: {
          provincePublicKey: { jwk: publicJwk, keyId: 'aaaa' },
          unitKeys: [{ unitId: tree.district.id, jwk: publicJwk, keyId: 'bbbb' }],
        },
      }),
    );
    expect(await receivedProvinceKey()).toMatchObject({ keyId: 'aaaa', publicKeyJwk: publicJwk });
    expect(await trustedUnitKey(tree.district.id)).toMatchObject({ keyId: 'bbbb', source: 'tree' });
    const entry = await applyImportPlan(
      planOf({}, [], {
        isProvinceFile: false,
        sealed: {
          unitId: tree.commune.id,
          publicKeyJwk: publicJwk,
          fingerprint: 'cccc',
          firstUse: true,
        },
      }),
    );
    expect(entry.sealed).toEqual({ unitId: tree.commune.id, fingerprint: 'cccc', firstUse: true });
    expect(await trustedUnitKey(tree.commune.id)).toMatchObject({ keyId: 'cccc', source: 'tofu' });

    // A second "first" file of the same unit, signed by another key (both previewed before
    // either was applied): refused whole, and the key trusted first stays.
    const before = await dump();
    await expect(
      applyImportPlan(
        planOf({ people: [buildPerson({ unitId: tree.cellA.id })] }, [], {
          isProvinceFile: false,
          sealed: {
            unitId: tree.commune.id,
            publicKeyJwk: publicJwk,
            fingerprint: 'dddd',
            firstUse: true,
          },
        }),
      ),
    ).rejects.toMatchObject({ code: 'sealedWrongSigner' });
    expect(await dump()).toEqual(before);
    expect(await trustedUnitKey(tree.commune.id)).toMatchObject({ keyId: 'cccc' });
  });
});

describe('an import of many people', () => {
  const stamp = (day: string) => `2026-${day}T00:00:00.000Z`;

  it('looks up only the files’ people, by reading the stored ids or by fetching each', async () => {
    await applyImportPlan(planOf({ units }));
    const stored = Array.from({ length: 20 }, (_, index) =>
      buildPerson({ unitId: index % 2 ? tree.cellA.id : tree.cellB.id, updatedAt: stamp('01-02') }),
    );
    await applyImportPlan(planOf({ people: stored }));
    const everything = await readStoreSnapshot();
    const absent = buildPerson({ unitId: tree.cellA.id }).id;
    // 2 ids against 20 stored: each is fetched; 5 ids: the stored ids are read, then fetched.
    for (const wanted of [
      [stored[3]!.id, absent],
      [stored[0]!.id, stored[7]!.id, stored[19]!.id, absent, absent],
    ]) {
      const scoped = await readStoreSnapshot({ personIds: wanted });
      const found = wanted.filter((id) => id !== absent);
      expect([...scoped.stamps.person.keys()].sort()).toEqual([...new Set(found)].sort());
      for (const id of found) {
        expect(scoped.stamps.person.get(id)).toBe(everything.stamps.person.get(id));
        expect(scoped.owners.person.get(id)).toBe(everything.owners.person.get(id));
      }
      expect(scoped.units).toEqual(everything.units);
      expect(scoped.tombstones).toEqual(everything.tombstones);
    }
  });

  it('checks the people planned as new that were stored or deleted since the preview', async () => {
    await applyImportPlan(planOf({ units }));
    const fileVersion = (person: Person) => ({ ...person, updatedAt: stamp('03-01') });
    const person = (name: string, admittedOn: string) =>
      buildPerson({
        unitId: tree.cellA.id,
        fullName: name,
        updatedAt: stamp('01-01'),
        milestones: { admittedOn },
      });
    const olderHere = person('Lưu trước, cũ hơn', '2026-02-01');
    const newerHere = person('Lưu trước, mới hơn', '2026-02-02');
    const deletedAfter = person('Xóa sau tệp', '2026-02-03');
    const deletedBefore = person('Xóa trước tệp', '2026-02-04');
    const fresh = person('Mới', '2026-02-05');
    // Previewed against an empty store: all five planned as new (none in storedPeople).
    const plan = planOf({
      people: [olderHere, newerHere, deletedAfter, deletedBefore, fresh].map(fileVersion),
    });
    plan.counts.person.created = 5;
    // Meanwhile: two of them saved here (one older, one newer than the file's), two deleted.
    await applyImportPlan(
      planOf({ people: [olderHere, { ...newerHere, updatedAt: stamp('04-01') }] }),
    );
    await db().tombstones.bulkPut([
      { type: 'person', id: deletedAfter.id, deletedAt: stamp('03-02') },
      { type: 'person', id: deletedBefore.id, deletedAt: stamp('02-01') },
    ]);

    const entry = await applyImportPlan(plan);
    expect(entry.counts.person).toMatchObject({ created: 2, updated: 1, stale: 2 });
    expect((await db().people.get(olderHere.id))?.updatedAt).toBe(stamp('03-01'));
    expect((await db().people.get(newerHere.id))?.updatedAt).toBe(stamp('04-01'));
    expect(await db().people.get(deletedAfter.id)).toBeUndefined();
    expect(await db().people.get(deletedBefore.id)).toBeDefined();
    expect(await db().tombstones.get(['person', deletedBefore.id])).toBeUndefined();
    expect(await db().tombstones.get(['person', deletedAfter.id])).toBeDefined();
    expect(await db().people.count()).toBe(4);
    await aggregatesMatchPeople();
  });

  it('reads the people the preview saw stored before writing them (an update)', async () => {
    await applyImportPlan(planOf({ units }));
    const person = buildPerson({
      unitId: tree.cellA.id,
      updatedAt: stamp('01-01'),
      milestones: { admittedOn: '2025-06-01' },
    });
    await applyImportPlan(planOf({ people: [person] }));
    const moved = {
      ...person,
      unitId: tree.cellB.id,
      updatedAt: stamp('02-01'),
      milestones: { ...person.milestones, admittedOn: '2026-06-01' },
    };
    const entry = await applyImportPlan(
      planOf({ people: [moved] }, [], { storedPeople: [person.id] }),
    );
    expect(entry.counts.person).toMatchObject({ created: 0, updated: 1 });
    expect((await db().people.get(person.id))?.unitId).toBe(tree.cellB.id);
    await aggregatesMatchPeople();
  });
});

describe('collectExport', () => {
  async function seedStore() {
    await applyImportPlan(planOf({ units }));
    const klass = buildClass({ unitId: tree.commune.id, updatedAt: '2026-01-05T00:00:00.000Z' });
    const inside = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-05T00:00:00.000Z' });
    const outside = buildPerson({
      unitId: tree.otherCommune.id,
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
    const target = buildTarget({ unitId: tree.commune.id, updatedAt: '2026-01-05T00:00:00.000Z' });
    const count = buildMemberCount({
      unitId: tree.otherCommune.id,
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
    await applyImportPlan(
      planOf({
        people: [inside, outside],
        classes: [klass],
        targets: [target],
        memberCounts: [count],
      }),
    );
    return { klass, inside, outside, target, count };
  }

  it('a full export holds the subtree’s records and no derived columns', async () => {
    const { klass, inside, target } = await seedStore();
    const collected = await collectExport({ rootUnitId: tree.commune.id });
    expect(collected.source).toEqual({
      unitId: tree.commune.id,
      unitCode: 'X0101',
      unitName: tree.commune.name,
    });
    expect(collected.scope).toEqual({ type: 'full' });
    expect(collected.units.map((unit) => unit.id).sort()).toEqual(
      [tree.commune.id, tree.cellA.id, tree.cellB.id].sort(),
    );
    expect(collected.people).toEqual([inside]);
    expect(collected.classes).toEqual([klass]);
    expect(collected.targets).toEqual([target]);
    expect(collected.memberCounts).toEqual([]);
  });

  it('changes since an instant, with the tombstones of the subtree and of this computer', async () => {
    const { inside, outside } = await seedStore();
    const since = '2026-06-01T00:00:00.000Z';
    await savePerson({ ...inside, fullName: 'Đã sửa' });
    await deletePerson(outside.id); // a deletion made here: owner unknown, sent
    await applyImportPlan(
      planOf({}, [
        {
          type: 'person',
          id: buildPerson().id,
          deletedAt: '2026-07-01T00:00:00.000Z',
          unitId: tree.otherCommune.id,
        },
        {
          type: 'person',
          id: buildPerson().id,
          deletedAt: '2026-07-01T00:00:00.000Z',
          unitId: tree.cellB.id,
        },
      ]),
    );
    const collected = await collectExport({ rootUnitId: tree.commune.id, since });
    expect(collected.scope).toEqual({ type: 'changes', since });
    expect(collected.units).toEqual([]);
    expect(collected.people.map((person) => person.fullName)).toEqual(['Đã sửa']);
    expect(collected.deleted.map((tombstone) => tombstone.id).sort()).toHaveLength(2);
    expect(collected.deleted.every((tombstone) => !('unitId' in tombstone))).toBe(true);
  });

  it('relays what files from below brought after the last export, however old', async () => {
    await applyImportPlan(planOf({ units }));
    const since = '2026-06-01T00:00:00.000Z';
    // A commune's file arrives after the district's last export, with records changed before.
    const relayed = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-03-01T00:00:00.000Z' });
    const old = buildPerson({ unitId: tree.cellB.id, updatedAt: '2026-01-01T00:00:00.000Z' });
    await applyImportPlan(
      planOf(
        { people: [relayed, old] },
        [
          {
            type: 'person',
            id: buildPerson().id,
            deletedAt: '2026-02-01T00:00:00.000Z',
            unitId: tree.cellA.id,
          },
        ],
        {
          isProvinceFile: false,
          scope: { type: 'changes', since: '2026-02-15T00:00:00.000Z' },
          source: {
            unitId: tree.commune.id,
            unitCode: 'X0101',
            unitName: tree.commune.name,
            app: 't',
          },
        },
      ),
    );
    const collected = await collectExport({ rootUnitId: tree.district.id, since });
    // What that file could have brought: changed after its own `since`.
    expect(collected.people).toEqual([relayed]);
    expect(collected.deleted).toEqual([]);
    expect(collected.units).toEqual([]);
    // Nothing imported since: only what changed.
    const later = await collectExport({
      rootUnitId: tree.district.id,
      since: new Date(Date.now() + 1000).toISOString(),
    });
    expect(later.people).toEqual([]);
  });

  it('the province’s downward file: units, quotas and member counts only', async () => {
    const { target, count } = await seedStore();
    const collected = await collectExport({
      rootUnitId: tree.province.id,
      content: 'provinceTree',
    });
    expect(collected.units).toHaveLength(units.length);
    expect(collected.people).toEqual([]);
    expect(collected.classes).toEqual([]);
    expect(collected.targets).toEqual([target]);
    expect(collected.memberCounts).toEqual([count]);
  });

  it('logs exports, newest first, and finds the last one of a unit', async () => {
    const entry = (exportId: string, exportedAt: string) => ({
      exportId,
      exportedAt,
      fileName: `${exportId}.ptdv.json`,
      rootUnitId: tree.commune.id,
      content: 'subtree' as const,
      scope: { type: 'full' as const },
      asOf: exportedAt,
      fileCounts: { people: 3 },
      sealed: true,
    });
    await recordExport(entry('a', '2026-10-01T00:00:00.000Z'));
    await recordExport(entry('b', '2026-11-01T00:00:00.000Z'));
    expect((await listExports()).map((item) => item.exportId)).toEqual(['b', 'a']);
    expect((await lastExport(tree.commune.id))?.exportId).toBe('b');
    expect(await lastExport(tree.cellA.id)).toBeNull();
  });
});

describe('syncBoard', () => {
  it('shows each sender’s last file and flags units with no file in the period', async () => {
    await applyImportPlan(planOf({ units }));
    const fromCommune = (exportedAt: string) =>
      planOf({}, [], {
        isProvinceFile: false,
        exportedAt,
        source: {
          unitId: tree.commune.id,
          unitCode: 'X0101',
          unitName: tree.commune.name,
          app: 't',
        },
      });
    await applyImportPlan(fromCommune('2026-08-20T02:00:00.000Z'));
    const last = await applyImportPlan(fromCommune('2026-10-03T02:00:00.000Z'));
    const board = await syncBoard(undefined, '2026-11-28');
    expect(board.period).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    const row = (id: string) => board.rows.find((item) => item.unit.id === id);
    expect(row(tree.commune.id)).toMatchObject({
      lastFile: last,
      filesInPeriod: 1,
      missing: false,
    });
    expect(row(tree.district.id)).toMatchObject({ missing: false }); // a descendant sent
    expect(row(tree.otherDistrict.id)?.missing).toBe(true);
    expect(board.missing).toEqual([tree.otherDistrict.id, tree.otherCommune.id]);
    expect(row(tree.cellA.id)).toBeUndefined(); // a chi bộ trực thuộc does not send files
    const previous = await syncBoard({ from: '2026-07-01', to: '2026-09-30' });
    expect(previous.rows.find((item) => item.unit.id === tree.commune.id)?.filesInPeriod).toBe(1);
  });
});

describe('schema version 3', () => {
  it('opens a database of version 2 with its data, and adds the exchange logs', async () => {
    const name = 'ptdv-upgrade-test';
    await Dexie.delete(name);
    const old = new Dexie(name);
    old.version(1).stores({
      units: 'id, code, parentId, updatedAt',
      people:
        'id, unitId, stage, milestones.admittedOn, [unitId+milestones.admittedOn], [unitId+stage], awarenessClassId, newMemberClassId, updatedAt',
      classes: 'id, unitId, kind, startOn, [unitId+startOn], updatedAt',
      targets: 'id, unitId, fromYear, updatedAt',
      memberCounts: 'id, [unitId+year], year, updatedAt',
      tombstones: '[type+id], deletedAt',
      unitEvents: 'id, unitId, at',
      settings: 'key',
    });
    old.version(2).stores({ admissionStats: 'unitId', unitStats: 'unitId' });
    const unit: Unit = buildUnit();
    await old.table('units').put(unit);
    await old.table('people').put(toRow(buildPerson({ unitId: unit.id })));
    old.close();

    const upgraded = new PtdvDatabase(name);
    expect(await upgraded.units.get(unit.id)).toEqual(unit);
    expect(await upgraded.people.count()).toBe(1);
    expect(await upgraded.importLog.count()).toBe(0);
    expect(await upgraded.exportLog.count()).toBe(0);
    expect(upgraded.verno).toBeGreaterThanOrEqual(3);
    upgraded.close();
    await Dexie.delete(name);
    expect(DB_NAME).toBe('ptdv');
  });
});

describe('classes written through an import keep the attendee links', () => {
  it('a class saved here after an import finds its imported attendees', async () => {
    const klass = buildClass({ unitId: tree.commune.id, attendeeCount: 5 });
    const pupil = buildPerson({ unitId: tree.cellA.id, awarenessClassId: klass.id });
    await applyImportPlan(planOf({ units, classes: [klass], people: [pupil] }));
    const { updatedAt: _updatedAt, ...input } = klass;
    await saveClass(input, [pupil.id]);
    expect((await db().people.get(pupil.id))?.awarenessClassId).toBe(klass.id);
  });
});
