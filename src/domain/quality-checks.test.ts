import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import { fromDayNumber, toDayNumber } from './dates';
import { duplicateNameKey, pairKey } from './duplicate-pairs';
import {
  QUALITY_CHECKS,
  QUALITY_CHECK_IDS,
  attendanceImpossible,
  classOverfull,
  duplicatePairs,
  futureMilestoneDay,
  memberCountFindings,
  officialDueDay,
  personFindings,
  placeClosedPersonFinding,
  placeFigureClosedFinding,
  timedFindings,
} from './quality-checks';

const admitted = {
  sourcedOn: '2023-01-10',
  awarenessCertOn: '2023-03-01',
  applicationOn: '2023-05-01',
  cellResolutionOn: '2023-09-01',
  decisionOn: '2023-10-01',
  admittedOn: '2023-10-20',
};

describe('the catalogue of checks', () => {
  it('gives every check a distinct stable code, a severity and a subject', () => {
    const codes = QUALITY_CHECK_IDS.map((id) => QUALITY_CHECKS[id].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const id of QUALITY_CHECK_IDS) expect(QUALITY_CHECKS[id].id).toBe(id);
    expect(QUALITY_CHECKS.duplicateNationalId).toMatchObject({ code: 'KT01', severity: 'error' });
  });
});

describe('the checks of one person', () => {
  it('finds nothing in a clean, complete record', () => {
    expect(personFindings(buildPerson({ milestones: admitted, decisionNo: '12-QĐ/ĐU' }))).toEqual(
      [],
    );
  });

  it('reports milestones out of order, a step without the one it needs, and a date before birth', () => {
    const person = buildPerson({
      decisionNo: '1',
      milestones: { ...admitted, decisionOn: '2023-11-01', officialOn: '2024-01-01' },
    });
    expect(personFindings(person)).toEqual(
      expect.arrayContaining([
        { check: 'milestoneOrder', detail: ['before', 'admittedOn', 'decisionOn'] },
        { check: 'milestoneOrder', detail: ['probation', 'officialOn', '2024-10-20'] },
      ]),
    );
    const missing = buildPerson({ milestones: { decisionOn: '2024-01-01' } });
    expect(personFindings(missing)).toEqual([
      { check: 'milestoneOrder', detail: ['missing', 'decisionOn', 'cellResolutionOn'] },
    ]);
    const early = buildPerson({ birthDate: '2000-05-10', milestones: { sourcedOn: '1999-01-01' } });
    expect(personFindings(early)).toEqual([
      { check: 'milestoneOrder', detail: ['beforeBirth', 'sourcedOn', '2000-05-10'] },
    ]);
  });

  it('reports an age at the vote under 18 or over 60, counted in months', () => {
    const young = buildPerson({
      birthDate: '2008-04-15',
      milestones: { cellResolutionOn: '2026-03-31' },
    });
    expect(personFindings(young)).toEqual([
      { check: 'ageAtVote', detail: ['under', '215', '2026-03-31'] },
    ]);
    // 18 from the first day of the birthday's month.
    expect(
      personFindings(
        buildPerson({ birthDate: '2008-04-15', milestones: { cellResolutionOn: '2026-04-01' } }),
      ),
    ).toEqual([]);
    const old = buildPerson({
      birthDate: '1965-01-20',
      milestones: { cellResolutionOn: '2025-02-01' },
    });
    expect(personFindings(old)).toEqual([
      { check: 'ageAtVote', detail: ['over', '721', '2025-02-01'] },
    ]);
  });

  it('reports a certificate older than its validity at the vote', () => {
    const person = buildPerson({
      milestones: { awarenessCertOn: '2020-01-10', cellResolutionOn: '2025-01-11' },
    });
    expect(personFindings(person)).toEqual([
      { check: 'certificateExpired', detail: ['2020-01-10', '2025-01-10', '2025-01-11'] },
    ]);
    const valid = buildPerson({
      milestones: { awarenessCertOn: '2020-01-10', cellResolutionOn: '2025-01-10' },
    });
    expect(personFindings(valid)).toEqual([]);
  });

  it('reports an admission without the decision date or number', () => {
    const noNumber = buildPerson({ milestones: admitted, decisionNo: null });
    expect(personFindings(noNumber)).toEqual([
      { check: 'admittedWithoutDecision', detail: ['number'] },
    ]);
    const neither = buildPerson({
      milestones: { ...admitted, decisionOn: null },
      decisionNo: null,
    });
    expect(personFindings(neither)).toEqual([
      { check: 'admittedWithoutDecision', detail: ['both'] },
    ]);
  });
});

