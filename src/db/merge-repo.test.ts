import { beforeEach, describe, expect, it } from 'vitest';
import { pairKey } from '@/domain/duplicate-pairs';
import { unpackPlaceStats } from '@/domain/place-stats';
import { buildPerson } from '../../test/builders';
import { planOf, tree, units } from '../../test/import-plans';
import {
  admissionRowsOf,
  aggregateTables,
  putPeople,
  rebuildAggregatesIn,
  unitStatsRowsOf,
} from './aggregates';
import { recordExport } from './exchange-logs';
import { collectExport } from './export-collect';
import { applyImportPlan } from './import-apply';
import {
  MergeError,
  lastMerge,
  listNotSame,
  markNotSame,
  mergePeople,
  undoLastMerge,
  unmarkNotSame,
} from './merge-repo';
import { fromRow, getPerson, savePerson, toRow } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

const CLASS_ID = '00000000-0000-4000-8000-00000000c1a5';
const PLACE_ID = '00000000-0000-4000-8000-0000000091ac';

async function seedPair() {
  await applyImportPlan(planOf({ units }));
  const a = buildPerson({
    unitId: tree.cellA.id,
    fullName: 'Nguyễn Văn An',
    nationalId: '001200012345',
    updatedAt: '2026-01-05T00:00:00.000Z',
    milestones: {
      sourcedOn: '2024-01-10',
      cellResolutionOn: '2025-03-01',
      decisionOn: '2025-04-01',
      admittedOn: '2025-04-20',
    },
  });
  const b = buildPerson({
    unitId: tree.cellB.id,
    fullName: 'Nguyen Van  An',
    updatedAt: '2026-01-06T00:00:00.000Z',
    placeId: PLACE_ID,
    awarenessClassId: CLASS_ID,
    milestones: { sourcedOn: '2024-01-12', awarenessCertOn: '2024-06-01' },
  });
  // Written as an import writes them (classes and places need not exist for the store's test).
  await db().transaction('rw', [db().people, ...aggregateTables(db())], async () => {
    await putPeople(db(), [toRow(a), toRow(b)]);
  });
  return { a, b };
}

/** The stored aggregates in a comparable form (unit by unit, place by place). */
async function aggregates() {
  const d = db();
  return {
    admissions: Object.fromEntries(
      (await d.admissionStats.toArray())
        .flatMap((record) => admissionRowsOf(record))
        .map((row) => [`${row.unitId}/${row.year}`, row.counts]),
    ),
    units: Object.fromEntries(
      (await d.unitStats.toArray()).flatMap(unitStatsRowsOf).map((row) => [row.unitId, row]),
    ),
    places: Object.fromEntries(
      (await d.placeStats.toArray()).flatMap((record) => [...unpackPlaceStats(record)]),
    ),
  };
}

async function rebuilt() {
  const d = db();
  await d.transaction('rw', [d.people, ...aggregateTables(d)], () => rebuildAggregatesIn(d));
  return aggregates();
}

