// The demo province's unit tree, as after the 2025 reorganisation: the province, its open upper
// units (communes and wards, some in the mountains, and with enough of them the provincial
// agencies, the armed forces and the enterprises), one or two former district committees closed
// and merged into a commune, and under each the grassroots units and cells where people are
// developed. Each upper unit comes with its plan: its leaves, its size and its minority share.
import type { UnitSector } from '@/domain/code-lists';
import type { Unit } from '@/domain/entities';
import { MOUNTAIN_PLACES, PLACE_FIRST, PLACE_SECOND } from './names';
import { CLOSED_ON, pad, REORGANISED_ON, TERM_END_YEAR, type ProvinceContext } from './options';
import type { Draw } from './random';
import { buildSubtree, type UnitFactory, type UpperKind } from './subtree';

export interface UpperPlan {
  unit: Unit;
  /** Share of ethnic minorities among its people. */
  minorityRate: number;
  kind: UpperKind;
  /** Leaf units (cells and chi bộ cơ sở) where people are developed. */
  leaves: Unit[];
  /** Relative size of the unit (people drawn to it). */
  weight: number;
  /** For a closed upper unit: its successor's plan. */
  successor?: UpperPlan;
}

export interface ProvinceTree {
  units: Unit[];
  /** The open upper units' plans, then the closed ones'. */
  plans: UpperPlan[];
}

/** Minority shares: 5% in the lowlands; the province as a whole about 18% (its report's). */
const LOWLAND_MINORITY = 0.05;
const PROVINCE_MINORITY = 0.18;
/** Marks a mountain commune until the shares are set. */
const MOUNTAIN = 1;

function placeNames(draw: Draw, count: number): string[] {
  const all: string[] = [];
  for (const first of PLACE_FIRST) {
    for (const second of PLACE_SECOND) if (first !== second) all.push(`${first} ${second}`);
  }
  // Fisher–Yates with the seeded stream: distinct names in a seed-dependent order.
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(draw.next() * (i + 1));
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  const names = all.slice(0, count);
  for (let i = names.length; i < count; i += 1) names.push(`${all[i % all.length]} ${i}`);
  return names;
}

function unitFactory(draw: Draw, stamp: string, units: Unit[]): UnitFactory {
  return {
    add(fields) {
      const unit: Unit = {
        id: draw.uuid(),
        updatedAt: stamp,
        sector: null,
        openedOn: null,
        closedOn: null,
        successorId: null,
        ...fields,
      };
      units.push(unit);
      return unit;
    },
  };
}

const UPPER_NAMES: Partial<Record<UpperKind, string>> = {
  agency: 'Đảng bộ các cơ quan Đảng và chính quyền tỉnh',
  armed: 'Đảng bộ Quân sự tỉnh',
  enterprise: 'Đảng bộ Khối doanh nghiệp tỉnh',
};
const UPPER_SECTORS: Record<UpperKind, UnitSector> = {
  agency: 'state_agency',
  armed: 'armed_forces',
  enterprise: 'other',
  commune: 'commune',
  ward: 'ward',
};
const SPECIAL_KINDS: readonly UpperKind[] = ['agency', 'armed', 'enterprise'];

interface TreeBuilder {
  draw: Draw;
  factory: UnitFactory;
  root: Unit;
  upperCount: number;
  leavesPerUpper: number;
  places: string[];
}

function openUppers(builder: TreeBuilder): UpperPlan[] {
  const { draw, factory, root, upperCount, places } = builder;
  const uppers: UpperPlan[] = [];
  let mountainNames = 0;
  for (let i = 0; i < upperCount; i += 1) {
    const kind: UpperKind =
      upperCount >= 8 && i < SPECIAL_KINDS.length
        ? (SPECIAL_KINDS[i] as UpperKind)
        : i % 3 === 2
          ? 'ward'
          : 'commune';
    // Some communes lie in the mountains, where many people belong to a minority.
    const mountain = kind === 'commune' && (i % 4 === 1 || i % 4 === 3 || upperCount < 5);
    const place =
      (mountain ? MOUNTAIN_PLACES[mountainNames++] : undefined) ?? (places[i] as string);
    const unit = factory.add({
      code: `DB${pad(i + 1)}`,
      name: UPPER_NAMES[kind] ?? `Đảng bộ ${kind === 'ward' ? 'phường' : 'xã'} ${place}`,
      kind: 'upper',
      parentId: root.id,
      sector: UPPER_SECTORS[kind],
      openedOn: kind === 'commune' || kind === 'ward' ? REORGANISED_ON : null,
    });
    const plan: UpperPlan = {
      unit,
      kind,
      minorityRate: mountain ? MOUNTAIN : 0,
      leaves: [],
      weight: 0.6 + draw.next() * 0.8,
    };
    plan.leaves = buildSubtree(draw, factory, unit, kind, builder.leavesPerUpper, place, null);
    uppers.push(plan);
  }
  return uppers;
}

