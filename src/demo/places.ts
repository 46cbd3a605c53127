// The demo province's places, built with the tree (they are few: about one per 50 people): each
// commune's and ward's residential areas, owned by its party organisation (the upper unit and its
// grassroots committees of the same sector); one to three high schools per area, owned by a
// school's chi bộ where the tree has one; and enterprises, owned by their own party unit where the
// enterprises' committee has one, else by a commune of their area. A few hamlets were merged into
// a neighbour in 2025. Each place comes with its figures for the last five years (place-series.ts).
import type { EnterpriseSector } from '@/domain/code-lists';
import { yearOf } from '@/domain/dates';
import type { Place, Unit } from '@/domain/entities';
import { CLOSED_ON, REORGANISED_ON, TERM_END_YEAR, type ProvinceContext } from './options';
import {
  enterpriseName,
  hamletNames,
  hamletStyle,
  NameBook,
  schoolCode,
  schoolName,
  taxCode,
} from './place-names';
import {
  enterpriseSeries,
  residentialSeries,
  schoolSeries,
  type ResidentialPresence,
  type YearFigures,
} from './place-series';
import type { UpperPlan } from './province-tree';
import type { Draw } from './random';

/** A place with what the generator knows of it besides its record. */
export interface DemoPlace {
  place: Place;
  /** Its figures per year of `years` (oldest first); null while it was closed on 1 January. */
  figures: (YearFigures | null)[];
  /** The ids of its figures, per year (drawn with the place, so that they repeat). */
  figureIds: string[];
  /** How many people it draws (households, students, workers): its figures of the last year. */
  weight: number;
  /**
   * A hamlet without party members (candidates may come from it, no member does): for ever
   * (`awaited` null), or until its first member is admitted in the year `awaited`.
   */
  withoutMembers?: { awaited: number | null };
}

/** The places of one commune or ward (an open upper unit of kind commune or ward). */
export interface Area {
  plan: UpperPlan;
  /**
   * The units that answer for its hamlets: its grassroots committees of the commune or ward
   * sector, and the upper unit itself (for the people filed directly under it, or all of them).
   */
  communes: Unit[];
  hamlets: DemoPlace[];
  hamletsOf: Map<string, DemoPlace[]>;
  schools: DemoPlace[];
  enterprises: DemoPlace[];
}

export interface ProvincePlaces {
  years: number[];
  list: DemoPlace[];
  areas: Area[];
  /** Each plan's area: its own, its successor's when closed, the capital's for the others. */
  areaOf: Map<UpperPlan, Area>;
  /** Each open leaf's commune or ward (the unit that owns the hamlets its people live in). */
  communeOf: Map<string, string>;
  /** The schools and enterprises a leaf's own party unit owns (the leaf's or its parent's). */
  ownPlaces: Map<string, DemoPlace[]>;
  /** The enterprises of the enterprises' committee (none without one). */
  committeeEnterprises: DemoPlace[];
}

/** Figures kept: the last five years up to today. */
export const FIGURE_YEARS = 5;

const UNIT_ENTERPRISE_SECTOR: Partial<Record<NonNullable<Unit['sector']>, EnterpriseSector>> = {
  non_state_enterprise: 'non_state',
  fdi_enterprise: 'fdi',
  state_enterprise: 'state',
};

const isCommuneSector = (unit: Unit) => unit.sector === 'commune' || unit.sector === 'ward';
const areaName = (unit: Unit) => unit.name.replace(/^Đảng bộ (xã|phường) /, '');

interface Builder {
  context: ProvinceContext;
  draw: Draw;
  years: number[];
  names: NameBook;
  codes: Set<string>;
  list: DemoPlace[];
}

