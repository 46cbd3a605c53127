// What the dashboard reads, once per page load, and how a view's figures are computed from it.
//
// The store's aggregates, classes, quotas and member counts are read in one transaction the first
// time the dashboard is shown (started when its module loads, before React mounts it) and kept
// in memory: a query that never goes stale, and that every write invalidates like every other
// (src/queries/mutation.ts). With the units the app already holds, they are all a view needs, so
// a change of unit or period is computation in render (a few milliseconds for a province), not a
// read. Only a period that does not follow month ends reads the people admitted in its edge days.
// The places, their figures and the placeStats come in the same read; they are indexed once per
// read (preparePlaces) and each view's figures of the places computed from that index.
// The check that the aggregates hold every person runs once per page load, after the figures.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { StatPerson } from '@/domain/admission-stats';
import type { IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Indicators, Period } from '@/domain/indicator-types';
import { computeIndicatorsFrom, edgeRanges } from '@/domain/indicators';
import { computePlaceFigures, preparePlaces } from '@/domain/place-figures';
import {
  ensureAggregates,
  readEdgePeople,
  takeDashboardCore,
  readDashboardPlaces,
} from '@/db/dashboard-repo';
import { useIdleAfter } from '@/ui/idle';

export interface RebuildProgress {
  done: number;
  total: number;
}

/** The whole store's figures, read once (the preloaded read when nothing was written since). */
export const dashboardStoreQuery = queryOptions({
  queryKey: ['dashboard', 'store'] as const,
  queryFn: takeDashboardCore,
  staleTime: Infinity,
});

/** The places and their figures, read beside the store's figures, as they are. */
export const dashboardPlacesQuery = queryOptions({
  queryKey: ['dashboard', 'places'] as const,
  queryFn: readDashboardPlaces,
  staleTime: Infinity,
});

/** The people admitted in the edge days of a period that does not follow month ends. */
export const edgePeopleQuery = (period: Period) =>
  queryOptions({
    queryKey: ['dashboard', 'edges', period.from, period.to] as const,
    queryFn: () => readEdgePeople(period),
    staleTime: Infinity,
  });

export const aggregatesQuery = (onProgress: (done: number, total: number) => void) =>
  queryOptions({
    queryKey: ['aggregates', 'ensure'] as const,
    // The figures already shown were read before a rebuild: the check re-reads every query
    // before it resolves (src/queries/aggregates-check.ts), so the figures stay busy until then.
    queryFn: () => ensureAggregates(onProgress),
  });

const NO_PEOPLE: readonly StatPerson[] = [];

/**
 * The indicators of a view, computed from the store held in memory; whether they may still change;
 * the rebuild's progress. `units`: every unit of the store (the app's unit tree query).
 */
export function useDashboard(
  rootUnitId: string,
  period: Period,
  today: IsoDate,
  units: readonly Unit[],
) {
  const [progress, setProgress] = useState<RebuildProgress | null>(null);
  const [report] = useState(() => (done: number, total: number) => setProgress({ done, total }));
  const store = useQuery(dashboardStoreQuery);
  // Read once the key figures' read is done: IndexedDB serves the two one after the other, and
  // the places' figures (a record per place and year) would hold the key figures back.
  const placeData = useQuery({ ...dashboardPlacesQuery, enabled: store.data !== undefined });
  const needsEdges = edgeRanges(period).length > 0;
  const edges = useQuery({ ...edgePeopleQuery(period), enabled: needsEdges });
  const edgePeople = needsEdges ? edges.data : NO_PEOPLE;

  const computed = useMemo(
    () =>
      store.data && edgePeople
        ? computeIndicatorsFrom({ ...store.data, units }, edgePeople, {
            rootUnitId,
            period,
            today,
          })
        : undefined,
    [store.data, edgePeople, units, rootUnitId, period, today],
  );
  // The places need no edge people: their figures are the store's and the view's alone.
  const prepared = useMemo(
    () => (placeData.data ? preparePlaces(placeData.data) : undefined),
    [placeData.data],
  );
  const places = useMemo(
    () => (prepared ? computePlaceFigures(prepared, units, { rootUnitId, period }) : undefined),
    [prepared, units, rootUnitId, period],
  );
  // While a new view waits for its edge people, the last figures stay on screen, marked stale.
  const [last, setLast] = useState<Indicators | undefined>(undefined);
  if (computed !== undefined && computed !== last) setLast(computed);
  const indicators = computed ?? last;

  // The check starts once the figures (and the charts' first pass) are drawn and the page is
  // idle: its count of every person takes IndexedDB a second or more on a province, and any read
  // beside it (the store's, the charts' chunk) waits for it.
  const idle = useIdleAfter(indicators !== undefined, 2000);
  const aggregates = useQuery({ ...aggregatesQuery(report), enabled: idle });
  return {
    indicators,
    /** The figures of the view's places (residential areas, schools, enterprises). */
    places,
    /** Every quota of the store, once read (the page offers the scope's spans as periods). */
    targets: store.data?.targets,
    /** The figures shown belong to the previous view while the new one loads. */
    isStale: computed === undefined && indicators !== undefined,
    isLoading: indicators === undefined,
    /** The figures shown may still change: the aggregates' check or a read is pending. */
    isBusy:
      aggregates.isPending ||
      aggregates.isFetching ||
      store.isFetching ||
      (needsEdges && edges.isFetching),
    // A finished rebuild's last report (done = total) is not shown again on a later check.
    rebuilding:
      aggregates.isFetching && progress !== null && progress.done < progress.total
        ? progress
        : null,
    error: aggregates.error ?? store.error ?? placeData.error ?? (needsEdges ? edges.error : null),
  };
}
