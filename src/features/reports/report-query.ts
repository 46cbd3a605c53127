// What the report reads: the indicators of a unit and period, summed from the aggregates (never
// from every person), and the quotas that give the quick choices of period their spans.
import { queryOptions } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import type { Period } from '@/domain/indicator-types';
import { computeIndicators } from '@/domain/indicators';
import { ensureAggregates, loadIndicatorInput } from '@/db/dashboard-repo';
import { listTargets } from '@/db/targets-repo';

export type RebuildProgress = (done: number, total: number) => void;

export interface ReportRequest {
  rootUnitId: string;
  period: Period;
  today: IsoDate;
}

export const reportQuery = (request: ReportRequest, onRebuild?: RebuildProgress) =>
  queryOptions({
    queryKey: [
      'reports',
      request.rootUnitId,
      request.period.from,
      request.period.to,
      request.today,
    ] as const,
    queryFn: async () => {
      // Records written around the repositories (an import, a restored backup) leave the
      // aggregates behind; the check is a count, the rebuild happens only when they disagree.
      await ensureAggregates(onRebuild);
      const input = await loadIndicatorInput(request.period, request.rootUnitId, request.today);
      return computeIndicators(input, {
        rootUnitId: request.rootUnitId,
        period: request.period,
        today: request.today,
      });
    },
  });

/** Every quota of the store: their spans are quick choices of period. */
export const reportTargetsQuery = queryOptions({
  queryKey: ['targets', 'reports'] as const,
  queryFn: () => listTargets(),
});