function addPlace(
  builder: Builder,
  fields: Pick<Place, 'unitId' | 'kind' | 'name'> &
    Partial<Pick<Place, 'code' | 'enterpriseSector'>>,
  figures: YearFigures[],
): DemoPlace {
  const { draw, context, years } = builder;
  const place: Place = {
    id: draw.uuid(),
    updatedAt: context.stamp,
    code: null,
    enterpriseSector: null,
    openedOn: null,
    closedOn: null,
    successorId: null,
    ...fields,
  };
  const figureIds = years.map(() => draw.uuid());
  const last = figures[figures.length - 1] as YearFigures;
  const demo: DemoPlace = { place, figures, figureIds, weight: Math.max(1, last.size) };
  builder.list.push(demo);
  return demo;
}

/** The residential areas of one commune-level unit, most with a chi bộ of their own. */
function addHamlets(builder: Builder, owner: Unit, area: Area, mountain: boolean): DemoPlace[] {
  const { draw, years } = builder;
  const urban = area.plan.kind === 'ward';
  // 6–20, most near 10.
  const count = 6 + Math.floor(draw.next() ** 2 * 15);
  const names = hamletNames(draw, hamletStyle(draw, urban, mountain), count);
  return names.map((name) => {
    const presence = draw.weighted<ResidentialPresence>([
      ['own', 98.2],
      ['shared', 1.5],
      ['none', 0.3],
    ]);
    const figures = residentialSeries(draw, years.length, presence, { urban, mountain });
    return addPlace(builder, { unitId: owner.id, kind: 'residential', name }, figures);
  });
}

/** Hamlets merged into a neighbour of the same unit on 30 June 2025; the neighbour's figures grow. */
function mergeHamlets(builder: Builder, hamlets: DemoPlace[]): void {
  const { draw, years, context } = builder;
  const canClose = context.today > REORGANISED_ON && context.fromYear <= TERM_END_YEAR;
  if (!canClose || hamlets.length < 8 || !draw.chance(0.35)) return;
  const closed = hamlets[hamlets.length - 1] as DemoPlace;
  const successor = draw.pick(hamlets.slice(0, -1));
  closed.place.closedOn = CLOSED_ON;
  closed.place.successorId = successor.place.id;
  years.forEach((year, k) => {
    if (`${year}-01-01` <= CLOSED_ON) return;
    const gone = closed.figures[k] as YearFigures;
    const kept = successor.figures[k] as YearFigures;
    successor.figures[k] = {
      ...kept,
      size: Math.min(600, kept.size + gone.size),
      partyMembers: Math.min(40, (kept.partyMembers ?? 0) + (gone.partyMembers ?? 0)),
    };
    closed.figures[k] = null;
  });
  successor.weight = (successor.figures[years.length - 1] as YearFigures).size;
}

/** High schools: 1–3 per area, those with a chi bộ of their own in the tree among them. */
function addSchools(builder: Builder, area: Area, mountain: boolean): void {
  const { draw, years, names } = builder;
  const name = areaName(area.plan.unit);
  const own = area.plan.leaves.filter(
    (leaf) => leaf.sector === 'school' && leaf.name.includes('Trung học phổ thông'),
  );
  const count = Math.max(
    own.length,
    draw.weighted([
      [1, 35],
      [2, 45],
      [3, 20],
    ] as const),
  );
  for (let n = 0; n < count; n += 1) {
    const owner = own[n];
    const school = addPlace(
      builder,
      {
        unitId: (owner ?? area.plan.unit).id,
        kind: 'school',
        name: owner ? names.claim(`Trường THPT ${name}`) : schoolName(draw, names, name, mountain),
        code: schoolCode(draw, builder.codes),
      },
      schoolSeries(draw, years.length),
    );
    area.schools.push(school);
  }
}

function addEnterprise(
  builder: Builder,
  owner: Unit,
  sector: EnterpriseSector,
  name: string,
  own: boolean,
): DemoPlace {
  const { draw, years, codes } = builder;
  return addPlace(
    builder,
    {
      unitId: owner.id,
      kind: 'enterprise',
      name,
      code: taxCode(draw, codes),
      enterpriseSector: sector,
    },
    enterpriseSeries(draw, years.length, sector, own),
  );
}

