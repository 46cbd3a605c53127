// What the quotas screen reads: quotas, member counts and the people of the scope (admissions).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listPeople } from '@/db/people-repo';
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

export const peopleInScopeQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.people(scope.key),
    queryFn: () => listPeople({ unitIds: scope.unitIds }),
  });

export function useTargets(scope: Scope) {
  return useQuery(targetsQuery(scope));
}

export function useMemberCounts(scope: Scope) {
  return useQuery(memberCountsQuery(scope));
}

export function usePeopleInScope(scope: Scope) {
  return useQuery(peopleInScopeQuery(scope));
}
