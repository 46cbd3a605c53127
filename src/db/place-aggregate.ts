// The places' aggregate's part of a write of people (aggregates.ts calls it in the same
// transaction): the shards a batch touches, read, changed and written once each.
import type { Table } from 'dexie';
import {
  applyContribution,
  emptyPlacePeople,
  packPlaceStats,
  unpackPlaceStats,
  type PlaceContribution,
  type PlacePeople,
} from '@/domain/place-stats';
import type { StoredPlaceStats } from './rows';

/** A place's people after a list of changes. */
export function placePeopleAfter(
  people: PlacePeople | undefined,
  changes: readonly [PlaceContribution, 1 | -1][],
): PlacePeople {
  const result = people ?? emptyPlacePeople();
  // Removals first: a person moved within the place must not be taken from the new day.
  for (const [contribution, sign] of changes) {
    if (sign === -1) applyContribution(result, contribution, -1);
  }
  for (const [contribution, sign] of changes) {
    if (sign === 1) applyContribution(result, contribution, 1);
  }
  return result;
}

/** The places' part of a delta: the shards it touches, read, changed and written once each. */
export async function applyPlaceDelta(
  table: Table<StoredPlaceStats, string, StoredPlaceStats>,
  places: Map<string, [string, [PlaceContribution, 1 | -1][]][]>,
): Promise<void> {
  if (places.size === 0) return;
  const shards = [...places.keys()];
  const current = await table.bulkGet(shards);
  const puts: StoredPlaceStats[] = [];
  const deletes: string[] = [];
  shards.forEach((shard, index) => {
    const stored = current[index];
    const entries = stored ? unpackPlaceStats(stored) : new Map<string, PlacePeople>();
    for (const [placeId, changes] of places.get(shard) ?? []) {
      entries.set(placeId, placePeopleAfter(entries.get(placeId), changes));
    }
    const block = packPlaceStats(entries);
    if (block.placeIds.length > 0) puts.push({ unitId: shard, ...block });
    else if (stored) deletes.push(shard);
  });
  if (puts.length > 0) await table.bulkPut(puts);
  if (deletes.length > 0) await table.bulkDelete(deletes);
}
