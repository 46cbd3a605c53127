import { describe, expect, it } from 'vitest';
import type {
  MemberCount,
  Person,
  Target,
  Tombstone,
  TrainingClass,
  Unit,
} from '@/domain/entities';
import { translate, type Translate } from '@/i18n/i18n';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import {
  buildTree,
  rawDocument,
  toText,
  treeUnits,
  type RawDocument,
} from '../../test/exchange-documents';
import { importErrorMessage, type ImportError } from './errors';
import { parseExchange } from './parse';
import { emptySnapshot, planHasWrites, planImport, type StoreSnapshot } from './plan';

const vi: Translate = (key, params) => translate('vi', key, params);
const FILE = 'xa-tan-lap.ptdv.json';

interface Store {
  units?: Unit[];
  people?: Person[];
  classes?: TrainingClass[];
  targets?: Target[];
  memberCounts?: MemberCount[];
  tombstones?: Tombstone[];
  exportIds?: string[];
}

/** The snapshot readStoreSnapshot would read from a store holding these records. */
function snapshotOf(store: Store): StoreSnapshot {
  const snapshot = emptySnapshot();
  snapshot.units = store.units ?? [];
  for (const unit of snapshot.units) snapshot.stamps.unit.set(unit.id, unit.updatedAt);
  const owned = [
    ['person', store.people ?? []],
    ['class', store.classes ?? []],
    ['target', store.targets ?? []],
    ['memberCount', store.memberCounts ?? []],
  ] as const;
  for (const [type, records] of owned) {
    for (const record of records) {
      snapshot.stamps[type].set(record.id, record.updatedAt);
      snapshot.owners[type].set(record.id, record.unitId);
    }
  }
  for (const klass of store.classes ?? []) snapshot.classIds.add(klass.id);
  for (const t of store.tombstones ?? []) snapshot.tombstones.set(`${t.type}:${t.id}`, t.deletedAt);
  for (const id of store.exportIds ?? []) snapshot.importedExportIds.add(id);
  return snapshot;
}

function plan(raw: RawDocument, store: Store = {}) {
  const { document, warnings } = parseExchange(toText(raw), FILE);
  return planImport(document, snapshotOf(store), FILE, warnings);
}

const tree = buildTree();
const allUnits = treeUnits(tree);

describe('planImport: what a file would do to each record', () => {
  it('a province file into an empty store: everything created, keys passed on', () => {
    const target = buildTarget({ unitId: tree.district.id });
    const count = buildMemberCount({ unitId: tree.commune.id });
    const jwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
    const result = plan(
      rawDocument(tree.province, {
        // Children before their parents: any order imports.
        units: [...allUnits].reverse(),
        targets: [target],
        memberCounts: [count],
        provincePublicKey: jwk,
      }),
    );
    expect(result.isProvinceFile).toBe(true);
    expect(result.counts.unit.created).toBe(allUnits.length);
    expect(result.counts.target.created).toBe(1);
    expect(result.counts.memberCount.created).toBe(1);
    expect(result.writes.units).toHaveLength(allUnits.length);
    expect(result.outOfScope).toEqual([]);
    expect(result.extensions).toEqual({ provincePublicKey: jwk });
    expect(result.fileCounts).toEqual({
      units: 7,
      people: 0,
      classes: 0,
      targets: 1,
      memberCounts: 1,
      deleted: 0,
      places: 0,
      placeFigures: 0,
    });
  });

  it('created, updated, unchanged and stale, with updatedAt compared as instants', () => {
    const stored = [
      buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-01T00:00:00.000Z' }),
      buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-01T00:00:00.000Z' }),
      buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-01T00:00:00.000Z' }),
    ];
    const [same, newer, older] = stored as [Person, Person, Person];
    const fresh = buildPerson({ unitId: tree.cellB.id });
    const result = plan(
      rawDocument(tree.commune, {
        people: [
          { ...same, updatedAt: '2026-01-01T07:00:00+07:00', fullName: 'Không đổi' },
          { ...newer, updatedAt: '2026-01-01T07:00:00.001+07:00', fullName: 'Trần Văn Mới' },
          { ...older, updatedAt: '2025-12-31T23:59:59Z' },
          fresh,
        ],
      }),
      { units: allUnits, people: stored },
    );
    expect(result.isProvinceFile).toBe(false);
    expect(result.counts.person).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
      stale: 1,
      outOfScope: 0,
      deleted: 0,
    });
    expect(result.writes.people.map((person) => person.fullName)).toEqual([
      'Trần Văn Mới',
      fresh.fullName,
    ]);
    expect(result.stale).toEqual([
      { type: 'person', id: older.id, label: older.fullName, reason: 'exchange.stale.older' },
    ]);
  });

  it('a file already imported (same exportId) writes nothing', () => {
    const raw = rawDocument(tree.province, { units: allUnits });
    const result = plan(raw, { exportIds: [raw.exportId] });
    expect(result.alreadyImported).toBe(true);
    expect(planHasWrites(result)).toBe(false);
  });
});

