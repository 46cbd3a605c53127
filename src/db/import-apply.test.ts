import { beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '@/domain/entities';
import { buildClass, buildPerson, buildUnit } from '../../test/builders';
import { planOf, tree, units } from '../../test/import-plans';
import { aggregateRowsOf } from './aggregates';
import { saveClass } from './classes-repo';
import { listImports } from './exchange-logs';
import { applyImportPlan } from './import-apply';
import { ImportApplyError } from './import-errors';
import { receivedProvinceKey, trustedUnitKey } from './keys-repo';
import { savePerson } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

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
});

describe('applyImportPlan: tombstones, history and keys', () => {
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
    expect(entry.counts.person?.deleted).toBe(1);
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
    const refused = applyImportPlan(
      planOf({ people: [buildPerson({ unitId: tree.cellA.id })] }, [], {
        isProvinceFile: false,
        sealed: {
          unitId: tree.commune.id,
          publicKeyJwk: publicJwk,
          fingerprint: 'dddd',
          firstUse: true,
        },
      }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'sealedWrongSigner' });
    // The store's own refusal, which the import worker hands on as the exchange's.
    await expect(refused).rejects.toBeInstanceOf(ImportApplyError);
    await expect(refused).rejects.toMatchObject({
      params: { unitId: tree.commune.id, knownKey: 'cccc', fileKey: 'dddd' },
    });
    expect(await dump()).toEqual(before);
    expect(await trustedUnitKey(tree.commune.id)).toMatchObject({ keyId: 'cccc' });
  });
});

describe('an import of many people', () => {
  const stamp = (day: string) => `2026-${day}T00:00:00.000Z`;

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
