import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import { toRow } from './people-repo';
import { readInChunks } from './read-in-chunks';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

describe('readInChunks', () => {
  it('reads every row once, in key order, whatever the piece size', async () => {
    const unit = buildUnit();
    const rows = Array.from({ length: 23 }, () => toRow(buildPerson({ unitId: unit.id })));
    await db().people.bulkPut(rows);
    const ids = rows.map((row) => row.id).sort();
    for (const size of [1, 5, 23, 24, 100]) {
      const read = await readInChunks(db().people, size);
      expect(read.map((row) => row.id)).toEqual(ids);
    }
    expect(await readInChunks(db().peopleList, 4)).toEqual([]);
  });
});
