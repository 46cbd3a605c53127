// The people of each place by milestone day: what the places' figures count for any period (who
// entered the candidate source, who got the awareness-class certificate, who was admitted, and
// whether an admitted person works in an enterprise as a worker or a manager). Kept as sorted
// runs of day numbers per place, so that a period's count is two binary searches, whatever the
// period's edges; packed per shard of places into typed arrays, as the other aggregates are.
import { toDayNumber, type IsoDate } from './dates';
import type { Person } from './entities';

/** The milestones a place's figures count, in the order of a place's runs. */
export const PLACE_MILESTONES = ['sourcedOn', 'awarenessCertOn', 'admittedOn'] as const;
export type PlaceMilestone = (typeof PLACE_MILESTONES)[number];
const RUNS = PLACE_MILESTONES.length;

/** An admitted person's occupation, as the enterprises' figures split it. */
export const OCCUPATION_CLASSES = ['other', 'worker', 'manager'] as const;
export type OccupationClass = (typeof OCCUPATION_CLASSES)[number];

export function occupationClassOf(occupation: Person['occupation']): OccupationClass {
  if (occupation === 'worker') return 'worker';
  if (occupation === 'enterprise_manager') return 'manager';
  return 'other';
}

/** One place's people: a sorted list of day numbers per milestone. */
export interface PlacePeople {
  days: Record<PlaceMilestone, number[]>;
  /** Beside days.admittedOn, each admitted person's occupation class (OCCUPATION_CLASSES index). */
  admittedClasses: number[];
}

/** The packed form of a shard's places (stored in IndexedDB as it is). */
export interface PlaceStatsBlock {
  placeIds: string[];
  /** Run r of place p is days[starts[p * 3 + r] … starts[p * 3 + r + 1]). */
  starts: Int32Array;
  days: Int32Array;
  /** Beside days: the admitted person's occupation class; 0 in the other runs. */
  classes: Uint8Array;
}

/** What one person adds to the figures of their place, or null for a person with no place. */
export interface PlaceContribution {
  placeId: string;
  /** The day number of each milestone the person has (null: not reached). */
  days: Record<PlaceMilestone, number | null>;
  admittedClass: number;
}

export function placeContribution(
  person: Pick<Person, 'placeId' | 'milestones' | 'occupation'>,
): PlaceContribution | null {
  if (!person.placeId) return null;
  const day = (date: IsoDate | null) => (date ? toDayNumber(date) : null);
  return {
    placeId: person.placeId,
    days: {
      sourcedOn: day(person.milestones.sourcedOn),
      awarenessCertOn: day(person.milestones.awarenessCertOn),
      admittedOn: day(person.milestones.admittedOn),
    },
    admittedClass: OCCUPATION_CLASSES.indexOf(occupationClassOf(person.occupation)),
  };
}

export function emptyPlacePeople(): PlacePeople {
  return { days: { sourcedOn: [], awarenessCertOn: [], admittedOn: [] }, admittedClasses: [] };
}

function isEmpty(people: PlacePeople): boolean {
  return PLACE_MILESTONES.every((milestone) => people.days[milestone].length === 0);
}

/** The index of the first value ≥ day in a sorted list. */
export function lowerBound(sorted: ArrayLike<number>, day: number, from = 0, to = sorted.length) {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Adds (by 1) or removes (by −1) a person's contribution, keeping every list sorted. */
export function applyContribution(
  people: PlacePeople,
  contribution: PlaceContribution,
  by: 1 | -1,
): void {
  for (const milestone of PLACE_MILESTONES) {
    const day = contribution.days[milestone];
    if (day === null) continue;
    const days = people.days[milestone];
    const admitted = milestone === 'admittedOn';
    if (by === 1) {
      const at = lowerBound(days, day + 1);
      days.splice(at, 0, day);
      if (admitted) people.admittedClasses.splice(at, 0, contribution.admittedClass);
      continue;
    }
    let at = lowerBound(days, day);
    // Among equal days, the one of the same occupation class (the admitted run).
    if (admitted) {
      while (at < days.length && days[at] === day) {
        if (people.admittedClasses[at] === contribution.admittedClass) break;
        at += 1;
      }
    }
    if (days[at] !== day) continue;
    days.splice(at, 1);
    if (admitted) people.admittedClasses.splice(at, 1);
  }
}

/**
 * Packs a shard's places, in the order of their ids (the same people always pack the same way,
 * however they came); places left with no one are dropped.
 */
export function packPlaceStats(places: ReadonlyMap<string, PlacePeople>): PlaceStatsBlock {
  const placeIds = [...places.keys()]
    .filter((id) => !isEmpty(places.get(id) as PlacePeople))
    .sort();
  let total = 0;
  for (const id of placeIds) {
    const people = places.get(id) as PlacePeople;
    for (const milestone of PLACE_MILESTONES) total += people.days[milestone].length;
  }
  const starts = new Int32Array(placeIds.length * RUNS + 1);
  const days = new Int32Array(total);
  const classes = new Uint8Array(total);
  let at = 0;
  placeIds.forEach((id, place) => {
    const people = places.get(id) as PlacePeople;
    PLACE_MILESTONES.forEach((milestone, run) => {
      starts[place * RUNS + run] = at;
      const list = people.days[milestone];
      days.set(list, at);
      if (milestone === 'admittedOn') classes.set(people.admittedClasses, at);
      at += list.length;
    });
  });
  starts[placeIds.length * RUNS] = at;
  return { placeIds, starts, days, classes };
}

/** The places of a packed shard, each with lists of its own (to change and pack again). */
export function unpackPlaceStats(block: PlaceStatsBlock): Map<string, PlacePeople> {
  const places = new Map<string, PlacePeople>();
  block.placeIds.forEach((id, place) => {
    const people = emptyPlacePeople();
    PLACE_MILESTONES.forEach((milestone, run) => {
      const [from, to] = runBounds(block, place, run);
      people.days[milestone] = Array.from(block.days.subarray(from, to));
      if (milestone === 'admittedOn') {
        people.admittedClasses = Array.from(block.classes.subarray(from, to));
      }
    });
    places.set(id, people);
  });
  return places;
}

/** Where run `run` of the place at `place` lies in a block's days. */
export function runBounds(block: PlaceStatsBlock, place: number, run: number): [number, number] {
  return [block.starts[place * RUNS + run] ?? 0, block.starts[place * RUNS + run + 1] ?? 0];
}

/** The run index of a milestone. */
export function runOf(milestone: PlaceMilestone): number {
  return PLACE_MILESTONES.indexOf(milestone);
}