/**
 * One or two former district committees, closed by the 2025 reorganisation and merged into a
 * commune: their history (admissions before the merger) counts under the successor today.
 */
function closedUppers(
  builder: TreeBuilder,
  units: readonly Unit[],
  uppers: readonly UpperPlan[],
  closedCount: number,
): UpperPlan[] {
  const { draw, factory, root, upperCount, places } = builder;
  const closed: UpperPlan[] = [];
  const communes = uppers.filter((plan) => plan.kind === 'commune' || plan.kind === 'ward');
  for (let i = 0; i < closedCount && communes.length > 0; i += 1) {
    const successor = communes[i % communes.length] as UpperPlan;
    const place = places[upperCount + i] as string;
    const unit = factory.add({
      code: `H${pad(i + 1)}`,
      name: `Đảng bộ huyện ${place}`,
      kind: 'upper',
      parentId: root.id,
      sector: 'other',
      closedOn: CLOSED_ON,
      successorId: successor.unit.id,
    });
    const cells = Math.max(2, Math.round(builder.leavesPerUpper / 2));
    const leaves = buildSubtree(draw, factory, unit, 'commune', cells, place, CLOSED_ON);
    // Each closed grassroots unit or cell merged into a leaf of the successor.
    for (const leaf of leaves) leaf.successorId = draw.pick(successor.leaves).id;
    for (const child of units) {
      if (child.parentId === unit.id && child.kind === 'grassroots_committee') {
        child.successorId = successor.unit.id;
      }
    }
    closed.push({
      unit,
      kind: 'commune',
      minorityRate: successor.minorityRate,
      leaves,
      weight: successor.weight * 0.5,
      successor,
    });
  }
  return closed;
}

/** The mountain communes' share, chosen so the province comes to its report's, whatever the sizes. */
function setMinorityRates(plans: readonly UpperPlan[]): void {
  let mountainWeight = 0;
  let totalWeight = 0;
  for (const plan of plans) {
    totalWeight += plan.weight;
    if (plan.minorityRate === MOUNTAIN) mountainWeight += plan.weight;
  }
  const mountainRate =
    mountainWeight > 0
      ? Math.min(
          0.95,
          (PROVINCE_MINORITY * totalWeight - LOWLAND_MINORITY * (totalWeight - mountainWeight)) /
            mountainWeight,
        )
      : LOWLAND_MINORITY;
  for (const plan of plans) {
    plan.minorityRate = plan.minorityRate === MOUNTAIN ? mountainRate : LOWLAND_MINORITY;
  }
}

/** The tree, drawn from `draw` alone: the same stream gives the same tree, ids included. */
export function buildTree(context: ProvinceContext, draw: Draw): ProvinceTree {
  const { options, peopleCount } = context;
  const units: Unit[] = [];
  const factory = unitFactory(draw, context.stamp, units);
  const root = factory.add({
    code: 'TU',
    name: 'Đảng bộ tỉnh Sơn Hà (dữ liệu mẫu)',
    kind: 'province',
    parentId: null,
  });
  const upperCount = Math.max(
    options.closedUnits === 0 ? 1 : 2,
    options.units ?? Math.min(40, Math.max(4, Math.round(Math.sqrt(peopleCount) / 20))),
  );
  // About 120 people per leaf unit: enough cells to look like a province, few enough aggregate
  // rows for the dashboard to read quickly.
  const leavesPerUpper = Math.max(
    2,
    Math.round(peopleCount / (options.peoplePerLeaf ?? 120) / upperCount),
  );
  const places = placeNames(draw, upperCount + 2);
  const builder: TreeBuilder = { draw, factory, root, upperCount, leavesPerUpper, places };
  const uppers = openUppers(builder);
  const canClose = context.today > REORGANISED_ON && context.fromYear <= TERM_END_YEAR;
  const closedCount = canClose ? (options.closedUnits ?? (upperCount >= 6 ? 2 : 1)) : 0;
  const plans = [...uppers, ...closedUppers(builder, units, uppers, closedCount)];
  setMinorityRates(plans);
  return { units, plans };
}
