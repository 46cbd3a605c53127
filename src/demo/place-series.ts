// The yearly figures of one demo place over the last five years, drawn once with the place and
// changing slowly from year to year: a hamlet's households and party members, a school's grade-12
// students, an enterprise's workers, party members, party organisation and trade union. Shares
// come near the province's report: most hamlets with their own chi bộ, about 2% of non-state
// enterprises with a party organisation (more of the large and the state ones, few FDI).
import type { EnterpriseSector, PartyOrganisation } from '@/domain/code-lists';
import type { Draw } from './random';

/** One year's figures of a place (what its PlaceFigure carries besides its kind's nulls). */
export interface YearFigures {
  /** Households (residential), grade-12 students (school) or workers (enterprise). */
  size: number;
  partyMembers: number | null;
  partyOrganisation: PartyOrganisation | null;
  tradeUnion: boolean | null;
}

/** A residential area's party presence, drawn once: most with a chi bộ of their own. */
export type ResidentialPresence = 'own' | 'shared' | 'none' | 'zero';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `years` values from `first`, each the one before changed by `step`. */
function walk(years: number, first: number, step: (value: number) => number): number[] {
  const values = [first];
  for (let k = 1; k < years; k += 1) values.push(step(values[k - 1] as number));
  return values;
}

/** The year index (1 … years − 1) a change happened in, or 0 (before the first year). */
const changedIn = (draw: Draw, years: number, p: number) =>
  years > 1 && draw.chance(p) ? draw.int(1, years - 1) : 0;

export function residentialSeries(
  draw: Draw,
  years: number,
  presence: ResidentialPresence,
  setting: { urban: boolean; mountain: boolean },
): YearFigures[] {
  const [low, high] = setting.urban ? [150, 600] : setting.mountain ? [80, 260] : [90, 450];
  const households = walk(years, draw.int(low, high), (value) =>
    clamp(Math.round(value * (1 + draw.next() * 0.03 - 0.005)), 80, 600),
  );
  let members: number[];
  let organisation: PartyOrganisation[];
  if (presence === 'own') {
    // A chi bộ needs three members; most hamlets have a dozen or two.
    const first = clamp(5 + Math.round(draw.next() ** 1.6 * 30), 5, 40);
    members = walk(years, first, (value) => clamp(value + draw.int(-1, 2), 3, 40));
    // A few set up their own chi bộ in the period, from a shared one, as their members grew.
    const since = changedIn(draw, years, 0.06);
    members = members.map((value, k) =>
      since === 0 ? value : k < since ? Math.min(value, 2) : Math.min(value, 3 + (k - since) * 2),
    );
    organisation = members.map((_, k) => (k < since ? 'shared' : 'own'));
  } else if (presence === 'shared') {
    members = walk(years, draw.int(1, 3), (value) =>
      clamp(value + (draw.chance(0.15) ? 1 : draw.chance(0.1) ? -1 : 0), 1, 4),
    );
    organisation = members.map(() => 'shared');
  } else if (presence === 'none') {
    members = walk(years, draw.int(1, 2), (value) => value);
    organisation = members.map(() => 'none');
  } else {
    members = households.map(() => 0);
    const zeroOrganisation: PartyOrganisation = draw.chance(0.35) ? 'shared' : 'none';
    organisation = members.map(() => zeroOrganisation);
  }
  return households.map((size, k) => ({
    size,
    partyMembers: members[k] as number,
    partyOrganisation: organisation[k] as PartyOrganisation,
    tradeUnion: null,
  }));
}

export function schoolSeries(draw: Draw, years: number): YearFigures[] {
  const students = walk(years, draw.int(150, 700), (value) =>
    clamp(Math.round(value * (1 + draw.next() * 0.12 - 0.06)), 150, 700),
  );
  return students.map((size) => ({
    size,
    partyMembers: null,
    partyOrganisation: null,
    tradeUnion: null,
  }));
}

/** Workers by sector: most non-state enterprises are micro, FDI and state ones larger. */
const WORKER_BANDS: Record<
  EnterpriseSector,
  readonly (readonly [readonly [number, number], number])[]
