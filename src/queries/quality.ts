// The data checks' report of a unit subtree, computed in the quality worker
// (exchange/quality-client.ts): read by /quality and, for its total, by the export card's warning.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import { recordsWithProblems } from '@/domain/quality-report';
import { ensureAggregates } from '@/db/ensure-aggregates';
import { qualityReportInWorker } from '@/exchange/quality-client';

export type RebuildProgress = (done: number, total: number) => void;

export const qualityQuery = (
  request: { rootUnitId: string; today: IsoDate; notSame?: ReadonlySet<string> },
  onRebuild?: RebuildProgress,
) =>
  queryOptions({
    queryKey: ['quality', request.rootUnitId, request.today, [...(request.notSame ?? [])]] as const,
    queryFn: async () => {
      // The page's one check (a rebuild it needs reaches every screen), then the worker's report.
      await ensureAggregates(onRebuild);
      return qualityReportInWorker({
        rootUnitId: request.rootUnitId,
        today: request.today,
        notSame: [...(request.notSame ?? [])],
        checked: true,
      });
    },
  });

/**
 * How many records of a unit's subtree have open problems: the footnote of the dashboard and the
 * report. Asked only once `enabled` (after the figures are drawn, so the worker's pass never
 * delays them); null until known.
 */
export function useRecordsWithProblems(rootUnitId: string, today: IsoDate, enabled: boolean) {
  const report = useQuery({ ...qualityQuery({ rootUnitId, today }), enabled });
  return report.data ? recordsWithProblems(report.data) : null;
}
