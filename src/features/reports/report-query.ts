// What the report reads: the indicators of a unit and period from the dashboard's one read of the
// store's aggregates (never every person; the packed blocks as they are stored, computed like
// the dashboard's), the people admitted on the period's edge days, the figures of its places
// (residential areas, schools, enterprises) from the same read, and the quotas that give the
// quick choices of period their spans.
import { queryOptions } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Indicators, Period } from '@/domain/indicator-types';
import { computeIndicatorsFrom } from '@/domain/indicators';
import { computePlaceFigures, preparePlaces } from '@/domain/place-figures';
import type { PlaceFigures } from '@/domain/place-figures-types';
import { ensureAggregates, readDashboardStore, readEdgePeople } from '@/db/dashboard-repo';
import { listTargets } from '@/db/targets-repo';

export type RebuildProgress = (done: number, total: number) => void;

export interface ReportRequest {
  rootUnitId: string;
  period: Period;
  today: IsoDate;
  /** Every unit of the store (the app's unit tree): a closed unit counts under its successor. */
  units: readonly Unit[];
}

export interface ReportFigures {
  figures: Indicators;
  places: PlaceFigures;
}

/** The report's figures: the dashboard's read and computation, for one view. */
export async function readReportFigures(
  request: ReportRequest,
  onRebuild?: RebuildProgress,
): Promise<ReportFigures> {
  // Records written around the repositories (an import, a restored backup) leave the
  // aggregates behind; the check is a count, the rebuild happens only when they disagree.
  await ensureAggregates(onRebuild);
  const [store, edgePeople] = await Promise.all([
    readDashboardStore(),
    readEdgePeople(request.period),
  ]);
  const { units } = request;
  const options = {
    rootUnitId: request.rootUnitId,
    period: request.period,
    today: request.today,
  };
  return {
    figures: computeIndicatorsFrom({ ...store, units }, edgePeople, options),
    places: computePlaceFigures(preparePlaces(store), units, options),
  };
}

export const reportQuery = (request: ReportRequest, onRebuild?: RebuildProgress) =>
  queryOptions({
    // The units are the unit tree's, which every write of units invalidates with this query.
    queryKey: [
      'reports',
      request.rootUnitId,
      request.period.from,
      request.period.to,
      request.today,
    ] as const,
    queryFn: () => readReportFigures(request, onRebuild),
  });

/** Every quota of the store: their spans are quick choices of period. */
export const reportTargetsQuery = queryOptions({
  queryKey: ['targets', 'reports'] as const,
  queryFn: () => listTargets(),
});
