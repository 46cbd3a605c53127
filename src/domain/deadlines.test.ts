import { describe, expect, it } from 'vitest';
import type { Milestones } from './entities';
import {
  DEADLINE_SPECS,
  deadlinesFor,
  explainDeadline,
  type Deadline,
  type DeadlineKind,
} from './deadlines';
import { ruleSetOn } from './rule-sets';

const person = (milestones: Partial<Milestones>) => ({ milestones });
const find = (list: Deadline[], kind: DeadlineKind) => {
  const deadline = list.find((item) => item.kind === kind);
  if (!deadline) throw new Error(`no ${kind} deadline`);
  return deadline;
};
const only = (milestones: Partial<Milestones>, today: string, kind: DeadlineKind) =>
  find(deadlinesFor(person(milestones), today), kind);

describe('DEADLINE_SPECS', () => {
  it('states the limits of the procedure, as the rule set in force says', () => {
    const rules = ruleSetOn('2026-11-28');
    const limit = (kind: DeadlineKind) => {
      const { amount, ...spec } = DEADLINE_SPECS[kind];
      return { ...spec, amount: amount(rules) };
    };
    expect(limit('decision')).toMatchObject({
      unit: 'workingDays',
      amount: 60,
      fromMilestone: 'cellResolutionOn',
      fulfilledBy: 'decisionOn',
    });
    expect(limit('ceremony')).toMatchObject({
      unit: 'workingDays',
      amount: 30,
      fromMilestone: 'decisionOn',
      fulfilledBy: 'admittedOn',
    });
    expect(limit('probationEnd')).toMatchObject({ unit: 'months', amount: 12, fulfilledBy: null });
    expect(limit('officialReview')).toMatchObject({
      unit: 'workingDays',
      amount: 30,
      fulfilledBy: 'officialOn',
    });
    expect(limit('certificateExpiry')).toMatchObject({
      unit: 'months',
      amount: 60,
      fromMilestone: 'awarenessCertOn',
      fulfilledBy: 'decisionOn',
    });
  });
});

describe('deadlinesFor', () => {
  it('has none before any starting milestone', () => {
    expect(deadlinesFor(person({}), '2026-11-28')).toEqual([]);
    expect(
      deadlinesFor(person({ sourcedOn: '2026-01-01', applicationOn: '2026-02-01' }), '2026-11-28'),
    ).toEqual([]);
  });

  it('shows each deadline once its starting milestone exists', () => {
    const kinds = (milestones: Partial<Milestones>) =>
      deadlinesFor(person(milestones), '2026-11-28').map((deadline) => deadline.kind);
    expect(kinds({ awarenessCertOn: '2025-06-01' })).toEqual(['certificateExpiry']);
    expect(kinds({ cellResolutionOn: '2026-10-01' })).toEqual(['decision']);
    expect(kinds({ cellResolutionOn: '2026-09-01', decisionOn: '2026-10-01' })).toEqual([
      'decision',
      'ceremony',
    ]);
    expect(
      kinds({ cellResolutionOn: '2026-06-01', decisionOn: '2026-07-01', admittedOn: '2026-08-01' }),
    ).toEqual(['decision', 'ceremony', 'probationEnd', 'officialReview']);
  });

  describe('decision: 60 working days from the chi bộ resolution', () => {
    // 12/01/2026 + 60 working days = 13/04/2026 (Tết counted out; see working-days.test.ts).
    const resolved = { cellResolutionOn: '2026-01-12' };

    it('is met on the last day and late the day after', () => {
      const met = only({ ...resolved, decisionOn: '2026-04-13' }, '2026-11-28', 'decision');
      expect(met).toMatchObject({
        from: '2026-01-12',
        due: '2026-04-13',
        fulfilledBy: 'decisionOn',
        fulfilledOn: '2026-04-13',
        status: 'met',
        fromMilestone: 'cellResolutionOn',
        rule: { unit: 'workingDays', amount: 60 },
      });
      expect(met.count?.skippedHolidays).toHaveLength(5);
      expect(only({ ...resolved, decisionOn: '2026-04-14' }, '2026-11-28', 'decision').status).toBe(
        'late',
      );
    });

    it('is upcoming, due soon (30 days or fewer), then overdue when not fulfilled', () => {
      const at = (today: string) => only(resolved, today, 'decision');
      expect(at('2026-03-13')).toMatchObject({ status: 'upcoming', daysLeft: 31 });
      expect(at('2026-03-14')).toMatchObject({ status: 'dueSoon', daysLeft: 30 });
      expect(at('2026-04-13')).toMatchObject({ status: 'dueSoon', daysLeft: 0 });
      expect(at('2026-04-14')).toMatchObject({
        status: 'overdue',
        daysLeft: -1,
        fulfilledOn: null,
      });
    });
  });

  it('ceremony: 30 working days from the decision', () => {
    const deadline = only(
      { cellResolutionOn: '2025-12-01', decisionOn: '2026-01-12' },
      '2026-02-01',
      'ceremony',
    );
    expect(deadline).toMatchObject({
      fromMilestone: 'decisionOn',
      from: '2026-01-12',
      due: '2026-03-02',
      status: 'dueSoon',
      daysLeft: 29,
      fulfilledBy: 'admittedOn',
    });
    const held = only(
      { cellResolutionOn: '2025-12-01', decisionOn: '2026-01-12', admittedOn: '2026-03-03' },
      '2026-11-28',
      'ceremony',
    );
    expect(held.status).toBe('late');
  });
});

