// The people list's aggregate (domain/people-list.ts): one record per unit, kept in the same
// transaction as every write of people (aggregates.ts calls it). A batch reads and writes each
// unit it touches once; the other units' records are not read or written.
import type { Table } from 'dexie';
import {
  packPeopleList,
  updatePeopleList,
  type ListEntry,
  type PeopleListBlock,
} from '@/domain/people-list';
import { writeShards } from './shard-writes';

export type PeopleListTable = Table<PeopleListBlock, string, PeopleListBlock>;

/** People taken out (−1) of and put in (1) each unit's list, in the order they came. */
export type ListChanges = Map<string, [ListEntry, 1 | -1][]>;

/** A unit's entries after a list of changes: removals first, so a person changed is replaced. */
function entriesAfter(
  entries: Map<string, ListEntry>,
  changes: readonly [ListEntry, 1 | -1][],
): Map<string, ListEntry> {
  for (const [entry, sign] of changes) if (sign === -1) entries.delete(entry.id);
  for (const [entry, sign] of changes) if (sign === 1) entries.set(entry.id, entry);
  return entries;
}

/** The records of units computed from scratch, in unit order. */
export function peopleListRowsOf(changes: ListChanges): PeopleListBlock[] {
  const rows: PeopleListBlock[] = [];
  for (const [unitId, list] of changes) {
    const entries = entriesAfter(new Map(), list);
    if (entries.size > 0) rows.push(packPeopleList(unitId, entries.values()));
  }
  return rows.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

export async function applyListDelta(table: PeopleListTable, changes: ListChanges): Promise<void> {
  await writeShards(table, changes, updatePeopleList);
}
