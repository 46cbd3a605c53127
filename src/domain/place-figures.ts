// The figures of the places where the party should be present — residential areas, schools with
// grade 12, enterprises — for any unit subtree and period: the section "Nguồn và địa bàn" of the
// dashboard and the report's paragraph and tables. Computed from the places, their yearly figures
// and the placeStats aggregate (the people of each place by milestone day), never from the people.
//
// THE DEFINITIONS (the contract with the report; the tests count them by hand):
//
// Scope. A place counts for a view when its unit is in the view's scope (indicator-scope.ts: a
//   closed unit's places count under its successor) and it is open during the period (openedOn
//   null or ≤ the period's end; closedOn null or ≥ its start). A person whose place was closed
//   before the period counts for that place's successor (followed along successorId until a place
//   not closed before the period; a loop or a missing successor ends it) when the successor
//   counts. "The people of a place" below means these: its own and those of such predecessors.
// The figures used. For each place, its PlaceFigure of the latest year within the period's years
//   (year(from)…year(to)); a place with none counts as "no figures for the period", and no figure
//   of another year stands in for it. A blank (null) value adds nothing to a sum.
// Residential areas. How many; by the figure's party organisation own / shared / none / unknown
//   (no figure, or null), as counts and shares of every residential area. Without a party member:
//   the figure used says partyMembers = 0 and no person of the place was admitted from 1 January
//   of that figure's year to the period's end. First member in the period: the first admission of
//   a person of the place on or after 1 January of year Y falls in the period, where Y is the year
//   of the place's latest figure (of any year) with year ≤ the year of that admission, and that
//   figure says partyMembers = 0. Each is listed with its commune: the place's unit or its nearest
//   ancestor whose sector is commune or ward.
// Schools. Grade-12 students: the sum over the figures used. Per school, the funnel of the period:
//   its people who entered the source (sourcedOn in the period), got the awareness certificate
//   (awarenessCertOn in the period), were admitted (admittedOn in the period); admitted per 1,000
//   grade-12 students (none without grade-12 students; for all schools: every school's admitted
//   over every school's grade-12 students); schools that admitted no one.
// Enterprises. How many, by sector (the place's enterpriseSector: non_state, fdi, state, unknown)
//   and by size from the figure's workers (under 10, 10–49, 50–199, 200 and more, unknown); with a
//   party organisation (own or shared) and with their own; with a trade union (tradeUnion true);
//   workers; party members and members per 1,000 workers (over the same figures); admissions in
//   the period of their people, workers vs managers vs others (the occupation class placeStats
//   keeps); the largest enterprises whose figure says partyOrganisation = none, by workers (blank
//   last), the first ten.
import type { Place, PlaceFigure, Unit } from './entities';
import type { Period, Share } from './indicator-types';
import { fromDayNumber, toDayNumber } from './dates';
import {
  ORGANISATION_KEYS,
  SECTOR_KEYS,
  SIZE_BANDS,
  type EnterpriseFigures,
  type EnterpriseGroup,
  type LargeEnterprise,
  type OrganisationKey,
  type PlaceFigures,
  type PlaceUnitRow,
  type ResidentialFigures,
  type SchoolFigures,
  type SchoolRow,
  type SizeBand,
} from './place-figures-types';
import {
  admittedByClass,
  communeOf,
  countInPeriod,
  figureUsed,
  figuresOf,
  firstAdmissionFrom,
  placeView,
  type PlaceView,
  type PreparedPlaces,
} from './place-figures-view';

export { preparePlaces, type PreparedPlaces } from './place-figures-view';

/** The largest enterprises without a party organisation: how many are listed. */
export const LARGEST_LISTED = 10;

function share(count: number, base: number): Share {
  return { count, ratio: base > 0 ? count / base : null };
}

function perThousand(count: number, base: number): number | null {
  return base > 0 ? (count * 1000) / base : null;
}

const collator = new Intl.Collator('vi');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

function organisationOf(figure: PlaceFigure | null): OrganisationKey {
  return figure?.partyOrganisation ?? 'unknown';
}

function yearStartDay(year: number): number {
  return toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
}

/** Whether a residential area's figure says no member and nobody was admitted since its year. */
function withoutMember(view: PlaceView, place: Place, figure: PlaceFigure | null): boolean {
  if (figure?.partyMembers !== 0) return false;
  const first = firstAdmissionFrom(view, place.id, yearStartDay(figure.year));
  return first === null || first > view.toDay;
}

/** The day of the place's first member in the period, and the year of the figure it follows. */
function firstMember(view: PlaceView, place: Place): { day: number; year: number } | null {
  const figures = figuresOf(view, place.id);
  for (let at = 0; at < figures.length; at += 1) {
    const figure = figures[at] as PlaceFigure;
    if (figure.partyMembers !== 0 || figure.year > view.toYear) continue;
    const day = firstAdmissionFrom(view, place.id, yearStartDay(figure.year));
    if (day === null || day > view.toDay) continue;
    // The figure must be the latest one at or before the admission's year.
    const admittedYear = Number(fromDayNumber(day).slice(0, 4));
    const next = figures[at + 1];
    if (next !== undefined && next.year <= admittedYear) continue;
    if (day >= view.fromDay) return { day, year: figure.year };
  }
  return null;
}

