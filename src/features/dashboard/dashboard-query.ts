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
    queryFn: () => ensureAggregates(onProgress),
  });

export const dashboardQuery = (
  rootUnitId: string,
  period: Period,
  today: IsoDate,
  onProgress: (done: number, total: number) => void,
) =>
  queryOptions({
    queryKey: ['dashboard', rootUnitId, period.from, period.to] as const,
    queryFn: async ({ client }) => {
      const load = () => loadIndicatorInput(period, rootUnitId, today);
      // The check of the aggregates and the read start together (on a large store the check
      // alone takes a few hundred milliseconds); the read is done again only after a rebuild.
      const ensure = aggregatesQuery(onProgress);
      const checksBefore = client.getQueryState(ensure.queryKey)?.dataUpdateCount ?? 0;
      const early = load();
      // Awaited below; this only keeps a failed check from leaving the read's error unhandled.
      early.catch(() => undefined);
      const { rebuilt } = await client.fetchQuery(ensure);
      const checkedNow =
        (client.getQueryState(ensure.queryKey)?.dataUpdateCount ?? 0) > checksBefore;
      let input = await early;
      if (rebuilt && checkedNow) input = await load();
      return computeIndicators(input, { rootUnitId, period, today });
    },
  });

/** The indicators of a view, from aggregates known to be current; the rebuild's progress. */
export function useDashboard(rootUnitId: string, period: Period, today: IsoDate) {
  const [progress, setProgress] = useState<RebuildProgress | null>(null);
  const [report] = useState(() => (done: number, total: number) => setProgress({ done, total }));
  const aggregates = useQuery(aggregatesQuery(report));
  const indicators = useQuery({
    ...dashboardQuery(rootUnitId, period, today, report),
    // A new view keeps the old figures on screen until its own are ready: no flash of empty.
    placeholderData: (previous) => previous,
  });
  return {
    indicators: indicators.data,
    /** The figures shown belong to the previous view while the new one loads. */
    isStale: indicators.isPlaceholderData,
    isLoading: aggregates.isLoading || indicators.isLoading,
    // A finished rebuild's last report (done = total) is not shown again on a later check.
    rebuilding:
      aggregates.isFetching && progress !== null && progress.done < progress.total
        ? progress
        : null,
    error: aggregates.error ?? indicators.error,
  };
}
