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
import { writeShards } from './shard-writes';

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
  await writeShards(table, places, (shard, stored, list) => {
    const entries = stored ? unpackPlaceStats(stored) : new Map<string, PlacePeople>();
    for (const [placeId, changes] of list) {
      entries.set(placeId, placePeopleAfter(entries.get(placeId), changes));
    }
    const block = packPlaceStats(entries);
    return block.placeIds.length > 0 ? { unitId: shard, ...block } : undefined;
  });
}
