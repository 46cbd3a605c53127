import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import { toRow } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

describe('database schema', () => {
  it('has the stores and the indexes the queries need, and no index nothing reads', async () => {
    await db().open();
    expect(db().verno).toBeGreaterThanOrEqual(10);
    const people = db().people.schema.indexes.map((index) => index.name);
    // Each index costs every write of a person; these are the ones some query reads.
    expect(people.sort()).toEqual(
      [
        'unitId',
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
    expect((await db().people.toArray()).filter((row) => row.stage === 'source')).toHaveLength(1);
  });
});