describe('the checks that depend on the day', () => {
  it('keeps the latest milestone when it was in the future on the day the record was written', () => {
    const person = buildPerson({
      updatedAt: '2026-03-01T08:00:00.000Z',
      milestones: { sourcedOn: '2026-02-01', awarenessCertOn: '2026-09-01' },
    });
    const day = futureMilestoneDay(person);
    expect(day).toBe(toDayNumber('2026-09-01'));
    const found = (today: string) =>
      timedFindings({ futureDay: day, officialDue: null }, today, fromDayNumber);
    expect(found('2026-03-02')).toEqual([{ check: 'milestoneFuture', detail: ['2026-09-01'] }]);
    expect(found('2026-09-01')).toEqual([]);
    expect(futureMilestoneDay(buildPerson({ milestones: { sourcedOn: '2025-01-01' } }))).toBeNull();
  });

  it('finds a probation past the official-recognition deadline by the alert of the home page', () => {
    const person = buildPerson({ milestones: admitted });
    const due = officialDueDay(person);
    // 12 months from 20/10/2023, then 30 working days.
    expect(fromDayNumber(due ?? 0)).toBe('2024-11-29');
    const found = (today: string) =>
      timedFindings({ futureDay: null, officialDue: due }, today, fromDayNumber);
    expect(found('2024-11-29')).toEqual([]);
    expect(found('2024-11-30')).toEqual([{ check: 'officialOverdue', detail: ['2024-11-29'] }]);
    expect(
      officialDueDay(buildPerson({ milestones: { ...admitted, officialOn: '2024-11-01' } })),
    ).toBeNull();
    expect(
      officialDueDay(buildPerson({ milestones: { ...admitted, removedOn: '2024-02-01' } })),
    ).toBeNull();
  });
});

describe('the checks of classes', () => {
  const klass = { startOn: '2026-03-02', endOn: '2026-03-06' };

  it('refuses the awareness class to someone admitted before it began', () => {
    expect(attendanceImpossible('awareness', klass, '2026-03-01')).toBe(true);
    expect(attendanceImpossible('awareness', klass, '2026-03-02')).toBe(false);
    expect(attendanceImpossible('awareness', klass, null)).toBe(false);
  });

  it('refuses the new-members class to someone not admitted by its end', () => {
    expect(attendanceImpossible('newMember', klass, null)).toBe(true);
    expect(attendanceImpossible('newMember', klass, '2026-03-07')).toBe(true);
    expect(attendanceImpossible('newMember', klass, '2026-03-06')).toBe(false);
  });

  it('reports a class named by more people than its attendee count', () => {
    expect(classOverfull(41, 40)).toEqual({ check: 'classOverfull', detail: ['41', '40'] });
    expect(classOverfull(40, 40)).toBeNull();
  });
});

describe('the member counts behind the admission rate', () => {
  it('reports a year of admissions with no count on the unit or above it', () => {
    const counts = new Set(['province|2025']);
    const found = memberCountFindings(
      new Map([
        ['cell', [2025, 2026]],
        ['other', [2026]],
      ]),
      (unitId, year) => counts.has(`${unitId}|${year}`),
      (unitId) => (unitId === 'cell' ? ['province'] : []),
    );
    expect(found).toEqual([
      { unitId: 'cell', finding: { check: 'memberCountMissing', detail: ['2026'] } },
      { unitId: 'other', finding: { check: 'memberCountMissing', detail: ['2026'] } },
    ]);
  });
});

describe('the checks of places', () => {
  it('reports a figure for a year after the place closed, and people dated after it', () => {
    const closed = { closedOn: '2025-06-30' };
    expect(placeFigureClosedFinding(closed, 2025)).toBeNull();
    expect(placeFigureClosedFinding(closed, 2026)).toEqual({
      check: 'placeFigureClosed',
      detail: ['2026', '2025-06-30'],
    });
    expect(placeFigureClosedFinding({ closedOn: null }, 2030)).toBeNull();
    expect(placeClosedPersonFinding(closed, 2)).toEqual({
      check: 'placeClosedPerson',
      detail: ['2', '2025-06-30'],
    });
    expect(placeClosedPersonFinding(closed, 0)).toBeNull();
  });
});

describe('duplicates', () => {
  it('folds names for the key and orders the pair key', () => {
    expect(duplicateNameKey('Nguyễn  Văn  AN', '2000-01-01')).toBe(
      duplicateNameKey('nguyen van an', '2000-01-01'),
    );
    expect(duplicateNameKey('Đào Thị Bé', '2000-01-01')).toBe('dao thi be|2000-01-01');
    expect(pairKey('b', 'a')).toBe('a|b');
    expect(pairKey('a', 'b')).toBe('a|b');
  });

  it('reports a pair once (by CCCD before name) and skips pairs marked not the same', () => {
    const name = duplicateNameKey('Nguyễn Văn An', '2000-05-10');
    const pairs = duplicatePairs([
      { id: 'p1', nameKey: name, nationalKey: '001200000001' },
      { id: 'p2', nameKey: name, nationalKey: '001200000001' },
      { id: 'p3', nameKey: name, nationalKey: null },
      { id: 'p4', nameKey: 'other|2000-01-01', nationalKey: null },
    ]);
    expect(pairs.map((pair) => [pair.check, pair.key])).toEqual([
      ['duplicateNationalId', 'p1|p2'],
      ['duplicateNameBirth', 'p1|p3'],
      ['duplicateNameBirth', 'p2|p3'],
    ]);
    const kept = duplicatePairs(
      [
        { id: 'p1', nameKey: name, nationalKey: null },
        { id: 'p3', nameKey: name, nationalKey: null },
      ],
      new Set([pairKey('p3', 'p1')]),
    );
    expect(kept).toEqual([]);
  });
});
