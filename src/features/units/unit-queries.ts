// Reads of the units screen: a unit's history, and how many people each unit holds.
import { queryOptions } from '@tanstack/react-query';
import { countPeopleByUnit } from '@/db/unit-people-counts';
import { unitHistory } from '@/db/units-repo';
import { queryKeys } from '@/queries/keys';

export function unitHistoryQuery(unitId: string) {
  return queryOptions({
    queryKey: queryKeys.unitHistory(unitId),
    queryFn: () => unitHistory(unitId),
  });
}

export function peopleCountsQuery(scopeKey: string, unitIds: readonly string[]) {
  return queryOptions({
    queryKey: [...queryKeys.units, 'peopleCounts', scopeKey] as const,
    queryFn: () => countPeopleByUnit(unitIds),
  });
}