> = {
  non_state: [
    [[1, 9], 72],
    [[10, 49], 19],
    [[50, 199], 6.3],
    [[200, 999], 2.2],
    [[1_000, 5_000], 0.5],
  ],
  fdi: [
    [[10, 49], 15],
    [[50, 199], 30],
    [[200, 999], 35],
    [[1_000, 8_000], 20],
  ],
  state: [
    [[10, 49], 20],
    [[50, 199], 45],
    [[200, 999], 30],
    [[1_000, 3_000], 5],
  ],
};

/** A party organisation, own or shared, by sector and size (before the own/shared split). */
function organisationChance(sector: EnterpriseSector, workers: number): number {
  if (sector === 'state') return workers >= 200 ? 0.92 : 0.72;
  if (sector === 'fdi') return workers >= 1_000 ? 0.25 : workers >= 200 ? 0.08 : 0.02;
  if (workers >= 1_000) return 0.6;
  if (workers >= 200) return 0.3;
  if (workers >= 50) return 0.08;
  return workers >= 10 ? 0.015 : 0.003;
}

function tradeUnionChance(sector: EnterpriseSector, workers: number): number {
  if (sector === 'state') return workers >= 10 ? 0.95 : 0.5;
  if (workers >= 200) return 0.95;
  if (workers >= 50) return 0.8;
  return workers >= 10 ? 0.25 : 0.02;
}

/**
 * An enterprise's figures. `own`: it has a party unit in the tree (large, with its own party
 * organisation and a trade union every year).
 */
export function enterpriseSeries(
  draw: Draw,
  years: number,
  sector: EnterpriseSector,
  own: boolean,
): YearFigures[] {
  const [low, high] = own
    ? draw.weighted<readonly [number, number]>([
        [[200, 999], 60],
        [[1_000, 4_000], 40],
      ])
    : draw.weighted(WORKER_BANDS[sector]);
  // Log-uniform within the band: sizes skewed towards its low end.
  const first = Math.round(low * (high / low) ** draw.next());
  const workers = walk(years, first, (value) =>
    value < 10
      ? clamp(value + draw.int(-1, 1), 1, 9)
      : Math.max(10, Math.round(value * Math.exp(draw.next() * 0.22 - 0.1))),
  );
  const size = workers[0] as number;
  let organisation: PartyOrganisation = 'none';
  if (own) organisation = 'own';
  else if (draw.chance(organisationChance(sector, size))) {
    const ownChance = sector === 'state' ? 0.9 : size >= 50 ? 0.8 : 0.5;
    organisation = draw.chance(ownChance) ? 'own' : 'shared';
  }
  // A few set up their party organisation or trade union in the period.
  const organisedIn = own ? 0 : changedIn(draw, years, organisation === 'none' ? 0 : 0.12);
  const union = own || draw.chance(tradeUnionChance(sector, size));
  const unionIn = own ? 0 : changedIn(draw, years, union ? 0.1 : 0);
  const rate = sector === 'state' ? 0.04 + draw.next() * 0.11 : 0.01 + draw.next() * 0.03;
  const shared = draw.int(1, 4);
  const stray = draw.chance(0.15) ? draw.int(1, 2) : 0;
  const membersOf = (kind: PartyOrganisation, count: number) =>
    kind === 'own'
      ? Math.max(3, Math.round(count * rate))
      : kind === 'shared'
        ? Math.min(shared, count)
        : Math.min(stray, count);
  return workers.map((count, k) => {
    const yearOrganisation = k < organisedIn ? 'none' : organisation;
    // Before their organisation, its members were already there, fewer, in a residential chi bộ.
    const partyMembers =
      k < organisedIn
        ? Math.max(Math.min(stray, count), Math.round(membersOf(organisation, count) * 0.6))
        : membersOf(organisation, count);
    return {
      size: count,
      partyMembers,
      partyOrganisation: yearOrganisation,
      tradeUnion: union && k >= unionIn,
    };
  });
}
