// What the home page reads: the people of the scope, its quotas and member counts.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listPeople } from '@/db/people-repo';
import { listMemberCounts, listTargets } from '@/db/targets-repo';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';

export const peopleInScopeQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.people(scope.key),
    queryFn: () => listPeople({ unitIds: scope.unitIds }),
  });

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

export function useHomeData(scope: Scope) {
  const people = useQuery(peopleInScopeQuery(scope));
  const targets = useQuery(targetsQuery(scope));
  const counts = useQuery(memberCountsQuery(scope));
  return {
    people: people.data,
    targets: targets.data,
    memberCounts: counts.data,
    isLoading: people.isLoading || targets.isLoading || counts.isLoading,
    error: people.error ?? targets.error ?? counts.error,
  };
}
