// The people's duplicate keys (domain/people-keys.ts): one record per unit, kept in the same
// transaction as every write of people (aggregates.ts calls it). A batch reads and writes each
// unit it touches once; the other units' records are not read or written.
import type { Table } from 'dexie';
import {
  packPeopleKeys,
  unpackPeopleKeys,
  type KeysEntry,
  type PeopleKeysBlock,
} from '@/domain/people-keys';
import { writeShards } from './shard-writes';
import { entriesAfter, unitRecordsOf, type UnitChanges } from './unit-entries';

export type PeopleKeysTable = Table<PeopleKeysBlock, string, PeopleKeysBlock>;

/** People taken out (−1) of and put in (1) each unit's keys, in the order they came. */
export type KeysChanges = UnitChanges<KeysEntry>;

/** The records of units computed from scratch, in unit order. */
export function peopleKeysRowsOf(changes: KeysChanges): PeopleKeysBlock[] {
  return unitRecordsOf(changes, packPeopleKeys);
}

export async function applyKeysDelta(table: PeopleKeysTable, changes: KeysChanges): Promise<void> {
  await writeShards(table, changes, (unitId, stored, list) => {
    const entries = new Map(
      (stored ? unpackPeopleKeys(stored) : []).map((entry) => [entry.id, entry]),
    );
    entriesAfter(entries, list);
    return entries.size > 0 ? packPeopleKeys(unitId, entries.values()) : undefined;
  });
}
