// Quotas and member counts of a scope: read by the quotas screen and the home page (admissions
// come from the aggregates, queries/admissions.ts).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listMemberCounts, listTargets } from '@/db/targets-repo';
import { queryKeys } from './keys';
import type { Scope } from './units';

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
