// What the quotas screen reads: quotas and member counts (admissions come from the aggregates,
// queries/admissions.ts).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listMemberCounts, listTargets } from '@/db/targets-repo';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';

export const targetsQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.targets(scope.key),
    queryFn: () => listTargets(scope.unitIds),
  });

export const memberCountsQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.memberCounts(scope.key),
    queryFn: () => listMemberCounts(scope.unitIds),
  });

export function useTargets(scope: Scope) {
  return useQuery(targetsQuery(scope));
}

export function useMemberCounts(scope: Scope) {
  return useQuery(memberCountsQuery(scope));
}
