import { describe, expect, it } from 'vitest';
import { eligibleFrom, eligibleUntil, isAgeEligible } from './eligibility';

describe('age at the chi bộ vote, counted in months', () => {
  it('starts in the month of the 18th birthday, whatever the day', () => {
    expect(isAgeEligible('2008-05-10', '2026-04-30')).toBe(false);
    expect(isAgeEligible('2008-05-10', '2026-05-01')).toBe(true);
    expect(isAgeEligible('2008-05-10', '2026-05-09')).toBe(true);
    expect(eligibleFrom('2008-05-10')).toBe('2026-05-01');
  });

  it('ends with the month of the 60th birthday', () => {
    expect(isAgeEligible('1966-11-28', '2026-11-30')).toBe(true);
    expect(isAgeEligible('1966-11-28', '2026-12-01')).toBe(false);
    expect(eligibleUntil('1966-11-28')).toBe('2026-11-30');
    expect(eligibleUntil('1966-12-31')).toBe('2026-12-31');
  });

  it('handles a birth on 29/02 like any day of February', () => {
    expect(eligibleFrom('2008-02-29')).toBe('2026-02-01');
    expect(isAgeEligible('2008-02-29', '2026-01-31')).toBe(false);
    expect(isAgeEligible('2008-02-29', '2026-02-01')).toBe(true);
    expect(eligibleUntil('1968-02-29')).toBe('2028-02-29');
    expect(isAgeEligible('1968-02-29', '2028-02-29')).toBe(true);
    expect(isAgeEligible('1968-02-29', '2028-03-01')).toBe(false);
  });

  it('agrees with eligibleFrom and eligibleUntil on their edges', () => {
    for (const birth of ['1970-01-31', '1984-12-31', '1996-02-29', '2000-03-01', '2007-07-15']) {
      expect(isAgeEligible(birth, eligibleFrom(birth)), birth).toBe(true);
      expect(isAgeEligible(birth, eligibleUntil(birth)), birth).toBe(true);
    }
  });
});
