import { describe, expect, it } from 'vitest';
import type { Milestones } from './entities';
import { buildPerson, buildTarget, buildUnit } from '../../test/builders';
import {
  admissionBlock,
  admissionCell,
  admissionPairs,
  admissionVector,
  STAT_WIDTH,
  YEAR_CELLS,
} from './admission-stats';
import { tallyOfBlocks, tallyOfPeople } from './admission-tally';
import { admissionRate, currentQuota, quotaProgress, spanContains, targetProgress } from './quota';

const admitted = (unitId: string, admittedOn: string | null, extra: Partial<Milestones> = {}) =>
  buildPerson({ unitId, milestones: { admittedOn, ...extra } });

/** The stored form of the people's admissions, built as aggregates.ts builds it. */
function blocksOf(people: ReturnType<typeof buildPerson>[]) {
  const years = new Map<string, Map<number, Int32Array>>();
  for (const person of people) {
    const cell = admissionCell(person);
    const vector = admissionVector(person);
    if (!cell || !vector) continue;
    const unit = years.get(cell.unitId) ?? new Map<number, Int32Array>();
    years.set(cell.unitId, unit);
    const dense = unit.get(cell.year) ?? new Int32Array(YEAR_CELLS);
    unit.set(cell.year, dense);
    vector.forEach((value, column) => {
      const at = (cell.month - 1) * STAT_WIDTH + column;
      dense[at] = (dense[at] ?? 0) + value;
    });
  }
  const pairs = new Map([...years].map(([unitId, unit]) => [unitId, admissionPairs(unit)]));
  return [admissionBlock(pairs)];
}

describe('admission tallies', () => {
  const a = buildUnit();
  const b = buildUnit();
  const people = [
    admitted(a.id, '2022-12-31'),
    admitted(a.id, '2023-01-01'),
    admitted(a.id, '2024-06-15'),
    admitted(a.id, '2025-12-31'),
    admitted(a.id, '2026-01-01'),
    admitted(a.id, null),
    admitted(b.id, '2024-03-03'),
    // Struck off after admission: the admission still used the quota.
    admitted(a.id, '2024-05-01', { removedOn: '2024-09-01' }),
  ];

  const tallies = [
    ['people', tallyOfPeople(people)],
    ['stored blocks', tallyOfBlocks(blocksOf(people))],
  ] as const;

  it.each(tallies)(
    'counts, from the %s, the people of the units admitted within the span, both ends included',
    (_, tally) => {
      expect(tally.count(new Set([a.id]), 2023, 2025)).toBe(4);
      expect(tally.count(new Set([a.id, b.id]), 2023, 2025)).toBe(5);
      expect(tally.count(new Set([a.id]), 2026, 2026)).toBe(1);
      expect(tally.count(new Set([a.id]), 2022, 2022)).toBe(1);
    },
  );

  it.each(tallies)('counts, from the %s, nothing for units not named', (_, tally) => {
    expect(tally.count(new Set(), 2000, 2100)).toBe(0);
    expect(tally.count(new Set(['elsewhere']), 2000, 2100)).toBe(0);
  });

  it('counts no one never admitted', () => {
    const never = [admitted(a.id, null)];
    expect(tallyOfPeople(never).count(new Set([a.id]), 2000, 2100)).toBe(0);
    expect(tallyOfBlocks(blocksOf(never)).count(new Set([a.id]), 2000, 2100)).toBe(0);
  });
});

describe('quotaProgress', () => {
  it('gives the ratio of admissions to the quota', () => {
    expect(quotaProgress({ admissions: 125 }, 68)).toEqual({
      admitted: 68,
      quota: 125,
      ratio: 0.544,
    });
    expect(quotaProgress({ admissions: 10 }, 12).ratio).toBeCloseTo(1.2);
  });

  it('has no ratio for a quota of 0', () => {
    expect(quotaProgress({ admissions: 0 }, 3)).toEqual({ admitted: 3, quota: 0, ratio: null });
  });
});

