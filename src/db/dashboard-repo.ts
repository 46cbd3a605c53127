// What the dashboard and the report read: the aggregates (aggregates.ts keeps them current) and a
// few small tables, never every person. The dashboard reads the whole store's once per page load
// (readDashboardStore) and computes every view from memory; the report reads those of one view
// (loadIndicatorInput). The places, their yearly figures and the placeStats shards (the section
// "Nguồn và địa bàn") come in the same read: about 2,000 places and 10,000 figures for a province.
import { preloaded } from './preload';
import type { AdmissionBlock, StatPerson } from '@/domain/admission-stats';
import { addMonths, localIsoDate, yearOf, type IsoDate } from '@/domain/dates';
import type { MemberCount, Place, PlaceFigure, Target, TrainingClass } from '@/domain/entities';
import type { IndicatorData, IndicatorInput, Period } from '@/domain/indicator-types';
import type { PlaceData } from '@/domain/place-figures-types';
import { edgeRanges, scopeUnitIds } from '@/domain/indicators';
import { admissionRowsOf, unitStatsRowsOf } from './aggregates';
import { ensureAggregates } from './ensure-aggregates';
import { db } from './schema';
import type { PersonRow, StoredPlaceStats } from './rows';

/**
 * The calendar years whose admission aggregates a view needs: the period's, those of every quota
 * span that overlaps the period or holds today (quota progress counts the whole span, the
 * forecast the span running now), and the 12 months before today (the run rate).
 */
export function yearsNeeded(
  period: Period,
  targets: readonly Pick<Target, 'fromYear' | 'toYear'>[],
  today: IsoDate,
): { fromYear: number; toYear: number } {
  const periodFrom = yearOf(period.from);
  const periodTo = yearOf(period.to);
  const thisYear = yearOf(today);
  let fromYear = Math.min(periodFrom, yearOf(addMonths(today, -12)));
  let toYear = Math.max(periodTo, thisYear);
  for (const target of targets) {
    const overlapsPeriod = target.fromYear <= periodTo && target.toYear >= periodFrom;
    const holdsToday = target.fromYear <= thisYear && target.toYear >= thisYear;
    if (!overlapsPeriod && !holdsToday) continue;
    fromYear = Math.min(fromYear, target.fromYear);
    toYear = Math.max(toYear, target.toYear);
  }
  return { fromYear, toYear };
}

function statPerson(row: PersonRow): StatPerson {
  return {
    unitId: row.unitId,
    gender: row.gender,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    religion: row.religion,
    youthUnion: row.youthUnion,
    occupation: row.occupation,
    workplaceSector: row.workplaceSector,
    education: row.education,
    milestones: row.milestones,
    placeId: row.placeId,
  };
}

/** What the dashboard's figures need for a page load: IndicatorData without the units. */
export type DashboardCore = Omit<IndicatorData, 'units'> & {
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
};

/** The places, their yearly figures and the placeStats: the section "Nguồn và địa bàn". */
export interface DashboardPlaces {
  places: Place[];
  placeFigures: PlaceFigure[];
  placeStats: StoredPlaceStats[];
}

/** What the dashboard keeps in memory for a page load. */
export type DashboardStore = DashboardCore & DashboardPlaces;

/**
 * The whole store's aggregates (16 records per table at most), classes, quotas and member
 * counts, in one read transaction: the key figures need nothing else. The units are not read
 * here: the app holds them already (the unit tree's query), and reading them twice would cost as
 * much as the aggregates.
 */
export async function readDashboardCore(): Promise<DashboardCore> {
  const d = db();
  const tables = [d.admissionStats, d.unitStats, d.classes, d.targets, d.memberCounts];
  return d.transaction('r', tables, async () => {
    const [admissions, unitStats, classes, targets, memberCounts] = await Promise.all([
      d.admissionStats.toArray(),
      d.unitStats.toArray(),
      d.classes.toArray(),
      d.targets.toArray(),
      d.memberCounts.toArray(),
    ]);
    return { admissions, unitStats, classes, targets, memberCounts };
  });
}

/**
 * The places and every yearly figure, in a read of their own beside the core's: one record per
 * place and year (100,000 at a million people, 0.8 s to read) must not hold back the key figures.
 */
export async function readDashboardPlaces(): Promise<DashboardPlaces> {
  const d = db();
  return d.transaction('r', [d.places, d.placeFigures, d.placeStats], async () => {
    const [places, placeFigures, placeStats] = await Promise.all([
      d.places.toArray(),
      d.placeFigures.toArray(),
      d.placeStats.toArray(),
    ]);
    return { places, placeFigures, placeStats };
  });
}

