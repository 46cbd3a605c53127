// What the home page reads: a few aggregate records (the deadlines of this month and the next,
// those overdue, officials, people by stage, admissions), the scope's quotas and member counts.
// Never the people themselves. The aggregates' check runs once the page has drawn (or at once
// when they hold nobody: an upgrade empties them), and a rebuild reads them again.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { tallyOfBlocks } from '@/domain/admission-tally';
import type { IsoDate } from '@/domain/dates';
import { readHomeRecords } from '@/db/home-repo';
import { useMemberCounts, useTargets } from '@/queries/targets';
import type { Scope } from '@/queries/units';
import { useIdleAfter } from '@/ui/idle';
import { homeFiguresOfAggregates } from './home-figures';
import { aggregatesCheckQuery } from '@/queries/aggregates-check';

export const homeStatsQuery = (scope: Scope, today: IsoDate) =>
  queryOptions({
    queryKey: ['home', scope.key, today] as const,
    queryFn: async () => {
      // The computations load beside the read: they are not on the first screen's download.
      const [records, { dueSummaryOfRecords, officialCount }] = await Promise.all([
        readHomeRecords(today),
        import('@/domain/home-read'),
      ]);
      const inScope = (unitId: string) => scope.unitIds.has(unitId);
      return {
        due: dueSummaryOfRecords(
          records.dueRecords.map((block) => ({ key: block.key, block })),
          today,
          inScope,
        ),
        official: officialCount(records.official, inScope),
        unitStats: records.unitStats,
        tally: tallyOfBlocks(records.admissionStats),
      };
    },
  });

export function useHomeData(scope: Scope, today: IsoDate) {
  const stats = useQuery(homeStatsQuery(scope, today));
  const targets = useTargets(scope);
  const counts = useMemberCounts(scope);
  const year = Number(today.slice(0, 4));
  const figures =
    stats.data &&
    homeFiguresOfAggregates(stats.data.unitStats, (unitId) => scope.unitIds.has(unitId), {
      admittedThisYear: stats.data.tally.count(scope.unitIds, year, year),
      officialThisYear: stats.data.official,
    });
  const idle = useIdleAfter(figures !== undefined, 2000);
  const check = useQuery({ ...aggregatesCheckQuery(), enabled: idle || figures?.people === 0 });
  return {
    figures,
    due: stats.data?.due,
    tally: stats.data?.tally,
    targets: targets.data,
    memberCounts: counts.data,
    isLoading:
      stats.isLoading ||
      targets.isLoading ||
      counts.isLoading ||
      // Nobody in the aggregates may mean they are being rebuilt: the check says.
      (figures?.people === 0 && !check.isSuccess),
    error: stats.error ?? targets.error ?? counts.error ?? check.error,
  };
}
