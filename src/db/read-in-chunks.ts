// Every record of a large table read in pieces, never in one request. Chromium's SQLite backing
// store for IndexedDB (a rollout of 2026: the features IdbSqliteBackingStore and
// IdbSqliteOnDiskRollout) takes the whole browser down when one read returns more than about
// 128 MB — measured here with Chromium 150: a getAll of 120 MB of records came back in 0.4 s, one
// of 140 MB closed the browser (LevelDB, the store before it, read 200 MB). A province's people
// (250,000 × about 1 KB) or its people list are past that; a piece of each stays far below.
import type { Collection, IndexableType, Table } from 'dexie';

/**
 * The rows of `table` in primary-key order, `size` per request: `piece(after)` gives the rows
 * from the start (after undefined) or those past the last row read.
 */
async function readPieces<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  size: number,
  piece: (after: Key | undefined) => Collection<Row, Key, Insert>,
): Promise<Row[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`${table.name}: a compound primary key`);
  const rows: Row[] = [];
  let last: Key | undefined;
  for (;;) {
    const chunk = await piece(last).limit(size).toArray();
    for (const row of chunk) rows.push(row);
    if (chunk.length < size) return rows;
    last = (chunk[chunk.length - 1] as Record<string, Key>)[keyPath];
  }
}

/** The rows of `table` in primary-key order, `size` rows per request. */
export function readInChunks<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  size: number,
): Promise<Row[]> {
  return readPieces(table, size, (after) =>
    after === undefined ? table.orderBy(':id') : table.where(':id').above(after),
  );
}

/**
 * The rows whose primary key lies from `lower` to `upper` (both included), in key order, `size`
 * rows per request. The home page's records of two years at a million people came to some 200,000
 * entries: read at once on the SQLite backing store they closed the browser (a range of about the
 * same size over more, smaller records did not); in pieces of 16 they are read like the rest.
 */
export function readRangeInChunks<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  lower: Key,
  upper: Key,
  size: number,
): Promise<Row[]> {
  return readPieces(table, size, (after) =>
    after === undefined
      ? table.where(':id').between(lower, upper, true, true)
      : table.where(':id').between(after, upper, false, true),
  );
}

/** Home aggregate records (a shard's deadlines of a year) per request. */
export const HOME_RECORDS_PER_READ = 16;

/** People rows per request: about 20 MB at the largest rows a province holds. */
export const PEOPLE_PER_READ = 20_000;
/** People-list records (one per unit) per request. */
export const LISTS_PER_READ = 16;
/** Duplicate-key records (one per unit, a few bytes a person) per request. */
export const KEYS_PER_READ = 200;
