// The places of one view, and the people of each, ready for the figures (place-figures.ts holds
// the definitions). Two steps: preparePlaces indexes the store's places, figures and placeStats
// once per read (figures by place, each place's runs, prefix counts of the admitted by occupation
// class); placeView then picks the places that count for a unit and period and the runs whose
// people count for each, in O(places). Every count over people is then two binary searches on a
// sorted run of days (lowerBound): no loop over people.
import { toDayNumber, yearOf } from './dates';
import type { Place, PlaceFigure, Unit } from './entities';
import { buildViewScope, type ViewScope } from './indicator-scope';
import type { Period } from './indicator-types';
import type { PlaceData } from './place-figures-types';
import {
  OCCUPATION_CLASSES,
  lowerBound,
  runBounds,
  runOf,
  type PlaceMilestone,
  type PlaceStatsBlock,
} from './place-stats';

/** Where one place's people lie in a packed block. */
interface PlaceRuns {
  block: PlaceStatsBlock;
  index: number;
  /** Per block: entries before position i with occupation class worker / manager. */
  prefix: ClassPrefix;
}

interface ClassPrefix {
  worker: Int32Array;
  manager: Int32Array;
}

export interface PreparedPlaces {
  places: readonly Place[];
  byId: ReadonlyMap<string, Place>;
  /** Each place's figures, oldest year first. */
  figures: ReadonlyMap<string, readonly PlaceFigure[]>;
  runs: ReadonlyMap<string, PlaceRuns>;
}

const WORKER = OCCUPATION_CLASSES.indexOf('worker');
const MANAGER = OCCUPATION_CLASSES.indexOf('manager');

function classPrefix(block: PlaceStatsBlock): ClassPrefix {
  const length = block.classes.length;
  const worker = new Int32Array(length + 1);
  const manager = new Int32Array(length + 1);
  for (let at = 0; at < length; at += 1) {
    const kind = block.classes[at];
    worker[at + 1] = (worker[at] ?? 0) + (kind === WORKER ? 1 : 0);
    manager[at + 1] = (manager[at] ?? 0) + (kind === MANAGER ? 1 : 0);
  }
  return { worker, manager };
}

/** Indexes the store's places once per read: every view is computed from this. */
export function preparePlaces(data: PlaceData): PreparedPlaces {
  const byId = new Map<string, Place>();
  for (const place of data.places) byId.set(place.id, place);
  const figures = new Map<string, PlaceFigure[]>();
  for (const figure of data.placeFigures) {
    const list = figures.get(figure.placeId);
    if (list) list.push(figure);
    else figures.set(figure.placeId, [figure]);
  }
  for (const list of figures.values()) list.sort((a, b) => a.year - b.year);
  const runs = new Map<string, PlaceRuns>();
  for (const block of data.placeStats) {
    const prefix = classPrefix(block);
    block.placeIds.forEach((placeId, index) => runs.set(placeId, { block, index, prefix }));
  }
  return { places: data.places, byId, figures, runs };
}

/** One view of the places: those that count, and whose people count for each. */
export interface PlaceView {
  prepared: PreparedPlaces;
  scope: ViewScope;
  period: Period;
  fromDay: number;
  toDay: number;
  fromYear: number;
  toYear: number;
  unitsById: ReadonlyMap<string, Unit>;
  /** The places that count, in the store's order. */
  counted: Place[];
  /** For each counted place: its own runs and those of places closed before it (successors). */
  sources: Map<string, PlaceRuns[]>;
}

/** Open during the period: opened by its end, not closed before its start. */
export function openDuring(place: Pick<Place, 'openedOn' | 'closedOn'>, period: Period): boolean {
  return (
    (place.openedOn === null || place.openedOn <= period.to) &&
    (place.closedOn === null || place.closedOn >= period.from)
  );
}

/**
 * The place a closed place's people count for in a period: the place itself when it was not
 * closed before the period, else the first place along its successors that was not, or null
 * (no successor, an unknown one, or a chain that loops).
 */
export function carrierOf(
  place: Place,
  period: Period,
  byId: ReadonlyMap<string, Place>,
): Place | null {
  const seen = new Set<string>([place.id]);
  let current = place;
  while (current.closedOn !== null && current.closedOn < period.from) {
    const next = current.successorId ? byId.get(current.successorId) : undefined;
    if (!next || seen.has(next.id)) return null;
    seen.add(next.id);
    current = next;
  }
  return current;
}

