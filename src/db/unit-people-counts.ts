// How many people each unit holds (the units screen's column), from the unitStats aggregate:
// each unit's people by stage, kept in the same transaction as every write of people. At most 16
// shard records are read, never the people or a count per unit.
import { unitStatsByUnit } from '@/domain/admission-stats';
import { ensureAggregates } from './dashboard-repo';
import { db } from './schema';

/** Each of `unitIds` with its people (zero where there are none). */
export async function countPeopleByUnit(unitIds: readonly string[]): Promise<Map<string, number>> {
  // Once per page load: the aggregates hold every person (rebuilt after an upgrade cleared them).
  await ensureAggregates();
  const held = new Map<string, number>();
  for (const block of await db().unitStats.toArray()) {
    for (const [unitId, entry] of unitStatsByUnit(block)) {
      let total = 0;
      for (const count of entry.stages) total += count;
      held.set(unitId, (held.get(unitId) ?? 0) + total);
    }
  }
  return new Map(unitIds.map((id) => [id, held.get(id) ?? 0]));
}
