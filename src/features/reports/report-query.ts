// What the report reads: the indicators of a unit and period, summed from the aggregates (never
// from every person), the figures of its places (residential areas, schools, enterprises) from
// the same read, and the quotas that give the quick choices of period their spans.
import { queryOptions } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import type { Indicators, Period } from '@/domain/indicator-types';
import { computeIndicators } from '@/domain/indicators';
import { computePlaceFigures, preparePlaces } from '@/domain/place-figures';
import type { PlaceFigures } from '@/domain/place-figures-types';
import { ensureAggregates, loadIndicatorInput } from '@/db/dashboard-repo';
import { listTargets } from '@/db/targets-repo';

export type RebuildProgress = (done: number, total: number) => void;

export interface ReportRequest {
  rootUnitId: string;
  period: Period;
  today: IsoDate;
}

export interface ReportFigures {
  figures: Indicators;
  places: PlaceFigures;
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
    queryFn: async (): Promise<ReportFigures> => {
      // Records written around the repositories (an import, a restored backup) leave the
      // aggregates behind; the check is a count, the rebuild happens only when they disagree.
      await ensureAggregates(onRebuild);
      const input = await loadIndicatorInput(request.period, request.rootUnitId, request.today);
      const options = {
        rootUnitId: request.rootUnitId,
        period: request.period,
        today: request.today,
      };
      return {
        figures: computeIndicators(input, options),
        places: computePlaceFigures(preparePlaces(input), input.units, options),
      };
    },
  });

/** Every quota of the store: their spans are quick choices of period. */
export const reportTargetsQuery = queryOptions({
  queryKey: ['targets', 'reports'] as const,
  queryFn: () => listTargets(),
});