/** An area's enterprises: one of each sector at least, then 90% non-state, 5% FDI, 5% state. */
function addEnterprises(builder: Builder, area: Area, count: number): void {
  const { draw, names } = builder;
  const name = areaName(area.plan.unit);
  const forced: EnterpriseSector[] = ['non_state', 'fdi', 'state'];
  for (let n = 0; n < count; n += 1) {
    const sector =
      forced[n] ??
      draw.weighted<EnterpriseSector>([
        ['non_state', 90],
        ['fdi', 5],
        ['state', 5],
      ]);
    // Owned by the commune's or ward's party organisation, where it stands.
    const owner = area.plan.unit;
    const enterprise = addEnterprise(
      builder,
      owner,
      sector,
      enterpriseName(draw, names, sector, name),
      false,
    );
    area.enterprises.push(enterprise);
  }
}

/** Hamlets without party members (2%, at least 3), some awaiting their first member. */
function markZeroHamlets(builder: Builder, areas: readonly Area[], resident: Set<string>): void {
  const { draw, years } = builder;
  const candidates = areas.flatMap((area) =>
    [...area.hamletsOf].flatMap(([unitId, hamlets]) =>
      resident.has(unitId)
        ? hamlets.filter((hamlet, index) => index < hamlets.length - 1 && !hamlet.place.closedOn)
        : [],
    ),
  );
  const successors = new Set(builder.list.map((demo) => demo.place.successorId));
  const free = candidates.filter((demo) => !successors.has(demo.place.id));
  const count = Math.min(free.length, Math.max(3, Math.round(free.length * 0.02)));
  const lastYear = years[years.length - 1] as number;
  for (let n = 0; n < count; n += 1) {
    const [demo] = free.splice(draw.int(0, free.length - 1), 1) as [DemoPlace];
    demo.figures = residentialSeries(draw, years.length, 'zero', {
      urban: false,
      mountain: false,
    }).map((figures, k) => ({
      ...figures,
      size: (demo.figures[k] as YearFigures).size,
      // The first has no chi bộ at all (nor a shared one), so that a small demo shows one.
      partyOrganisation: n === 0 ? 'none' : figures.partyOrganisation,
    }));
    // The first stays so; the next two await a member this year and last year, a third of the
    // rest in a year of the five.
    const awaited =
      n === 0 ? null : n <= 2 ? lastYear - n + 1 : draw.chance(0.35) ? draw.pick(years) : null;
    demo.withoutMembers = { awaited };
  }
}

/** Each open leaf's commune or ward: its grassroots committee of that sector, or the upper unit. */
function communesOfLeaves(areas: readonly Area[]): Map<string, string> {
  const communeOf = new Map<string, string>();
  for (const area of areas) {
    const ids = new Set(area.communes.map((unit) => unit.id));
    for (const leaf of area.plan.leaves) {
      const parentId = leaf.parentId as string;
      communeOf.set(leaf.id, ids.has(parentId) ? parentId : area.plan.unit.id);
    }
  }
  return communeOf;
}

/** Enterprise counts per area: about one place per 50 people in all, at least 6 per area. */
function enterpriseCounts(context: ProvinceContext, areas: readonly Area[], placed: number) {
  const total = Math.max(6 * areas.length, Math.round(context.peopleCount / 50) - placed);
  const weight = areas.reduce((sum, area) => sum + area.plan.weight, 0);
  return areas.map((area) => Math.max(6, Math.round((total * area.plan.weight) / weight)));
}

/** The enterprises whose own party unit sits in the enterprises' committee. */
function addCommitteeEnterprises(
  builder: Builder,
  plan: UpperPlan | undefined,
  units: readonly Unit[],
  ownedBy: Map<string, DemoPlace[]>,
): DemoPlace[] {
  if (!plan) return [];
  const enterprises: DemoPlace[] = [];
  for (const unit of units) {
    const sector = unit.sector ? UNIT_ENTERPRISE_SECTOR[unit.sector] : undefined;
    if (unit.parentId !== plan.unit.id || !sector || unit.closedOn) continue;
    const name = builder.names.claim(unit.name.replace(/^(Chi bộ|Đảng bộ) /, ''));
    const enterprise = addEnterprise(builder, unit, sector, name, true);
    ownedBy.set(unit.id, [enterprise]);
    enterprises.push(enterprise);
  }
  return enterprises;
}