function residentialFigures(view: PlaceView, places: readonly Place[]): ResidentialFigures {
  const organisation = { own: 0, shared: 0, none: 0, unknown: 0 };
  let noFigures = 0;
  const without: ResidentialFigures['withoutMember'] = [];
  const first: ResidentialFigures['firstMembers'] = [];
  for (const place of places) {
    const figure = figureUsed(view, place.id);
    if (!figure) noFigures += 1;
    organisation[organisationOf(figure)] += 1;
    const ref = {
      placeId: place.id,
      name: place.name,
      unitId: place.unitId,
      communeId: communeOf(place.unitId, view.unitsById),
    };
    if (figure && withoutMember(view, place, figure)) without.push({ ...ref, year: figure.year });
    const found = firstMember(view, place);
    if (found) {
      first.push({ ...ref, admittedOn: fromDayNumber(found.day), sinceYear: found.year });
    }
  }
  const communeName = (id: string | null) => (id ? (view.unitsById.get(id)?.name ?? '') : '');
  without.sort(
    (a, b) => collator.compare(communeName(a.communeId), communeName(b.communeId)) || byName(a, b),
  );
  first.sort((a, b) => a.admittedOn.localeCompare(b.admittedOn) || byName(a, b));
  const total = places.length;
  const shares = Object.fromEntries(
    ORGANISATION_KEYS.map((key) => [key, share(organisation[key], total)]),
  ) as Record<OrganisationKey, Share>;
  return { total, noFigures, organisation: shares, withoutMember: without, firstMembers: first };
}

function schoolFigures(view: PlaceView, places: readonly Place[]): SchoolFigures {
  let noFigures = 0;
  const rows: SchoolRow[] = places.map((place) => {
    const figure = figureUsed(view, place.id);
    if (!figure) noFigures += 1;
    const grade12Students = figure?.grade12Students ?? null;
    const admitted = countInPeriod(view, place.id, 'admittedOn');
    return {
      placeId: place.id,
      name: place.name,
      unitId: place.unitId,
      grade12Students,
      sourced: countInPeriod(view, place.id, 'sourcedOn'),
      certified: countInPeriod(view, place.id, 'awarenessCertOn'),
      admitted,
      perThousand: perThousand(admitted, grade12Students ?? 0),
    };
  });
  rows.sort(byName);
  const sum = (pick: (row: SchoolRow) => number) => rows.reduce((s, row) => s + pick(row), 0);
  const grade12Students = sum((row) => row.grade12Students ?? 0);
  const admitted = sum((row) => row.admitted);
  return {
    total: rows.length,
    noFigures,
    grade12Students,
    sourced: sum((row) => row.sourced),
    certified: sum((row) => row.certified),
    admitted,
    perThousand: perThousand(admitted, grade12Students),
    withoutAdmission: rows.filter((row) => row.admitted === 0).length,
    rows,
  };
}

/** The running counts of a group of enterprises, turned into EnterpriseGroup at the end. */
interface GroupTally {
  count: number;
  own: number;
  shared: number;
  none: number;
  unknown: number;
  tradeUnion: number;
  workers: number;
  partyMembers: number;
}

function emptyTally(): GroupTally {
  return {
    count: 0,
    own: 0,
    shared: 0,
    none: 0,
    unknown: 0,
    tradeUnion: 0,
    workers: 0,
    partyMembers: 0,
  };
}

function addToTally(tally: GroupTally, figure: PlaceFigure | null): void {
  tally.count += 1;
  tally[organisationOf(figure)] += 1;
  if (figure?.tradeUnion === true) tally.tradeUnion += 1;
  tally.workers += figure?.workers ?? 0;
  tally.partyMembers += figure?.partyMembers ?? 0;
}

function groupOf(tally: GroupTally): EnterpriseGroup {
  return {
    count: tally.count,
    withOrganisation: share(tally.own + tally.shared, tally.count),
    withOwn: share(tally.own, tally.count),
    withoutOrganisation: share(tally.none, tally.count),
    unknownOrganisation: tally.unknown,
    withTradeUnion: share(tally.tradeUnion, tally.count),
    workers: tally.workers,
    partyMembers: tally.partyMembers,
    membersPerThousand: perThousand(tally.partyMembers, tally.workers),
  };
}

export function sizeBandOf(workers: number | null | undefined): SizeBand {
  if (workers === null || workers === undefined) return 'unknown';
  if (workers < 10) return 'under10';
  if (workers < 50) return 'from10to49';
  if (workers < 200) return 'from50to199';
  return 'from200';
}

