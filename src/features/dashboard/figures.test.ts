import { describe, expect, it } from 'vitest';
import { STAT_COLUMNS, type StatColumn } from '@/domain/admission-stats';
import type { QuotaFigure, RateFigure, UnitRow } from '@/domain/indicator-types';
import {
  defaultGranularity,
  headlineQuota,
  headlineRate,
  ratioOf,
  seriesLabel,
  sortUnitRows,
  withoutEmptyTail,
  type ShareRow,
} from './figures';

const t = (key: string, params?: Record<string, string | number>) =>
  `${key}:${JSON.stringify(params)}`;

function row(unitId: string, admitted: number, quotaRatio: number | null, overdue = 0): UnitRow {
  const structure = Object.fromEntries(STAT_COLUMNS.map((c) => [c, 0])) as Record<
    StatColumn,
    number
  >;
  structure.female = admitted;
  const quota: QuotaFigure | null =
    quotaRatio === null
      ? null
      : {
          unitId,
          fromYear: 2023,
          toYear: 2025,
          quota: 100,
          source: 'own',
          admitted: quotaRatio * 100,
          ratio: quotaRatio,
        };
  return { unitId, admitted, structure, quota, overdue, candidates: 0 };
}

describe('seriesLabel', () => {
  it('labels months, quarters and years', () => {
    expect(seriesLabel('2026-03', t)).toBe('03/2026');
    expect(seriesLabel('2026-Q2', t)).toBe(
      'dashboard.series.quarterLabel:{"quarter":"II","year":"2026"}',
    );
    expect(seriesLabel('2026', t)).toBe('2026');
  });
});

describe('defaultGranularity', () => {
  it('keeps a chart to a readable number of bars', () => {
    expect(defaultGranularity('2026-01-01', '2026-12-31')).toBe('monthly');
    expect(defaultGranularity('2025-01-01', '2026-12-31')).toBe('monthly');
    expect(defaultGranularity('2020-01-01', '2025-12-31')).toBe('quarterly');
    expect(defaultGranularity('2010-01-01', '2025-12-31')).toBe('yearly');
  });
});

describe('headlines', () => {
  it('takes the latest year with a member count', () => {
    const rates: RateFigure[] = [
      { year: 2025, membersAtStart: 1000, admitted: 30, ratio: 0.03 },
      { year: 2026, membersAtStart: null, admitted: 5, ratio: null },
    ];
    expect(headlineRate(rates)?.year).toBe(2025);
    expect(headlineRate([])).toBeNull();
    expect(headlineRate([rates[1]!])?.year).toBe(2026);
  });

  it('takes the quota span holding the end of the period', () => {
    const spans = [
      { fromYear: 2023, toYear: 2025 },
      { fromYear: 2026, toYear: 2026 },
    ];
    expect(headlineQuota(spans, '2025-12-31')).toBe(spans[0]);
    expect(headlineQuota(spans, '2026-06-30')).toBe(spans[1]);
    expect(headlineQuota(spans, '2027-06-30')).toBe(spans[1]);
    expect(headlineQuota([], '2026-06-30')).toBeNull();
  });
});

describe('sortUnitRows', () => {
  const names: Record<string, string> = { a: 'Xã An', b: 'Xã Bình', c: 'Xã Châu' };
  const rows = [row('a', 5, 0.5, 2), row('b', 9, null, 0), row('c', 1, 0.9, 7)];
  const order = (sorted: UnitRow[]) => sorted.map((r) => r.unitId);

  it('sorts by a count both ways', () => {
    const nameOf = (id: string) => names[id]!;
    expect(
      order(sortUnitRows(rows, { column: 'admitted', direction: 'descending' }, nameOf)),
    ).toEqual(['b', 'a', 'c']);
    expect(
      order(sortUnitRows(rows, { column: 'overdue', direction: 'ascending' }, nameOf)),
    ).toEqual(['b', 'a', 'c']);
  });

  it('puts units without a figure last in either direction', () => {
    const nameOf = (id: string) => names[id]!;
    expect(
      order(sortUnitRows(rows, { column: 'quotaRatio', direction: 'descending' }, nameOf)),
    ).toEqual(['c', 'a', 'b']);
    expect(
      order(sortUnitRows(rows, { column: 'quotaRatio', direction: 'ascending' }, nameOf)),
    ).toEqual(['a', 'c', 'b']);
  });

  it('sorts by name in Vietnamese order', () => {
    const nameOf = (id: string) => ({ a: 'Đông', b: 'Dương', c: 'Ân' })[id]!;
    expect(order(sortUnitRows(rows, { column: 'name', direction: 'ascending' }, nameOf))).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
});

describe('small helpers', () => {
  it('divides without dividing by zero', () => {
    expect(ratioOf(1, 4)).toBe(0.25);
    expect(ratioOf(0, 0)).toBeNull();
  });

  it('drops empty levels unless all are empty', () => {
    const share = (count: number) => ({ count, ratio: null });
    const rows: ShareRow[] = [
      { key: 'x', labelKey: 'dashboard.age.18to30', share: share(0) },
      { key: 'y', labelKey: 'dashboard.age.31to40', share: share(2) },
    ];
    expect(withoutEmptyTail(rows).map((r) => r.key)).toEqual(['y']);
    expect(withoutEmptyTail(rows, ['x']).map((r) => r.key)).toEqual(['x', 'y']);
    expect(withoutEmptyTail([rows[0]!]).map((r) => r.key)).toEqual(['x']);
  });
});
