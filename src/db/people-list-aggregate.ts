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
import { unitRecordsOf, type UnitChanges } from './unit-entries';

export type PeopleListTable = Table<PeopleListBlock, string, PeopleListBlock>;

/** People taken out (−1) of and put in (1) each unit's list, in the order they came. */
export type ListChanges = UnitChanges<ListEntry>;

/** The records of units computed from scratch, in unit order. */
export function peopleListRowsOf(changes: ListChanges): PeopleListBlock[] {
  return unitRecordsOf(changes, packPeopleList);
}

export async function applyListDelta(table: PeopleListTable, changes: ListChanges): Promise<void> {
  await writeShards(table, changes, updatePeopleList);
}
