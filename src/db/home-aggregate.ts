// The home aggregate's part of a write of people (aggregates.ts calls it in the same
// transaction): the records a batch touches, read, changed and written once each.
import type { Table } from 'dexie';
import {
  applyHomeEntry,
  homeContribution,
  mergeHomeBlock,
  packHomeRecord,
  type HomeEntry,
  type HomePerson,
  type HomeRecord,
} from '@/domain/home-stats';
import type { Deadline } from '@/domain/deadlines';
import type { StoredHomeStats } from './rows';
import { writeShards } from './shard-writes';

/** Entries added (1) or taken out (−1), by record key, in the order they came. */
export type HomeChanges = Map<string, [HomeEntry, 1 | -1][]>;

export function addHomeChanges(
  changes: HomeChanges,
  person: HomePerson,
  sign: 1 | -1,
  deadlines?: readonly Deadline[],
): void {
  for (const [key, entry] of homeContribution(person, deadlines)) {
    const list = changes.get(key);
    if (list) list.push([entry, sign]);
    else changes.set(key, [[entry, sign]]);
  }
}

function recordAfter(
  record: HomeRecord | undefined,
  changes: readonly [HomeEntry, 1 | -1][],
): HomeRecord {
  const result: HomeRecord = record ?? new Map();
  for (const [entry, sign] of changes) applyHomeEntry(result, entry, sign);
  return result;
}

const byKey = (a: StoredHomeStats, b: StoredHomeStats) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** The records of changes added to nothing (a rebuild). */
export function homeRowsOf(changes: HomeChanges): StoredHomeStats[] {
  const rows: StoredHomeStats[] = [];
  for (const [key, list] of changes) {
    const block = packHomeRecord(recordAfter(undefined, list));
    if (block.ids.length > 0) rows.push({ key, ...block });
  }
  return rows.sort(byKey);
}

export async function applyHomeDelta(
  table: Table<StoredHomeStats, string, StoredHomeStats>,
  changes: HomeChanges,
): Promise<void> {
  await writeShards(table, changes, (key, stored, list) => {
    const block = mergeHomeBlock(stored, list);
    return block.ids.length > 0 ? { key, ...block } : undefined;
  });
}