describe('mergePeople', () => {
  it('keeps one record with the chosen values, deletes the other with a tombstone, in step with the aggregates', async () => {
    const { a, b } = await seedPair();
    const before = await aggregates();
    const row = await mergePeople({
      a: a.id,
      b: b.id,
      keep: 'a',
      choices: { fullName: 'a', unitId: 'a', 'milestones.sourcedOn': 'b' },
      seen: { a: a.updatedAt, b: b.updatedAt },
    });
    expect(row.id).toBe(a.id);
    expect(row.updatedAt > a.updatedAt).toBe(true);
    const kept = await getPerson(a.id);
    expect(kept).toMatchObject({
      fullName: 'Nguyễn Văn An',
      unitId: tree.cellA.id,
      nationalId: '001200012345',
      placeId: PLACE_ID,
      awarenessClassId: CLASS_ID,
      stage: 'probation',
    });
    expect(kept?.milestones).toMatchObject({
      sourcedOn: '2024-01-12',
      awarenessCertOn: '2024-06-01',
      admittedOn: '2025-04-20',
    });
    expect(await getPerson(b.id)).toBeUndefined();
    expect(await db().tombstones.get(['person', b.id])).toMatchObject({ type: 'person' });
    // The aggregates are those of the people now stored, as a delete and a save leave them.
    const after = await aggregates();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await rebuilt());
    expect(Object.keys(after.places)).toEqual([PLACE_ID]);
  });

  it('goes out in the next export as a change and a tombstone, and the export ends the undo', async () => {
    const { a, b } = await seedPair();
    const since = '2026-02-01T00:00:00.000Z';
    await mergePeople({ a: a.id, b: b.id, keep: 'b', choices: { nationalId: 'a' } });
    const collected = await collectExport({ rootUnitId: tree.commune.id, since });
    expect(collected.people.map((person) => person.id)).toEqual([b.id]);
    expect(collected.people[0]?.nationalId).toBe('001200012345');
    expect(collected.deleted).toEqual([expect.objectContaining({ type: 'person', id: a.id })]);
    expect(await lastMerge()).not.toBeNull();
    await recordExport({
      exportId: '00000000-0000-4000-8000-0000000e0001',
      exportedAt: collected.asOf,
      fileName: 'x.ptdv.json',
      rootUnitId: tree.commune.id,
      content: 'subtree',
      scope: collected.scope,
      asOf: collected.asOf,
      fileCounts: {},
      sealed: false,
    });
    expect(await lastMerge()).toBeNull();
    await expect(undoLastMerge()).rejects.toMatchObject({ code: 'noUndo' });
  });

  it('writes nothing when a record was saved since the screen read it, or is gone', async () => {
    const { a, b } = await seedPair();
    await savePerson({ ...b, fullName: 'Nguyễn Văn Ân' });
    const before = await aggregates();
    await expect(
      mergePeople({
        a: a.id,
        b: b.id,
        keep: 'a',
        choices: {},
        seen: { a: a.updatedAt, b: b.updatedAt },
      }),
    ).rejects.toMatchObject({ code: 'changed' });
    await expect(
      mergePeople({ a: a.id, b: '00000000-0000-4000-8000-00000000dead', keep: 'a', choices: {} }),
    ).rejects.toBeInstanceOf(MergeError);
    expect(await getPerson(b.id)).toMatchObject({ fullName: 'Nguyễn Văn Ân' });
    expect(await db().tombstones.count()).toBe(0);
    expect(await aggregates()).toEqual(before);
    expect(await lastMerge()).toBeNull();
  });

  it('refuses a result that is not a valid record, writing nothing', async () => {
    const { a, b } = await seedPair();
    await db().people.update(b.id, { birthDate: '2000-02-30' });
    await expect(
      mergePeople({ a: a.id, b: b.id, keep: 'a', choices: { birthDate: 'b' } }),
    ).rejects.toThrow();
    expect(await db().people.count()).toBe(2);
  });
});

describe('undoLastMerge', () => {
  it('puts both records back as they were and removes the tombstone, aggregates included', async () => {
    const { a, b } = await seedPair();
    const rowsBefore = await db().people.bulkGet([a.id, b.id]);
    const before = await aggregates();
    await mergePeople({ a: a.id, b: b.id, keep: 'a', choices: {} });
    await undoLastMerge();
    expect(await db().people.bulkGet([a.id, b.id])).toEqual(rowsBefore);
    expect(await db().tombstones.count()).toBe(0);
    expect(await aggregates()).toEqual(before);
    expect(await lastMerge()).toBeNull();
  });

  it('refuses when the kept record was edited after the merge, writing nothing', async () => {
    const { a, b } = await seedPair();
    const merged = await mergePeople({ a: a.id, b: b.id, keep: 'a', choices: {} });
    await savePerson({ ...fromRow(merged), decisionNo: '12-QĐ/ĐU' });
    await expect(undoLastMerge()).rejects.toMatchObject({ code: 'changedSince' });
    expect(await getPerson(b.id)).toBeUndefined();
    expect(await getPerson(a.id)).toMatchObject({ decisionNo: '12-QĐ/ĐU' });
  });
});

describe('not the same person', () => {
  it('records a pair in either order once, lists it, and takes it back', async () => {
    await markNotSame('b-id', 'a-id');
    await markNotSame('a-id', 'b-id');
    expect(await listNotSame()).toEqual(new Set([pairKey('a-id', 'b-id')]));
    expect(await db().settings.get('notSamePairs')).toMatchObject({
      value: [expect.objectContaining({ pair: 'a-id|b-id' })],
    });
    await unmarkNotSame('b-id', 'a-id');
    expect(await listNotSame()).toEqual(new Set());
  });
});
