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

export type PeopleKeysTable = Table<PeopleKeysBlock, string, PeopleKeysBlock>;

/** People taken out (−1) of and put in (1) each unit's keys, in the order they came. */
export type KeysChanges = Map<string, [KeysEntry, 1 | -1][]>;

export function addKeysChange(
  changes: KeysChanges,
  unitId: string,
  entry: KeysEntry,
  sign: 1 | -1,
) {
  const list = changes.get(unitId);
  if (list) list.push([entry, sign]);
  else changes.set(unitId, [[entry, sign]]);
}

/** A unit's entries after a list of changes: removals first, so a person changed is replaced. */
function entriesAfter(
  entries: Map<string, KeysEntry>,
  changes: readonly [KeysEntry, 1 | -1][],
): Map<string, KeysEntry> {
  for (const [entry, sign] of changes) if (sign === -1) entries.delete(entry.id);
  for (const [entry, sign] of changes) if (sign === 1) entries.set(entry.id, entry);
  return entries;
}

/** The records of units computed from scratch, in unit order. */
export function peopleKeysRowsOf(changes: KeysChanges): PeopleKeysBlock[] {
  const rows: PeopleKeysBlock[] = [];
  for (const [unitId, list] of changes) {
    const entries = entriesAfter(new Map(), list);
    if (entries.size > 0) rows.push(packPeopleKeys(unitId, entries.values()));
  }
  return rows.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
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