/** Both reads, for a caller that needs them together (the report). */
export async function readDashboardStore(): Promise<DashboardStore> {
  const [core, places] = await Promise.all([readDashboardCore(), readDashboardPlaces()]);
  return { ...core, ...places };
}

const corePreload = preloaded(readDashboardCore);

/** Starts reading the dashboard's figures now, for takeDashboardCore to hand out later. */
export const preloadDashboardStore = corePreload.start;

/** The preloaded read when nothing was written since it began, else a new read. */
export const takeDashboardCore = corePreload.take;

/**
 * The people admitted on the days of the period's first and last month that lie outside it (see
 * edgeRanges), read by the admission-date index: none for a period that follows month ends.
 */
export async function readEdgePeople(period: Period): Promise<StatPerson[]> {
  const ranges = edgeRanges(period);
  if (ranges.length === 0) return [];
  const d = db();
  const rows = await d.transaction('r', d.people, () =>
    Promise.all(
      ranges.map((range) =>
        d.people.where('milestones.admittedOn').between(range.from, range.to, true, true).toArray(),
      ),
    ),
  );
  return rows.flat().map(statPerson);
}

/**
 * Everything computeIndicators needs for one view, in one read transaction: with a root unit,
 * only the rows of the units that count for it (scopeUnitIds) and the years it needs; without,
 * the whole store. `today` decides the years of the run rate and the current quota span
 * (default: the local today). Beside them, what computePlaceFigures needs: every place (a closed
 * place's people may count for a successor in the view), the figures of the years up to the
 * period's end (a first member looks back at earlier years), the placeStats shards.
 */
export async function loadIndicatorInput(
  period: Period,
  rootUnitId?: string,
  today: IsoDate = localIsoDate(),
): Promise<IndicatorInput & PlaceData> {
  const d = db();
  const tables = [d.units, d.admissionStats, d.unitStats, d.classes, d.targets, d.memberCounts];
  const placeTables = [d.places, d.placeFigures, d.placeStats];
  return d.transaction('r', [...tables, ...placeTables, d.people], async () => {
    const units = await d.units.toArray();
    const scope = rootUnitId ? scopeUnitIds(units, rootUnitId) : null;
    const inScope = (unitId: string) => !scope || scope.has(unitId);

    const targets = (await d.targets.toArray()).filter((row) => inScope(row.unitId));
    const { fromYear, toYear } = yearsNeeded(period, targets, today);

    const [admissionRecords, unitRecords, classes, memberCounts, edgePeople, places] =
      await Promise.all([
        d.admissionStats.toArray(),
        d.unitStats.toArray(),
        // A class counts when it starts and ends within the period: only those starting in it can.
        period.from <= period.to
          ? d.classes.where('startOn').between(period.from, period.to, true, true).toArray()
          : Promise.resolve([]),
        d.memberCounts.where('year').between(fromYear, toYear, true, true).toArray(),
        Promise.all(
          edgeRanges(period).map((range) =>
            d.people
              .where('milestones.admittedOn')
              .between(range.from, range.to, true, true)
              .toArray(),
          ),
        ),
        readPlaceData(yearOf(period.to)),
      ]);

    return {
      units,
      admissionStats: admissionRecords
        .flatMap((record) => admissionRowsOf(record, fromYear, toYear))
        .filter((row) => inScope(row.unitId)),
      unitStats: unitRecords.flatMap(unitStatsRowsOf).filter((row) => inScope(row.unitId)),
      edgePeople: edgePeople
        .flat()
        .filter((row) => inScope(row.unitId))
        .map(statPerson),
      classes: classes.filter((row) => inScope(row.unitId)),
      targets,
      memberCounts: memberCounts.filter((row) => inScope(row.unitId)),
      ...places,
    };
  });
}

/** The places, the figures of the years up to `toYear`, the placeStats (inside a transaction). */
async function readPlaceData(toYear: number): Promise<PlaceData> {
  const d = db();
  const [places, placeFigures, placeStats] = await Promise.all([
    d.places.toArray(),
    d.placeFigures.where('year').belowOrEqual(toYear).toArray(),
    d.placeStats.toArray(),
  ]);
  return { places, placeFigures, placeStats };
}

/**
 * The admissions aggregate alone (16 records at most): quota progress and admission rates on the
 * home and quota screens, which must not read the people.
 */
export async function readAdmissionBlocks(): Promise<AdmissionBlock[]> {
  await ensureAggregates();
  return db().admissionStats.toArray();
}

export { ensureAggregates, rebuildAggregates } from './ensure-aggregates';
