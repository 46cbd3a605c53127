// What the home page reads: a few aggregate records (the deadlines of this month and the next,
// those overdue, officials and people by stage), the admission tally, the scope's quotas and
// member counts. Never the people themselves.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import { dueSummaryOfRecords, officialCount } from '@/domain/home-stats';
import { readHomeRecords } from '@/db/home-repo';
import { listMemberCounts, listTargets } from '@/db/targets-repo';
import { useAdmissionTally } from '@/queries/admissions';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';
import { homeFiguresOfAggregates } from './home-figures';

export const homeStatsQuery = (scope: Scope, today: IsoDate) =>
  queryOptions({
    queryKey: ['home', scope.key, today] as const,
    queryFn: async () => {
      const records = await readHomeRecords(today);
      const inScope = (unitId: string) => scope.unitIds.has(unitId);
      return {
        due: dueSummaryOfRecords(
          records.dueRecords.map((block) => ({ key: block.key, block })),
          today,
          inScope,
        ),
        official: officialCount(records.official, inScope),
        unitStats: records.unitStats,
      };
    },
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

export function useHomeData(scope: Scope, today: IsoDate) {
  const stats = useQuery(homeStatsQuery(scope, today));
  const tally = useAdmissionTally();
  const targets = useQuery(targetsQuery(scope));
  const counts = useQuery(memberCountsQuery(scope));
  const year = Number(today.slice(0, 4));
  const figures =
    stats.data && tally.data
      ? homeFiguresOfAggregates(stats.data.unitStats, (unitId) => scope.unitIds.has(unitId), {
          admittedThisYear: tally.data.count(scope.unitIds, year, year),
          officialThisYear: stats.data.official,
        })
      : undefined;
  return {
    figures,
    due: stats.data?.due,
    tally: tally.data,
    targets: targets.data,
    memberCounts: counts.data,
    isLoading: stats.isLoading || tally.isLoading || targets.isLoading || counts.isLoading,
    error: stats.error ?? tally.error ?? targets.error ?? counts.error,
  };
}
