import { describe, expect, it } from 'vitest';
import { addMonths, addYears, fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { deadlinesFor, type DeadlineKind } from './deadlines';
import { RULE_SETS, ageInMonths, ruleSetOn, type RuleSet } from './rule-sets';
import { addWorkingDays } from './working-days';

const due = (
  kind: DeadlineKind,
  milestones: Parameters<typeof deadlinesFor>[0]['milestones'],
  sets?: readonly RuleSet[],
) => deadlinesFor({ milestones }, '2027-01-01', sets).find((item) => item.kind === kind);

describe('the table of rule sets', () => {
  it('is in date order, each set named once, with every limit', () => {
    const days = RULE_SETS.map((set) => set.inForceFrom);
    expect([...days].sort()).toEqual(days);
    expect(new Set(RULE_SETS.map((set) => set.id)).size).toBe(RULE_SETS.length);
    for (const set of RULE_SETS) {
      expect(set.documents.some((document) => document.number === set.id)).toBe(true);
      expect(set.minAgeMonths).toBe(216);
      expect(set.maxAgeMonths).toBe(720);
    }
  });

  it('gives the set in force on each side of 20/01/2025 and of 01/07/2025', () => {
    expect(ruleSetOn('2025-01-19').id).toBe('24-QĐ/TW');
    expect(ruleSetOn('2025-01-20').id).toBe('232-QĐ/TW');
    expect(ruleSetOn('2025-06-30').id).toBe('232-QĐ/TW');
    expect(ruleSetOn('2025-07-01').id).toBe('294-QĐ/TW');
    expect(ruleSetOn('2026-12-06')).toMatchObject({ id: '294-QĐ/TW', beforeTable: false });
    expect(ruleSetOn('2019-05-01')).toMatchObject({ id: '24-QĐ/TW', beforeTable: true });
  });
});

describe('a deadline is counted by the rules in force on the day its clock starts', () => {
  it('names the document on each side of 20/01/2025 and of 01/07/2025, with the right due date', () => {
    const decision = (resolution: IsoDate) => due('decision', { cellResolutionOn: resolution });
    expect(decision('2025-01-17')).toMatchObject({
      ruleSet: { id: '24-QĐ/TW' },
      due: addWorkingDays('2025-01-17', 60).due,
    });
    expect(decision('2025-01-20')).toMatchObject({
      ruleSet: { id: '232-QĐ/TW' },
      due: addWorkingDays('2025-01-20', 60).due,
    });
    expect(decision('2025-06-30')).toMatchObject({ ruleSet: { id: '232-QĐ/TW' } });
    expect(decision('2025-07-01')).toMatchObject({
      ruleSet: { id: '294-QĐ/TW' },
      due: addWorkingDays('2025-07-01', 60).due,
    });
  });

  it('counts the official review by the rules of the day the probation ends', () => {
    // Admitted under 24-QĐ/TW; the 12 months end under 294-QĐ/TW.
    const review = due('officialReview', { admittedOn: '2024-08-15' });
    expect(review).toMatchObject({ from: '2025-08-15', ruleSet: { id: '294-QĐ/TW' } });
    expect(due('probationEnd', { admittedOn: '2024-08-15' })?.ruleSet.id).toBe('24-QĐ/TW');
  });

  it('leaves every deadline of the dates already covered as the fixed limits counted them', () => {
    // The limits before the rules became data: 60 and 30 working days, 12 months, 5 years.
    let day = toDayNumber('2021-08-01');
    const last = toDayNumber('2026-12-31');
    for (; day <= last; day += 11) {
      const date = fromDayNumber(day);
      const milestones = {
        awarenessCertOn: date,
        cellResolutionOn: date,
        decisionOn: date,
        admittedOn: date,
      };
      const list = deadlinesFor({ milestones }, '2027-01-01');
      const of = (kind: DeadlineKind) => list.find((item) => item.kind === kind)?.due;
      expect(of('decision'), date).toBe(addWorkingDays(date, 60).due);
      expect(of('ceremony'), date).toBe(addWorkingDays(date, 30).due);
      expect(of('probationEnd'), date).toBe(addMonths(date, 12));
      expect(of('officialReview'), date).toBe(addWorkingDays(addMonths(date, 12), 30).due);
      expect(of('certificateExpiry'), date).toBe(addYears(date, 5));
    }
  });

  it('takes an amendment added as data from the day it takes effect, and not before', () => {
    const amendment: RuleSet = {
      ...(RULE_SETS[RULE_SETS.length - 1] as RuleSet),
      id: '999-QĐ/TW',
      inForceFrom: '2026-10-01',
      documents: [{ number: '999-QĐ/TW', kind: 'regulation', signedOn: '2026-09-01' }],
      decisionWorkingDays: 45,
    };
    const sets = [...RULE_SETS, amendment];
    expect(due('decision', { cellResolutionOn: '2026-09-30' }, sets)).toMatchObject({
      ruleSet: { id: '294-QĐ/TW' },
      rule: { amount: 60 },
    });
    expect(due('decision', { cellResolutionOn: '2026-10-01' }, sets)).toMatchObject({
      ruleSet: { id: '999-QĐ/TW' },
      rule: { amount: 45 },
      due: addWorkingDays('2026-10-01', 45).due,
    });
  });
});

describe('age in months', () => {
  it('counts calendar months, not days', () => {
    expect(ageInMonths('2008-03-31', '2026-03-01')).toBe(216);
    expect(ageInMonths('2008-03-01', '2026-02-28')).toBe(215);
    expect(ageInMonths('1966-06-15', '2026-06-01')).toBe(720);
  });
});
