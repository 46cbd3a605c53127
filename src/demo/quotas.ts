// The demo province's quotas and member counts per upper unit, from the admissions drawn: a
// 2020–2025 quota near what was admitted, a quota for each later year while the unit is open,
// and the members at the start of each year, of whom admissions are about 3–4%.
import { yearOf } from '@/domain/dates';
import type { MemberCount, Person, Target } from '@/domain/entities';
import { TERM_END_YEAR, type ProvinceContext } from './options';
import type { UpperPlan } from './province-tree';
import type { Draw } from './random';

/** Admissions by upper unit and year, counted as the people are drawn. */
export class AdmissionTally {
  private readonly counts = new Map<string, number>();

  /** Counts a person's admission under the upper unit they are filed under. */
  add(plan: UpperPlan, person: Person): void {
    const admittedOn = person.milestones.admittedOn;
    if (!admittedOn) return;
    const key = `${plan.unit.id}|${admittedOn.slice(0, 4)}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  of(plan: UpperPlan, year: number): number {
    return this.counts.get(`${plan.unit.id}|${year}`) ?? 0;
  }
}

function targetsOf(
  context: ProvinceContext,
  plan: UpperPlan,
  admitted: AdmissionTally,
  draw: Draw,
): Target[] {
  const { fromYear, toYear, stamp } = context;
  const targets: Target[] = [];
  const closedYear = plan.unit.closedOn ? yearOf(plan.unit.closedOn) : Infinity;
  const spanEnd = Math.min(TERM_END_YEAR, toYear);
  if (fromYear <= spanEnd) {
    let total = 0;
    for (let year = fromYear; year <= spanEnd; year += 1) total += admitted.of(plan, year);
    targets.push({
      id: draw.uuid(),
      updatedAt: stamp,
      unitId: plan.unit.id,
      fromYear,
      toYear: spanEnd,
      admissions: Math.max(1, Math.round(total * (0.85 + draw.next() * 0.35))),
      document: 'Công văn 861-CV/TU ngày 18/11/2022 (dữ liệu mẫu)',
    });
  }
  for (let year = Math.max(TERM_END_YEAR + 1, fromYear); year <= toYear; year += 1) {
    if (year > closedYear) continue;
    const lastYear = admitted.of(plan, year - 1) || admitted.of(plan, year);
    targets.push({
      id: draw.uuid(),
      updatedAt: stamp,
      unitId: plan.unit.id,
      fromYear: year,
      toYear: year,
      admissions: Math.max(1, Math.round(lastYear * (0.95 + draw.next() * 0.3))),
      document: `Kế hoạch phát triển đảng viên năm ${year} (dữ liệu mẫu)`,
    });
  }
  return targets;
}

function memberCountsOf(
  context: ProvinceContext,
  plan: UpperPlan,
  admitted: AdmissionTally,
  draw: Draw,
): MemberCount[] {
  const { fromYear, toYear, stamp } = context;
  const closedYear = plan.unit.closedOn ? yearOf(plan.unit.closedOn) : Infinity;
  const counts: MemberCount[] = [];
  let total = 0;
  for (let year = fromYear; year <= toYear && year <= closedYear; year += 1) {
    if (total === 0) {
      const annual = Math.max(1, admitted.of(plan, year) || admitted.of(plan, year + 1));
      total = Math.round(annual / (0.028 + draw.next() * 0.014));
    }
    counts.push({ id: draw.uuid(), updatedAt: stamp, unitId: plan.unit.id, year, total });
    total = total + admitted.of(plan, year) - Math.round(total * 0.015);
  }
  return counts;
}

/** Every upper unit's quotas and member counts, once every person is drawn. */
export function quotasAndCounts(
  context: ProvinceContext,
  plans: readonly UpperPlan[],
  admitted: AdmissionTally,
  draw: Draw,
): { targets: Target[]; memberCounts: MemberCount[] } {
  const targets: Target[] = [];
  const memberCounts: MemberCount[] = [];
  for (const plan of plans) {
    targets.push(...targetsOf(context, plan, admitted, draw));
    memberCounts.push(...memberCountsOf(context, plan, admitted, draw));
  }
  return { targets, memberCounts };
}
