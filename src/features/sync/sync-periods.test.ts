import { describe, expect, it } from 'vitest';
import { periodOptions } from './sync-periods';

describe('periodOptions', () => {
  it('starts with the current quarter, then the three before, then the years', () => {
    const options = periodOptions('2026-02-10');
    expect(options.map((option) => option.id)).toEqual([
      '2026-q1',
      '2025-q4',
      '2025-q3',
      '2025-q2',
      '2026',
      '2025',
    ]);
    expect(options[0]?.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(options[0]?.label.key).toBe('sync.board.period.currentQuarter');
    expect(options[1]?.period).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(options[1]?.label.params).toEqual({ quarter: 'IV', year: 2025 });
    expect(options[4]?.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('ends a quarter on its last day', () => {
    expect(periodOptions('2026-11-28')[0]?.period).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodOptions('2024-05-01')[0]?.period).toEqual({
      from: '2024-04-01',
      to: '2024-06-30',
    });
  });
});