describe('planImport: the scope of the sender', () => {
  it('a unit file may not touch records outside its subtree: named, with the reason', () => {
    const foreign = buildPerson({ unitId: tree.otherCommune.id, fullName: 'Lò Thị Nga' });
    const renamedOther = {
      ...tree.otherCommune,
      name: 'Đảng ủy xã Quang Minh mới',
      updatedAt: '2026-05-01T00:00:00Z',
    };
    const result = plan(
      rawDocument(tree.commune, {
        units: [tree.commune, tree.cellA, renamedOther],
        people: [buildPerson({ unitId: tree.cellA.id }), foreign],
      }),
      { units: allUnits },
    );
    expect(result.counts.person.created).toBe(1);
    expect(result.counts.person.outOfScope).toBe(1);
    expect(result.counts.unit).toMatchObject({ unchanged: 2, outOfScope: 1 });
    expect(result.outOfScope).toEqual([
      {
        type: 'unit',
        id: tree.otherCommune.id,
        label: 'Đảng ủy xã Quang Minh mới (X0201)',
        reason: 'exchange.reason.outsideSource',
        unitId: tree.otherCommune.id,
        unitName: 'Đảng ủy xã Quang Minh',
      },
      {
        type: 'person',
        id: foreign.id,
        label: 'Lò Thị Nga',
        reason: 'exchange.reason.outsideSource',
        unitId: tree.otherCommune.id,
        unitName: 'Đảng ủy xã Quang Minh',
      },
    ]);
    expect(vi('exchange.reason.outsideSource')).toBe(
      'thuộc đơn vị nằm ngoài phạm vi của đơn vị gửi tệp',
    );
    expect(result.writes.people).toHaveLength(1);
  });

  it('a unit file may not pull a foreign record or unit into its subtree, nor move itself', () => {
    const foreign = buildPerson({ unitId: tree.otherCommune.id });
    const moved = { ...foreign, unitId: tree.cellA.id, updatedAt: '2026-06-01T00:00:00Z' };
    const adopted = {
      ...tree.otherCommune,
      parentId: tree.commune.id,
      updatedAt: '2026-06-01T00:00:00Z',
    };
    const selfMove = {
      ...tree.commune,
      parentId: tree.otherDistrict.id,
      updatedAt: '2026-06-01T00:00:00Z',
    };
    const result = plan(
      rawDocument(tree.commune, { units: [selfMove, adopted], people: [moved] }),
      { units: allUnits, people: [foreign] },
    );
    expect(result.outOfScope.map((item) => [item.id, item.reason])).toEqual([
      [tree.commune.id, 'exchange.reason.movesSourceUnit'],
      [tree.otherCommune.id, 'exchange.reason.storedOutsideSource'],
      [foreign.id, 'exchange.reason.storedOutsideSource'],
    ]);
    expect(planHasWrites(result)).toBe(false);
  });

  it('a unit file into an empty store: its own subtree is its scope', () => {
    const result = plan(
      rawDocument(tree.commune, {
        units: [tree.cellB, tree.commune, tree.cellA, tree.otherCommune],
        people: [buildPerson({ unitId: tree.cellB.id })],
      }),
    );
    expect(result.isProvinceFile).toBe(false);
    expect(result.counts.unit).toMatchObject({ created: 3, outOfScope: 1 });
    expect(result.counts.person.created).toBe(1);
  });

  it('the province may touch any unit, and its keys are ignored in a unit file', () => {
    const jwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
    const result = plan(
      rawDocument(tree.commune, { units: [tree.commune], provincePublicKey: jwk }),
      { units: allUnits },
    );
    expect(result.extensions).toBeUndefined();
    expect(result.warnings).toEqual([
      { field: 'provincePublicKey', message: 'exchange.warning.extensionIgnored' },
    ]);
    const province = plan(
      rawDocument(tree.province, {
        people: [buildPerson({ unitId: tree.otherCommune.id })],
      }),
      { units: allUnits },
    );
    expect(province.counts.person.created).toBe(1);
  });

  it('warns when the sender does not connect to the tree of the store', () => {
    const otherRoot = buildUnit({ code: 'TU2', name: 'Tỉnh ủy khác', kind: 'province' });
    const result = plan(rawDocument(otherRoot, { units: [otherRoot] }), { units: allUnits });
    expect(result.warnings).toEqual([
      { field: 'source.unitId', message: 'exchange.warning.otherTree' },
    ]);
    expect(plan(rawDocument(tree.commune), { units: allUnits }).warnings).toEqual([]);
  });

  it('a file cannot make itself the province by bringing a root of its own', () => {
    const fakeRoot = buildUnit({ code: 'GIA', name: 'Tỉnh ủy giả', kind: 'province' });
    const foreign = buildPerson({ unitId: tree.otherCommune.id });
    const result = plan(
      rawDocument(fakeRoot, { units: [fakeRoot], people: [{ ...foreign, fullName: 'Đổi tên' }] }),
      { units: allUnits, people: [{ ...foreign, updatedAt: '2025-01-01T00:00:00.000Z' }] },
    );
    expect(result.isProvinceFile).toBe(false);
    expect(result.counts.person).toMatchObject({ updated: 0, outOfScope: 1 });
  });
});

