import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import { admissionRowsOf, aggregateRowsOf, unitStatsRowsOf } from './aggregates';
import { ensureAggregates } from './dashboard-repo';
import { toRow } from './people-repo';
import { DB_NAME, db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

/** The stores of version 1 exactly as shipped. */
const VERSION_1 = {
  units: 'id, code, parentId, updatedAt',
  people:
    'id, unitId, stage, milestones.admittedOn, [unitId+milestones.admittedOn], [unitId+stage], awarenessClassId, newMemberClassId, updatedAt',
  classes: 'id, unitId, kind, startOn, [unitId+startOn], updatedAt',
  targets: 'id, unitId, fromYear, updatedAt',
  memberCounts: 'id, [unitId+year], year, updatedAt',
  tombstones: '[type+id], deletedAt',
  unitEvents: 'id, unitId, at',
  settings: 'key',
};

describe('database schema', () => {
  it('has the stores and the indexes the queries need, and no index nothing reads', async () => {
    await db().open();
    expect(db().verno).toBeGreaterThanOrEqual(5);
    const people = db().people.schema.indexes.map((index) => index.name);
    // Each index costs every write of a person; these are the ones some query reads.
    expect(people.sort()).toEqual(
      [
        'unitId',
        'stage',
        'milestones.admittedOn',
        'awarenessClassId',
        'newMemberClassId',
        'updatedAt',
      ].sort(),
    );
    expect(db().classes.schema.indexes.map((index) => index.name)).toContain('[unitId+startOn]');
    expect(db().memberCounts.schema.indexes.map((index) => index.name)).toContain('[unitId+year]');
    expect(db().tombstones.schema.primKey.name).toBe('[type+id]');
    expect(db().admissionStats.schema.primKey.name).toBe('unitId');
    expect(db().admissionStats.schema.indexes).toEqual([]);
    expect(db().unitStats.schema.primKey.name).toBe('unitId');
  });

  it('finds the admitted of a period by index, leaving candidates out', async () => {
    const unit = buildUnit();
    const admitted = (admittedOn: string) =>
      toRow(
        buildPerson({
          unitId: unit.id,
          milestones: { decisionOn: admittedOn, admittedOn },
        }),
      );
    await db().people.bulkPut([
      admitted('2024-03-01'),
      admitted('2025-06-30'),
      admitted('2026-01-01'),
      toRow(buildPerson({ unitId: unit.id })),
    ]);
    const inPeriod = await db()
      .people.where('milestones.admittedOn')
      .between('2024-01-01', '2025-12-31', true, true)
      .count();
    expect(inPeriod).toBe(2);
    expect(await db().people.where('stage').equals('source').count()).toBe(1);
  });
});

describe('upgrade from version 1', () => {
  it('opens a version-1 database with people, and its first check builds the aggregates', async () => {
    // Version 1 exactly as shipped: a raw Dexie instance that knows nothing of version 2.
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(VERSION_1);
    const unit = buildUnit();
    const other = buildUnit();
    const people = [
      buildPerson({ unitId: unit.id, gender: 'female', milestones: { admittedOn: '2024-05-19' } }),
      buildPerson({
        unitId: unit.id,
        milestones: { admittedOn: '2025-09-02', officialOn: '2026-09-10' },
      }),
      buildPerson({ unitId: other.id, milestones: { cellResolutionOn: '2026-10-01' } }),
      buildPerson({ unitId: other.id }),
    ].map(toRow);
    await v1.table('units').bulkPut([unit, other]);
    await v1.table('people').bulkPut(people);
    v1.close();

    const upgraded = db();
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(2);
    expect(await upgraded.people.count()).toBe(4);
    // The upgrade only marks the aggregates (empty tables); the dashboard's check builds them.
    expect(await upgraded.admissionStats.count()).toBe(0);
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: true });
    const expected = aggregateRowsOf(people);
    const admissions = await upgraded.admissionStats.toArray();
    expect(admissions.map((row) => [row.unitId, Array.from(row.counts)])).toEqual(
      expect.arrayContaining(
        expected.admissionStats.map((row) => [row.unitId, Array.from(row.counts)]),
      ),
    );
    // One record (the shard of the only unit with admissions), holding both years.
    expect(admissions).toHaveLength(1);
    expect(admissions.flatMap((row) => admissionRowsOf(row)).map((row) => row.year)).toEqual([
      2024, 2025,
    ]);
    const unitRows = (await upgraded.unitStats.toArray()).flatMap(unitStatsRowsOf);
    expect(unitRows.find((row) => row.unitId === unit.id)).toMatchObject({
      stages: { probation: 1, official: 1 },
    });
    expect(unitRows.find((row) => row.unitId === other.id)).toMatchObject({
      stages: { resolved: 1, source: 1 },
    });
  });
});
