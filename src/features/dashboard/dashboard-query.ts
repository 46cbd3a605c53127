// What the dashboard reads: the aggregates made current (records written around the
// repositories, e.g. by an import or a test, leave them behind) and the indicators of a view,
// computed from the aggregates without reading every person.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { IsoDate } from '@/domain/dates';
import type { Period } from '@/domain/indicator-types';
import { computeIndicators } from '@/domain/indicators';
import { ensureAggregates, loadIndicatorInput } from '@/db/dashboard-repo';

export interface RebuildProgress {
  done: number;
  total: number;
}

export const aggregatesQuery = (onProgress: (done: number, total: number) => void) =>
  queryOptions({
    queryKey: ['aggregates', 'ensure'] as const,
    queryFn: async ({ client }) => {
      const result = await ensureAggregates(onProgress);
      // The figures already shown were read from the aggregates before the rebuild: read them
      // again (the check stays pending, and the figures busy, until they are).
      if (result.rebuilt) await client.invalidateQueries({ queryKey: ['dashboard'] });
      return result;
    },
  });

/**
 * The indicators of a view, read straight from the aggregates: the check that they are current
 * (aggregatesQuery, once per page load) runs once figures are shown, and after a rebuild has
 * them read again.
 */
export const dashboardQuery = (rootUnitId: string, period: Period, today: IsoDate) =>
  queryOptions({
    queryKey: ['dashboard', rootUnitId, period.from, period.to] as const,
    queryFn: async () =>
      computeIndicators(await loadIndicatorInput(period, rootUnitId, today), {
        rootUnitId,
        period,
        today,
      }),
  });

/** The indicators of a view, whether they may still change, and the rebuild's progress. */
export function useDashboard(rootUnitId: string, period: Period, today: IsoDate) {
  const [progress, setProgress] = useState<RebuildProgress | null>(null);
  const [report] = useState(() => (done: number, total: number) => setProgress({ done, total }));
  const indicators = useQuery({
    ...dashboardQuery(rootUnitId, period, today),
    // A new view keeps the old figures on screen until its own are ready: no flash of empty.
    placeholderData: (previous) => previous,
  });
  // The check starts once figures are shown: run beside the first read, its count of every
  // person (a few hundred milliseconds on a province) would only slow that read down.
  const aggregates = useQuery({
    ...aggregatesQuery(report),
    enabled: indicators.data !== undefined,
  });
  return {
    indicators: indicators.data,
    /** The figures shown belong to the previous view while the new one loads. */
    isStale: indicators.isPlaceholderData,
    isLoading: indicators.isLoading,
    /** The figures shown may still change: the aggregates' check or a read is pending. */
    isBusy: aggregates.isPending || aggregates.isFetching || indicators.isFetching,
    // A finished rebuild's last report (done = total) is not shown again on a later check.
    rebuilding:
      aggregates.isFetching && progress !== null && progress.done < progress.total
        ? progress
        : null,
    error: aggregates.error ?? indicators.error,
  };
}