function enterpriseFigures(view: PlaceView, places: readonly Place[]): EnterpriseFigures {
  const all = emptyTally();
  const bySector = new Map(SECTOR_KEYS.map((key) => [key, emptyTally()]));
  const bySize = new Map(SIZE_BANDS.map((key) => [key, emptyTally()]));
  const admitted = { total: 0, worker: 0, manager: 0, other: 0 };
  const without: LargeEnterprise[] = [];
  let noFigures = 0;
  for (const place of places) {
    const figure = figureUsed(view, place.id);
    if (!figure) noFigures += 1;
    const sector = place.enterpriseSector ?? 'unknown';
    for (const tally of [all, bySector.get(sector), bySize.get(sizeBandOf(figure?.workers))]) {
      if (tally) addToTally(tally, figure);
    }
    const split = admittedByClass(view, place.id);
    admitted.total += split.total;
    admitted.worker += split.worker;
    admitted.manager += split.manager;
    admitted.other += split.other;
    if (figure?.partyOrganisation === 'none') {
      without.push({
        placeId: place.id,
        name: place.name,
        unitId: place.unitId,
        sector,
        workers: figure.workers ?? null,
      });
    }
  }
  without.sort((a, b) => {
    if (a.workers === null || b.workers === null) {
      return a.workers === b.workers ? byName(a, b) : a.workers === null ? 1 : -1;
    }
    return b.workers - a.workers || byName(a, b);
  });
  const groups = <K extends string>(keys: readonly K[], tallies: Map<K, GroupTally>) =>
    Object.fromEntries(
      keys.map((key) => [key, groupOf(tallies.get(key) ?? emptyTally())]),
    ) as Record<K, EnterpriseGroup>;
  return {
    all: groupOf(all),
    noFigures,
    bySector: groups(SECTOR_KEYS, bySector),
    bySize: groups(SIZE_BANDS, bySize),
    admitted,
    largestWithout: without.slice(0, LARGEST_LISTED),
  };
}

/** The per-unit rows: each direct child of the view, then the unit itself if it holds places. */
function unitRows(
  view: PlaceView,
  residential: ResidentialFigures,
  schools: SchoolFigures,
): PlaceUnitRow[] {
  interface Tally {
    residential: number;
    own: number;
    without: number;
    schools: number;
    grade12: number;
    admitted: number;
    enterprises: number;
    withOrganisation: number;
  }
  const tallies = new Map<string, Tally>();
  const tallyOf = (unitId: string): Tally => {
    const group = view.scope.groupOf.get(unitId) ?? view.scope.rootUnitId;
    let tally = tallies.get(group);
    if (!tally) {
      tally = {
        residential: 0,
        own: 0,
        without: 0,
        schools: 0,
        grade12: 0,
        admitted: 0,
        enterprises: 0,
        withOrganisation: 0,
      };
      tallies.set(group, tally);
    }
    return tally;
  };
  const withoutIds = new Set(residential.withoutMember.map((item) => item.placeId));
  const schoolRows = new Map(schools.rows.map((row) => [row.placeId, row]));
  for (const place of view.counted) {
    const tally = tallyOf(place.unitId);
    const organisation = figureUsed(view, place.id)?.partyOrganisation ?? null;
    if (place.kind === 'residential') {
      tally.residential += 1;
      if (organisation === 'own') tally.own += 1;
      if (withoutIds.has(place.id)) tally.without += 1;
    } else if (place.kind === 'school') {
      const row = schoolRows.get(place.id);
      tally.schools += 1;
      tally.grade12 += row?.grade12Students ?? 0;
      tally.admitted += row?.admitted ?? 0;
    } else {
      tally.enterprises += 1;
      if (organisation === 'own' || organisation === 'shared') tally.withOrganisation += 1;
    }
  }
  const order = [...view.scope.childIds, view.scope.rootUnitId];
  return order
    .filter((unitId) => tallies.has(unitId) || unitId !== view.scope.rootUnitId)
    .map((unitId) => {
      const tally = tallies.get(unitId);
      return {
        unitId,
        residential: tally?.residential ?? 0,
        residentialOwn: share(tally?.own ?? 0, tally?.residential ?? 0),
        residentialWithoutMember: tally?.without ?? 0,
        schools: tally?.schools ?? 0,
        grade12Students: tally?.grade12 ?? 0,
        schoolAdmitted: tally?.admitted ?? 0,
        schoolPerThousand: perThousand(tally?.admitted ?? 0, tally?.grade12 ?? 0),
        enterprises: tally?.enterprises ?? 0,
        enterprisesWithOrganisation: share(tally?.withOrganisation ?? 0, tally?.enterprises ?? 0),
      };
    });
}

/** Every figure of the places for a unit's subtree and a period (see the definitions above). */
export function computePlaceFigures(
  prepared: PreparedPlaces,
  units: readonly Unit[],
  options: { rootUnitId: string; period: Period },
): PlaceFigures {
  const view = placeView(prepared, units, options.rootUnitId, options.period);
  const ofKind = (kind: Place['kind']) => view.counted.filter((place) => place.kind === kind);
  const residential = residentialFigures(view, ofKind('residential'));
  const schools = schoolFigures(view, ofKind('school'));
  const enterprises = enterpriseFigures(view, ofKind('enterprise'));
  return {
    rootUnitId: options.rootUnitId,
    period: options.period,
    places: view.counted.length,
    residential,
    schools,
    enterprises,
    perUnit: unitRows(view, residential, schools),
  };
}