/** The province's places and their figures, drawn from `draw` alone after the tree. */
export function buildPlaces(
  context: ProvinceContext,
  units: readonly Unit[],
  plans: readonly UpperPlan[],
  draw: Draw,
): ProvincePlaces {
  const lastYear = yearOf(context.today);
  const years = Array.from({ length: FIGURE_YEARS }, (_, k) => lastYear - FIGURE_YEARS + 1 + k);
  const builder: Builder = {
    context,
    draw,
    years,
    names: new NameBook(),
    codes: new Set(),
    list: [],
  };
  const open = plans.filter((plan) => !plan.unit.closedOn);
  const committees = new Map<string, Unit[]>();
  for (const unit of units) {
    if (unit.kind !== 'grassroots_committee' || !isCommuneSector(unit) || unit.closedOn) continue;
    const list = committees.get(unit.parentId as string);
    if (list) list.push(unit);
    else committees.set(unit.parentId as string, [unit]);
  }
  const areas: Area[] = open
    .filter((plan) => plan.kind === 'commune' || plan.kind === 'ward')
    .map((plan) => ({
      plan,
      communes: [plan.unit, ...(committees.get(plan.unit.id) ?? [])],
      hamlets: [],
      hamletsOf: new Map(),
      schools: [],
      enterprises: [],
    }));
  const ownedBy = new Map<string, DemoPlace[]>();
  for (const area of areas) {
    const mountain = area.plan.minorityRate > 0.1;
    // The upper unit answers for the hamlets outside its grassroots committees: those of the
    // people filed directly under it (its chi bộ cơ sở), or all when it has no committee.
    const direct = area.plan.leaves.some((leaf) => leaf.parentId === area.plan.unit.id);
    if (!direct && area.communes.length > 1) area.communes.shift();
    for (const commune of area.communes) {
      const hamlets = addHamlets(builder, commune, area, mountain);
      mergeHamlets(builder, hamlets);
      area.hamletsOf.set(commune.id, hamlets);
      area.hamlets.push(...hamlets);
    }
  }
  for (const area of areas) {
    addSchools(builder, area, area.plan.minorityRate > 0.1);
    for (const school of area.schools) {
      if (school.place.unitId !== area.plan.unit.id) ownedBy.set(school.place.unitId, [school]);
    }
  }
  const enterprisePlan = open.find((plan) => plan.kind === 'enterprise');
  const committeeEnterprises = addCommitteeEnterprises(builder, enterprisePlan, units, ownedBy);
  const counts = enterpriseCounts(context, areas, builder.list.length);
  areas.forEach((area, index) => addEnterprises(builder, area, counts[index] as number));
  const communeOf = communesOfLeaves(areas);
  markZeroHamlets(builder, areas, new Set(communeOf.values()));

  const areaOf = new Map<UpperPlan, Area>();
  const home = areas.find((area) => area.plan.kind === 'ward') ?? areas[0];
  for (const area of areas) areaOf.set(area.plan, area);
  for (const plan of plans) {
    const area = areaOf.get(plan.successor ?? plan) ?? home;
    if (area && !areaOf.has(plan)) areaOf.set(plan, area);
  }
  const ownPlaces = new Map<string, DemoPlace[]>();
  for (const plan of open) {
    for (const leaf of plan.leaves) {
      const own = [...(ownedBy.get(leaf.id) ?? []), ...(ownedBy.get(leaf.parentId ?? '') ?? [])];
      if (own.length > 0) ownPlaces.set(leaf.id, own);
    }
  }
  return { years, list: builder.list, areas, areaOf, communeOf, ownPlaces, committeeEnterprises };
}
