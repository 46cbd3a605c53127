import { describe, expect, it } from 'vitest';
import { MAX_AGE, MIN_AGE, eligibleFrom, eligibleUntil, isAgeEligible } from './eligibility';

describe('age at the chi bộ vote', () => {
  it('is 18 to 60 inclusive', () => {
    expect(MIN_AGE).toBe(18);
    expect(MAX_AGE).toBe(60);
  });

  it('starts on the 18th birthday', () => {
    expect(isAgeEligible('2008-05-10', '2026-05-09')).toBe(false);
    expect(isAgeEligible('2008-05-10', '2026-05-10')).toBe(true);
    expect(eligibleFrom('2008-05-10')).toBe('2026-05-10');
  });

  it('ends the day before the 61st birthday', () => {
    expect(isAgeEligible('1965-11-28', '2026-11-27')).toBe(true);
    expect(isAgeEligible('1965-11-28', '2026-11-28')).toBe(false);
    expect(eligibleUntil('1965-11-28')).toBe('2026-11-27');
    expect(eligibleUntil('1966-01-01')).toBe('2026-12-31');
  });

  it('handles a birth on 29/02', () => {
    // 18th birthday in a common year: 28/02.
    expect(eligibleFrom('2008-02-29')).toBe('2026-02-28');
    expect(isAgeEligible('2008-02-29', '2026-02-27')).toBe(false);
    expect(isAgeEligible('2008-02-29', '2026-02-28')).toBe(true);
    // 61st birthday of someone born 29/02/1968 is 28/02/2029.
    expect(eligibleUntil('1968-02-29')).toBe('2029-02-27');
    expect(isAgeEligible('1968-02-29', '2029-02-27')).toBe(true);
    expect(isAgeEligible('1968-02-29', '2029-02-28')).toBe(false);
  });

  it('agrees with eligibleFrom and eligibleUntil on their edges', () => {
    for (const birth of ['1970-01-31', '1984-12-31', '1996-02-29', '2000-03-01', '2007-07-15']) {
      expect(isAgeEligible(birth, eligibleFrom(birth)), birth).toBe(true);
      expect(isAgeEligible(birth, eligibleUntil(birth)), birth).toBe(true);
    }
  });
});
