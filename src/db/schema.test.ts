import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import { toRow } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

describe('database schema version 1', () => {
  it('has the stores and the indexes the dashboard queries need', async () => {
    await db().open();
    expect(db().verno).toBe(1);
    const people = db().people.schema.indexes.map((index) => index.name);
    expect(people).toEqual(
      expect.arrayContaining([
        'unitId',
        'stage',
        'milestones.admittedOn',
        '[unitId+milestones.admittedOn]',
        '[unitId+stage]',
      ]),
    );
    expect(db().classes.schema.indexes.map((index) => index.name)).toContain('[unitId+startOn]');
    expect(db().memberCounts.schema.indexes.map((index) => index.name)).toContain('[unitId+year]');
    expect(db().tombstones.schema.primKey.name).toBe('[type+id]');
  });

  it('counts admissions of a unit in a period by index, leaving candidates out', async () => {
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
    const in2025 = await db()
      .people.where('[unitId+milestones.admittedOn]')
      .between([unit.id, '2024-01-01'], [unit.id, '2025-12-31'], true, true)
      .count();
    expect(in2025).toBe(2);
    expect(await db().people.where('stage').equals('source').count()).toBe(1);
  });
});