export function placeView(
  prepared: PreparedPlaces,
  units: readonly Unit[],
  rootUnitId: string,
  period: Period,
): PlaceView {
  const scope = buildViewScope(units, rootUnitId);
  const unitsById = new Map<string, Unit>();
  for (const unit of units) unitsById.set(unit.id, unit);
  const counts = (place: Place) => scope.unitIds.has(place.unitId) && openDuring(place, period);
  const counted = prepared.places.filter(counts);
  const sources = new Map<string, PlaceRuns[]>();
  for (const place of counted) sources.set(place.id, []);
  for (const [placeId, runs] of prepared.runs) {
    const place = prepared.byId.get(placeId);
    if (!place) continue;
    const carrier = carrierOf(place, period, prepared.byId);
    if (carrier) sources.get(carrier.id)?.push(runs);
  }
  return {
    prepared,
    scope,
    period,
    fromDay: toDayNumber(period.from),
    toDay: toDayNumber(period.to),
    fromYear: yearOf(period.from),
    toYear: yearOf(period.to),
    unitsById,
    counted,
    sources,
  };
}

/** The figure of the latest year within the period's years, or null. */
export function figureUsed(view: PlaceView, placeId: string): PlaceFigure | null {
  const list = view.prepared.figures.get(placeId) ?? [];
  for (let at = list.length - 1; at >= 0; at -= 1) {
    const figure = list[at] as PlaceFigure;
    if (figure.year <= view.toYear) return figure.year >= view.fromYear ? figure : null;
  }
  return null;
}

/** Every figure of a place, oldest year first. */
export function figuresOf(view: PlaceView, placeId: string): readonly PlaceFigure[] {
  return view.prepared.figures.get(placeId) ?? [];
}

/** How many days of a run lie in [fromDay, toDay]. */
function countRun(runs: PlaceRuns, run: number, fromDay: number, toDay: number): number {
  const [start, end] = runBounds(runs.block, runs.index, run);
  const days = runs.block.days;
  return lowerBound(days, toDay + 1, start, end) - lowerBound(days, fromDay, start, end);
}

/** The people of a place who reached a milestone on a day of the period. */
export function countInPeriod(view: PlaceView, placeId: string, milestone: PlaceMilestone) {
  const run = runOf(milestone);
  let total = 0;
  for (const runs of view.sources.get(placeId) ?? []) {
    total += countRun(runs, run, view.fromDay, view.toDay);
  }
  return total;
}

/** The people of a place admitted in the period, by occupation class. */
export function admittedByClass(view: PlaceView, placeId: string) {
  const run = runOf('admittedOn');
  const result = { total: 0, worker: 0, manager: 0, other: 0 };
  for (const runs of view.sources.get(placeId) ?? []) {
    const [start, end] = runBounds(runs.block, runs.index, run);
    const days = runs.block.days;
    const low = lowerBound(days, view.fromDay, start, end);
    const high = lowerBound(days, view.toDay + 1, start, end);
    const worker = (runs.prefix.worker[high] ?? 0) - (runs.prefix.worker[low] ?? 0);
    const manager = (runs.prefix.manager[high] ?? 0) - (runs.prefix.manager[low] ?? 0);
    result.total += high - low;
    result.worker += worker;
    result.manager += manager;
    result.other += high - low - worker - manager;
  }
  return result;
}

/** The day number of the place's first admission on or after a day, or null. */
export function firstAdmissionFrom(view: PlaceView, placeId: string, day: number): number | null {
  const run = runOf('admittedOn');
  let first: number | null = null;
  for (const runs of view.sources.get(placeId) ?? []) {
    const [start, end] = runBounds(runs.block, runs.index, run);
    const at = lowerBound(runs.block.days, day, start, end);
    if (at >= end) continue;
    const found = runs.block.days[at] as number;
    if (first === null || found < first) first = found;
  }
  return first;
}

/** The commune or ward a unit lies in: itself or its nearest such ancestor; null if none. */
export function communeOf(unitId: string, unitsById: ReadonlyMap<string, Unit>): string | null {
  const seen = new Set<string>();
  let id: string | null = unitId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const unit = unitsById.get(id);
    if (!unit) return null;
    if (unit.sector === 'commune' || unit.sector === 'ward') return unit.id;
    id = unit.parentId;
  }
  return null;
}
