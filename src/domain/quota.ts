// Admission quotas (chỉ tiêu kết nạp) against the admissions actually made, and the admission
// rate against the members counted at the start of a year. Pure: the screens only render these.
import type { AdmissionTally } from './admission-tally';
import type { Target, Unit } from './entities';
import { subtreeIdsOf } from './unit-tree';

export interface QuotaProgress {
  admitted: number;
  quota: number;
  /** admitted ÷ quota; null when the quota is 0 (a percentage of nothing means nothing). */
  ratio: number | null;
}

export function quotaProgress(target: Pick<Target, 'admissions'>, admitted: number): QuotaProgress {
  const quota = target.admissions;
  return { admitted, quota, ratio: quota > 0 ? admitted / quota : null };
}

export function spanContains(target: Pick<Target, 'fromYear' | 'toYear'>, year: number): boolean {
  return target.fromYear <= year && year <= target.toYear;
}

/**
 * A quota's progress: admissions in its span by people of its unit's subtree (a quota given to a
 * đảng bộ is met by admissions in its chi bộ).
 */
export function targetProgress(
  target: Pick<Target, 'unitId' | 'fromYear' | 'toYear' | 'admissions'>,
  units: readonly Pick<Unit, 'id' | 'parentId'>[],
  admissions: AdmissionTally,
): QuotaProgress {
  const unitIds = subtreeIdsOf(units, target.unitId);
  return quotaProgress(target, admissions.count(unitIds, target.fromYear, target.toYear));
}

export interface CurrentQuota extends QuotaProgress {
  /** The quotas summed: the home unit's own, or those of the highest units below it. */
  targets: Target[];
  /** The widest span of those quotas (equal to each one's span in the usual case). */
  fromYear: number;
  toYear: number;
  /** True when the home unit has no quota of its own and the figure sums its units' quotas. */
  summed: boolean;
}

/**
 * The quota that applies to `year` for the home unit: its own quota whose span contains the
 * year, or else the sum of the quotas of the units below it. Below, only the highest unit with a
 * quota on each branch counts, so that a đảng bộ's quota and its chi bộ's are not added twice.
 * Each quota's admissions are counted in its own span and subtree. Null when nothing applies.
 */
export function currentQuota(
  targets: readonly Target[],
  units: readonly Pick<Unit, 'id' | 'parentId'>[],
  admissions: AdmissionTally,
  homeUnitId: string,
  year: number,
): CurrentQuota | null {
  const applying = targets.filter((target) => spanContains(target, year));
  const own = applying.find((target) => target.unitId === homeUnitId);
  let chosen: Target[];
  if (own) {
    chosen = [own];
  } else {
    const subtree = subtreeIdsOf(units, homeUnitId);
    const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
    const withQuota = new Set(
      applying.filter((target) => subtree.has(target.unitId)).map((t) => t.unitId),
    );
    const hasQuotaAbove = (unitId: string): boolean => {
      const seen = new Set<string>();
      let parent = parentOf.get(unitId) ?? null;
      while (parent && parent !== homeUnitId && !seen.has(parent)) {
        if (withQuota.has(parent)) return true;
        seen.add(parent);
        parent = parentOf.get(parent) ?? null;
      }
      return false;
    };
    chosen = applying.filter(
      (target) => subtree.has(target.unitId) && !hasQuotaAbove(target.unitId),
    );
  }
  if (chosen.length === 0) return null;
  let quota = 0;
  let admitted = 0;
  for (const target of chosen) {
    const progress = targetProgress(target, units, admissions);
    quota += progress.quota;
    admitted += progress.admitted;
  }
  return {
    admitted,
    quota,
    ratio: quota > 0 ? admitted / quota : null,
    targets: chosen,
    fromYear: Math.min(...chosen.map((target) => target.fromYear)),
    toYear: Math.max(...chosen.map((target) => target.toYear)),
    summed: !own,
  };
}

/** Admissions in a year ÷ members at its start (the province aims at 3–4 %); null without members. */
export function admissionRate(admitted: number, membersAtStart: number): number | null {
  return membersAtStart > 0 ? admitted / membersAtStart : null;
}