describe('deadlinesFor after admission', () => {
  describe('probationEnd: 12 months after admission', () => {
    const admitted = {
      cellResolutionOn: '2023-12-01',
      decisionOn: '2024-01-15',
      admittedOn: '2024-02-29',
    };

    it('ends on 28/02 of the next year for an admission on 29/02', () => {
      const before = only(admitted, '2025-02-27', 'probationEnd');
      expect(before).toMatchObject({
        due: '2025-02-28',
        fulfilledBy: null,
        fulfilledOn: null,
        status: 'dueSoon',
        daysLeft: 1,
        rule: { unit: 'months', amount: 12 },
      });
      expect(before.count).toBeUndefined();
      expect(only(admitted, '2024-06-01', 'probationEnd').status).toBe('upcoming');
    });

    it('is met, on its own date, once the day arrives', () => {
      expect(only(admitted, '2025-02-28', 'probationEnd')).toMatchObject({
        status: 'met',
        fulfilledOn: '2025-02-28',
        daysLeft: 0,
      });
      expect(only(admitted, '2026-11-28', 'probationEnd').status).toBe('met');
    });
  });

  describe('officialReview: 30 working days after the 12 months', () => {
    // Admitted 17/08/2025: probation ends Monday 17/08/2026; + 30 working days, Quốc khánh
    // counted out, = 30/09/2026.
    const admitted = {
      cellResolutionOn: '2025-06-02',
      decisionOn: '2025-07-01',
      admittedOn: '2025-08-17',
    };

    it('counts from the end of probation', () => {
      expect(only(admitted, '2026-09-10', 'officialReview')).toMatchObject({
        fromMilestone: 'admittedOn',
        from: '2026-08-17',
        due: '2026-09-30',
        status: 'dueSoon',
        fulfilledBy: 'officialOn',
      });
      expect(only(admitted, '2026-01-10', 'officialReview').status).toBe('upcoming');
      expect(only(admitted, '2026-10-01', 'officialReview').status).toBe('overdue');
    });

    it('is met or late by the official date', () => {
      expect(
        only({ ...admitted, officialOn: '2026-08-17' }, '2026-11-28', 'officialReview').status,
      ).toBe('met');
      expect(
        only({ ...admitted, officialOn: '2026-10-01' }, '2026-11-28', 'officialReview').status,
      ).toBe('late');
    });
  });
});

describe('deadlinesFor: the awareness certificate, and people who left', () => {
  describe('certificateExpiry: the certificate is valid 60 months, until the decision', () => {
    it('is met by a decision within 60 months, late after', () => {
      const cert = { awarenessCertOn: '2021-03-15', cellResolutionOn: '2026-01-05' };
      expect(
        only({ ...cert, decisionOn: '2026-03-15' }, '2026-11-28', 'certificateExpiry'),
      ).toMatchObject({
        due: '2026-03-15',
        status: 'met',
        fulfilledBy: 'decisionOn',
        rule: { unit: 'months', amount: 60 },
      });
      expect(
        only({ ...cert, decisionOn: '2026-03-16' }, '2026-11-28', 'certificateExpiry').status,
      ).toBe('late');
      expect(only(cert, '2026-03-16', 'certificateExpiry').status).toBe('overdue');
      expect(only(cert, '2026-02-20', 'certificateExpiry').status).toBe('dueSoon');
    });

    it('expires on 28/02 for a certificate dated 29/02', () => {
      expect(
        only({ awarenessCertOn: '2020-02-29' }, '2024-01-01', 'certificateExpiry'),
      ).toMatchObject({
        due: '2025-02-28',
        status: 'upcoming',
      });
    });
  });

  describe('people who left', () => {
    it('keeps nothing that was not fulfilled', () => {
      expect(
        deadlinesFor(
          person({
            awarenessCertOn: '2024-01-10',
            cellResolutionOn: '2026-01-12',
            removedOn: '2026-02-01',
          }),
          '2026-11-28',
        ),
      ).toEqual([]);
    });

    it('keeps the fulfilled steps of someone struck off during probation, and drops the rest', () => {
      const list = deadlinesFor(
        person({
          awarenessCertOn: '2024-01-10',
          cellResolutionOn: '2024-06-03',
          decisionOn: '2024-07-01',
          admittedOn: '2024-08-01',
          removedOn: '2025-03-01',
        }),
        '2026-11-28',
      );
      expect(list.map((deadline) => [deadline.kind, deadline.status])).toEqual([
        ['certificateExpiry', 'met'],
        ['decision', 'met'],
        ['ceremony', 'met'],
      ]);
    });

    it('keeps a probation that ended before the removal', () => {
      const list = deadlinesFor(
        person({
          cellResolutionOn: '2023-11-01',
          decisionOn: '2023-12-01',
          admittedOn: '2024-01-15',
          removedOn: '2025-03-01',
        }),
        '2026-11-28',
      );
      expect(find(list, 'probationEnd')).toMatchObject({
        status: 'met',
        fulfilledOn: '2025-01-15',
      });
      expect(list.some((deadline) => deadline.kind === 'officialReview')).toBe(false);
    });
  });
});

