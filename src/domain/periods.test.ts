import { describe, expect, it } from 'vitest';
import { quarterNumberOf, quarterOf, quarterPeriod, yearsPeriod } from './periods';

describe('periods', () => {
  it('spans whole years', () => {
    expect(yearsPeriod(2023, 2025)).toEqual({ from: '2023-01-01', to: '2025-12-31' });
  });

  it('gives each quarter its first and last day, February of a leap year included', () => {
    expect(quarterPeriod(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterPeriod(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterPeriod(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('finds the quarter of a day at both of its edges', () => {
    expect(quarterOf('2026-02-28')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterNumberOf('2026-03-31')).toBe(1);
    expect(quarterNumberOf('2026-04-01')).toBe(2);
    expect(quarterNumberOf('2026-12-31')).toBe(4);
  });
});