describe('planImport: tombstones', () => {
  it('tombstones: delete older records, are stale against newer ones, and are kept', () => {
    const older = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-01T00:00:00Z' });
    const newer = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-09-01T00:00:00Z' });
    const unknownId = buildPerson().id;
    const deletedAt = '2026-05-01T12:00:00+07:00';
    const result = plan(
      rawDocument(tree.commune, {
        deleted: [
          { type: 'person', id: older.id, deletedAt },
          { type: 'person', id: newer.id, deletedAt },
          { type: 'person', id: unknownId, deletedAt },
        ],
      }),
      { units: allUnits, people: [older, newer] },
    );
    expect(result.counts.person).toMatchObject({ deleted: 2, stale: 1, unchanged: 0 });
    expect(result.deletes).toEqual([
      {
        type: 'person',
        id: older.id,
        deletedAt: '2026-05-01T05:00:00.000Z',
        unitId: tree.cellA.id,
      },
      {
        type: 'person',
        id: unknownId,
        deletedAt: '2026-05-01T05:00:00.000Z',
        unitId: tree.commune.id,
      },
    ]);
    expect(result.stale).toEqual([
      // The store's records are not read for a preview: a deletion is named by its id.
      {
        type: 'person',
        id: newer.id,
        label: newer.id,
        reason: 'exchange.stale.changedAfterDelete',
      },
    ]);
  });

  it('a record deleted here does not come back from an older file, but a newer one revives it', () => {
    const person = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-01T00:00:00Z' });
    const tombstones: Tombstone[] = [
      { type: 'person', id: person.id, deletedAt: '2026-02-01T00:00:00.000Z' },
    ];
    const old = plan(rawDocument(tree.commune, { people: [person] }), {
      units: allUnits,
      tombstones,
    });
    expect(old.counts.person).toMatchObject({ created: 0, stale: 1 });
    expect(old.stale[0]?.reason).toBe('exchange.stale.deleted');
    const edited = { ...person, updatedAt: '2026-03-01T00:00:00Z' };
    const revived = plan(rawDocument(tree.commune, { people: [edited] }), {
      units: allUnits,
      tombstones,
    });
    expect(revived.counts.person.created).toBe(1);
  });

  it('a tombstone of a record the store does not hold and already knows changes nothing', () => {
    const id = buildPerson().id;
    const deletedAt = '2026-02-01T00:00:00.000Z';
    const result = plan(
      rawDocument(tree.commune, { deleted: [{ type: 'person', id, deletedAt }] }),
      {
        units: allUnits,
        tombstones: [{ type: 'person', id, deletedAt }],
      },
    );
    expect(result.deletes).toEqual([]);
    expect(result.counts.person.unchanged).toBe(1);
  });
});

describe('planImport: references', () => {
  it('refuses a file whose records name a unit or class found nowhere', () => {
    const ghost = buildUnit();
    const person = buildPerson({ unitId: ghost.id });
    const raw = rawDocument(tree.commune, {
      units: [tree.cellA],
      people: [buildPerson({ unitId: tree.cellA.id }), person],
    });
    let error: ImportError | undefined;
    try {
      plan(raw, { units: allUnits });
    } catch (caught) {
      error = caught as ImportError;
    }
    expect(error?.toData()).toEqual({
      code: 'missingReference',
      file: FILE,
      array: 'people',
      index: 1,
      id: person.id,
      field: 'unitId',
      expected: 'exchange.expected.unitRef',
      received: ghost.id,
    });
    expect(importErrorMessage(error!, vi)).toBe(
      `Tệp “xa-tan-lap.ptdv.json” bị từ chối: bản ghi people[1] (id ${person.id}) — trường “unitId”: cần id của một đơn vị có trong tệp hoặc đã có trong máy, nhận được “${ghost.id}” — không có trong tệp cũng như trong máy.`,
    );

    const classId = buildClass().id;
    const pupil = buildPerson({ unitId: tree.cellA.id, newMemberClassId: classId });
    expect(() => plan(rawDocument(tree.commune, { people: [pupil] }), { units: allUnits })).toThrow(
      expect.objectContaining({
        code: 'missingReference',
        field: 'newMemberClassId',
        received: classId,
      }),
    );
    // The class in the store, or later in the file: valid.
    const stored = buildClass({ id: classId, unitId: tree.commune.id });
    expect(() =>
      plan(rawDocument(tree.commune, { people: [pupil] }), { units: allUnits, classes: [stored] }),
    ).not.toThrow();
    expect(() =>
      plan(rawDocument(tree.commune, { people: [pupil], classes: [stored] }), { units: allUnits }),
    ).not.toThrow();
    const target = buildTarget({ unitId: ghost.id });
    expect(() =>
      plan(rawDocument(tree.province, { targets: [target] }), { units: allUnits }),
    ).toThrow(expect.objectContaining({ code: 'missingReference', array: 'targets', index: 0 }));
  });
});