describe('spanContains', () => {
  it('includes both ends', () => {
    const target = { fromYear: 2023, toYear: 2025 };
    expect([2022, 2023, 2024, 2025, 2026].map((year) => spanContains(target, year))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('targetProgress and currentQuota', () => {
  // Đảng bộ xã ─┬─ chi bộ 1 ── chi bộ 1a
  //             └─ chi bộ 2
  const commune = buildUnit({ kind: 'grassroots_committee' });
  const cell1 = buildUnit({ parentId: commune.id });
  const cell1a = buildUnit({ parentId: cell1.id, kind: 'cell' });
  const cell2 = buildUnit({ parentId: commune.id });
  const units = [commune, cell1, cell1a, cell2];
  const people = [
    admitted(commune.id, '2024-01-10'),
    admitted(cell1.id, '2023-05-01'),
    admitted(cell1a.id, '2025-07-07'),
    admitted(cell2.id, '2025-02-02'),
    admitted(cell2.id, '2026-02-02'),
  ];

  it("counts a quota's admissions in its unit's whole subtree", () => {
    const target = buildTarget({ unitId: cell1.id, fromYear: 2023, toYear: 2025, admissions: 4 });
    expect(targetProgress(target, units, tallyOfPeople(people))).toEqual({
      admitted: 2,
      quota: 4,
      ratio: 0.5,
    });
    const whole = buildTarget({ unitId: commune.id, admissions: 8 });
    expect(targetProgress(whole, units, tallyOfPeople(people)).admitted).toBe(4);
  });

  it("takes the home unit's own quota whose span contains the year", () => {
    const own = buildTarget({ unitId: commune.id, fromYear: 2023, toYear: 2025, admissions: 8 });
    const later = buildTarget({ unitId: commune.id, fromYear: 2026, toYear: 2030, admissions: 9 });
    const child = buildTarget({ unitId: cell2.id, fromYear: 2023, toYear: 2025, admissions: 3 });
    const result = currentQuota(
      [own, later, child],
      units,
      tallyOfPeople(people),
      commune.id,
      2024,
    );
    expect(result).toMatchObject({
      quota: 8,
      admitted: 4,
      ratio: 0.5,
      fromYear: 2023,
      toYear: 2025,
      summed: false,
    });
    expect(result?.targets).toEqual([own]);
    expect(
      currentQuota([own, later], units, tallyOfPeople(people), commune.id, 2026),
    ).toMatchObject({
      quota: 9,
      admitted: 1,
      fromYear: 2026,
      toYear: 2030,
    });
  });

  it('sums the highest quotas below when the home unit has none, never twice on a branch', () => {
    const t1 = buildTarget({ unitId: cell1.id, fromYear: 2023, toYear: 2025, admissions: 4 });
    const t1a = buildTarget({ unitId: cell1a.id, fromYear: 2025, toYear: 2025, admissions: 1 });
    const t2 = buildTarget({ unitId: cell2.id, fromYear: 2024, toYear: 2026, admissions: 2 });
    const result = currentQuota([t1, t1a, t2], units, tallyOfPeople(people), commune.id, 2025);
    expect(result).toMatchObject({
      quota: 6,
      // cell 1 (with 1a): 2023 and 2025; cell 2: 2025 and 2026
      admitted: 4,
      fromYear: 2023,
      toYear: 2026,
      summed: true,
    });
    expect(result?.targets.map((target) => target.id).sort()).toEqual([t1.id, t2.id].sort());
  });

  it('is null when no quota covers the year', () => {
    const old = buildTarget({ unitId: commune.id, fromYear: 2020, toYear: 2022 });
    expect(currentQuota([old], units, tallyOfPeople(people), commune.id, 2024)).toBeNull();
    expect(currentQuota([], units, tallyOfPeople(people), commune.id, 2024)).toBeNull();
  });

  it('ignores quotas of units outside the home subtree', () => {
    const other = buildUnit();
    const target = buildTarget({ unitId: other.id, fromYear: 2024, toYear: 2024 });
    expect(
      currentQuota([target], [...units, other], tallyOfPeople(people), commune.id, 2024),
    ).toBeNull();
  });

  it('has no ratio when the summed quota is 0', () => {
    const zero = buildTarget({ unitId: commune.id, fromYear: 2024, toYear: 2024, admissions: 0 });
    expect(currentQuota([zero], units, tallyOfPeople(people), commune.id, 2024)).toMatchObject({
      quota: 0,
      admitted: 1,
      ratio: null,
    });
  });
});

describe('admissionRate', () => {
  it('divides the admissions of a year by the members at its start', () => {
    expect(admissionRate(9, 250)).toBeCloseTo(0.036);
    expect(admissionRate(3, 0)).toBeNull();
  });
});