describe('explainDeadline', () => {
  // Shows which message was used with which values; the real wording is tested in
  // src/i18n/messages/pipeline.test.ts.
  const t = (key: string, params?: Record<string, string | number>) =>
    params
      ? `${key}(${Object.entries(params)
          .map(([name, value]) => `${name}=${value}`)
          .join(', ')})`
      : key;
  const formatDate = (iso: string) => iso.split('-').reverse().join('/');

  it('lists weekends and holidays of a working-day count, each holiday name once', () => {
    const deadline = only({ cellResolutionOn: '2026-01-12' }, '2026-02-01', 'decision');
    expect(explainDeadline(deadline, t, formatDate)).toBe(
      'pipeline.explain.workingDays(amount=60, fromLabel=pipeline.explain.from.decision, ' +
        'from=12/01/2026, due=13/04/2026, ' +
        'skipped=pipeline.explain.skipBoth(weekends=26, holidays=5, ' +
        'list=pipeline.explain.holidayMany(name=pipeline.holiday.tet, count=5, first=16/02/2026, last=20/02/2026)), ' +
        'makeUp=) pipeline.explain.ruleSet(rule=294-QĐ/TW)',
    );
  });

  it('separates holidays of different names, and names a compensatory day as such', () => {
    // Friday 24/04/2026 + 5: 27/04 nghỉ bù Giỗ Tổ, 30/04 and 01/05 → Wednesday 06/05.
    const deadline = only(
      { cellResolutionOn: '2026-03-01', decisionOn: '2026-04-24' },
      '2026-04-25',
      'ceremony',
    );
    const text = explainDeadline(deadline, t, formatDate);
    expect(text).toContain(
      'list=pipeline.explain.holidayOne(name=pipeline.holiday.compensatory(name=pipeline.holiday.hungKings), date=27/04/2026)' +
        'pipeline.explain.listSeparator' +
        'pipeline.explain.holidayOne(name=pipeline.holiday.reunification, date=30/04/2026)',
    );
  });

  it('says so when only weekends were skipped', () => {
    const deadline = only(
      { cellResolutionOn: '2026-03-01', decisionOn: '2026-03-02' },
      '2026-03-03',
      'ceremony',
    );
    const text = explainDeadline(deadline, t, formatDate);
    expect(text).toContain('skipped=pipeline.explain.skipWeekends(weekends=12)');
    expect(text).toContain('makeUp=)');
  });

  it('mentions a make-up Saturday that was counted', () => {
    const deadline = only(
      { cellResolutionOn: '2025-12-01', decisionOn: '2026-01-05' },
      '2026-01-06',
      'ceremony',
    );
    expect(deadline.due).toBe('2026-02-13');
    expect(explainDeadline(deadline, t, formatDate)).toContain(
      'makeUp=pipeline.explain.makeUp(count=1, list=10/01/2026)',
    );
  });

  it('explains month and year rules, noting a clamped end of month', () => {
    const leap = only(
      { cellResolutionOn: '2023-12-01', decisionOn: '2024-01-15', admittedOn: '2024-02-29' },
      '2024-03-01',
      'probationEnd',
    );
    expect(explainDeadline(leap, t, formatDate)).toBe(
      'pipeline.explain.months(amount=12, fromLabel=pipeline.explain.from.probationEnd, ' +
        'from=29/02/2024, due=28/02/2025, clamped=pipeline.explain.clamped(day=29)) ' +
        'pipeline.explain.ruleSet(rule=24-QĐ/TW)',
    );
    // Before the first regulation in the table (30/07/2021): counted by it, and said so.
    const cert = only({ awarenessCertOn: '2021-03-15' }, '2024-01-01', 'certificateExpiry');
    expect(explainDeadline(cert, t, formatDate)).toBe(
      'pipeline.explain.validity(amount=60, fromLabel=pipeline.explain.from.certificateExpiry, ' +
        'from=15/03/2021, due=15/03/2026, clamped=) pipeline.explain.ruleSetBefore(rule=24-QĐ/TW)',
    );
  });
});
