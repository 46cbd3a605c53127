import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import { toRow } from './people-repo';
import { readInChunks, readRangeInChunks } from './read-in-chunks';
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

describe('readRangeInChunks', () => {
  it('reads the rows of a key range once, in key order, its two ends included', async () => {
    const keys = ['a', 'b:1', 'b:2', 'b:3', 'b:4', 'b:5', 'c'];
    const empty = {
      ids: [],
      names: [],
      unitIds: [],
      codes: new Uint8Array(),
      days: new Int32Array(),
    };
    await db().homeStats.bulkPut(keys.map((key) => ({ key, ...empty, counts: new Int32Array() })));
    for (const size of [1, 2, 4, 5, 6, 50]) {
      const read = await readRangeInChunks(db().homeStats, 'b:1', 'b:5', size);
      expect(read.map((row) => row.key)).toEqual(['b:1', 'b:2', 'b:3', 'b:4', 'b:5']);
      const open = await readRangeInChunks(db().homeStats, 'b:', 'b:\uffff', size);
      expect(open.map((row) => row.key)).toHaveLength(5);
    }
    expect(await readRangeInChunks(db().homeStats, 'x', 'y', 3)).toEqual([]);
  });
});
