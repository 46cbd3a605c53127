// The data checks of /quality: what a province must correct before it signs its figures. Each
// check has a stable code (in exported lists and in the units' correspondence), a severity, and
// its name and explanation in the messages (quality.check.<id>.*, vi and en). Every check is a
// pure function here; the store keeps what the per-person checks find (quality-stats.ts) so that
// the page never reads every person.
//
// These rules are stricter than the exchange contract on purpose (a valid file is never refused
// for them): they point at what a secretary should look at, not at what the app refuses.
import type { MilestoneKey } from './code-lists';
import { addMonths, toDayNumber, type IsoDate } from './dates';
import { deadlinesFor } from './deadlines';
import { pairKey } from './duplicate-pairs';
import { isAgeEligible } from './eligibility';
import type { Person } from './entities';
import { MILESTONE_CHAIN, MILESTONE_REQUIRES } from './milestone-chain';
import { ageInMonths, ruleSetOn } from './rule-sets';

export type QualitySeverity = 'error' | 'warning';
/** What a finding points at: the link of each row of the list. */
export type QualitySubject = 'person' | 'pair' | 'class' | 'unit' | 'place';

export interface QualityCheck {
  /** The key of its messages. */
  id: QualityCheckId;
  /** Stable across versions: a unit's correspondence may quote it. */
  code: string;
  severity: QualitySeverity;
  subject: QualitySubject;
}

export const QUALITY_CHECK_IDS = [
  'duplicateNationalId',
  'duplicateNameBirth',
  'milestoneOrder',
  'milestoneFuture',
  'ageAtVote',
  'certificateExpired',
  'admittedWithoutDecision',
  'officialOverdue',
  'classOverfull',
  'classImpossible',
  'memberCountMissing',
  'placeFigureClosed',
  'placeClosedPerson',
] as const;
export type QualityCheckId = (typeof QUALITY_CHECK_IDS)[number];

export const QUALITY_CHECKS: Record<QualityCheckId, QualityCheck> = {
  duplicateNationalId: {
    id: 'duplicateNationalId',
    code: 'KT01',
    severity: 'error',
    subject: 'pair',
  },
  duplicateNameBirth: {
    id: 'duplicateNameBirth',
    code: 'KT02',
    severity: 'warning',
    subject: 'pair',
  },
  milestoneOrder: { id: 'milestoneOrder', code: 'KT03', severity: 'error', subject: 'person' },
  milestoneFuture: { id: 'milestoneFuture', code: 'KT04', severity: 'error', subject: 'person' },
  ageAtVote: { id: 'ageAtVote', code: 'KT05', severity: 'error', subject: 'person' },
  certificateExpired: {
    id: 'certificateExpired',
    code: 'KT06',
    severity: 'error',
    subject: 'person',
  },
  admittedWithoutDecision: {
    id: 'admittedWithoutDecision',
    code: 'KT07',
    severity: 'error',
    subject: 'person',
  },
  officialOverdue: { id: 'officialOverdue', code: 'KT08', severity: 'warning', subject: 'person' },
  classOverfull: { id: 'classOverfull', code: 'KT09', severity: 'warning', subject: 'class' },
  classImpossible: { id: 'classImpossible', code: 'KT10', severity: 'error', subject: 'person' },
  memberCountMissing: {
    id: 'memberCountMissing',
    code: 'KT11',
    severity: 'warning',
    subject: 'unit',
  },
  placeFigureClosed: {
    id: 'placeFigureClosed',
    code: 'KT12',
    severity: 'warning',
    subject: 'place',
  },
  placeClosedPerson: {
    id: 'placeClosedPerson',
    code: 'KT13',
    severity: 'warning',
    subject: 'place',
  },
};

/**
 * One problem found. `detail` carries the reason's words as data (milestone keys, dates, counts),
 * which the page turns into a sentence (quality.reason.*): stored findings stay language-free.
 */
export interface Finding {
  check: QualityCheckId;
  detail: string[];
}

/** The checks of one person that depend on nothing but the record (stored with it). */
export type PersonForChecks = Pick<Person, 'birthDate' | 'milestones' | 'decisionNo'>;

/** Milestones out of order: each step against the nearest earlier step dated after it. */
export function milestoneOrderFindings(person: PersonForChecks): Finding[] {
  const m = person.milestones;
  const found: Finding[] = [];
  for (const [later, earlier] of Object.entries(MILESTONE_REQUIRES) as [
    MilestoneKey,
    MilestoneKey,
  ][]) {
    // A ceremony without a decision is its own check (admittedWithoutDecision).
    if (later === 'admittedOn') continue;
    if (m[later] && !m[earlier])
      found.push({ check: 'milestoneOrder', detail: ['missing', later, earlier] });
  }
  MILESTONE_CHAIN.forEach((key, index) => {
    const date = m[key];
    if (!date) return;
    if (date < person.birthDate) {
      found.push({ check: 'milestoneOrder', detail: ['beforeBirth', key, person.birthDate] });
      return;
    }
    for (let j = index - 1; j >= 0; j -= 1) {
      const earlier = MILESTONE_CHAIN[j] as MilestoneKey;
      const earlierDate = m[earlier];
      if (earlierDate && earlierDate > date) {
        found.push({ check: 'milestoneOrder', detail: ['before', key, earlier] });
        return;
      }
    }
  });
  if (m.admittedOn && m.officialOn) {
    const end = addMonths(m.admittedOn, ruleSetOn(m.admittedOn).probationMonths);
    if (m.officialOn >= m.admittedOn && m.officialOn < end)
      found.push({ check: 'milestoneOrder', detail: ['probation', 'officialOn', end] });
  }
  return found;
}

/** Under 18 or over 60 at the chi bộ vote, in months, by the rules of the vote's day. */
export function ageFindings(person: PersonForChecks): Finding[] {
  const vote = person.milestones.cellResolutionOn;
  if (!vote || vote < person.birthDate || isAgeEligible(person.birthDate, vote)) return [];
  const months = ageInMonths(person.birthDate, vote);
  const rules = ruleSetOn(vote);
  const side = months < rules.minAgeMonths ? 'under' : 'over';
  return [{ check: 'ageAtVote', detail: [side, String(months), vote] }];
}

/**
 * The awareness certificate older than its validity on the day of the chi bộ vote. The validity
 * is that of the rules in force on the vote's day: the vote is when the file is examined.
 */
export function certificateFindings(person: PersonForChecks): Finding[] {
  const { awarenessCertOn: cert, cellResolutionOn: vote } = person.milestones;
  if (!cert || !vote || vote < cert) return [];
  const validUntil = addMonths(cert, ruleSetOn(vote).certificateValidityMonths);
  return vote > validUntil
    ? [{ check: 'certificateExpired', detail: [cert, validUntil, vote] }]
    : [];
}

/** Admitted (ceremony dated) without the decision's date or number. */
export function decisionFindings(person: PersonForChecks): Finding[] {
  if (!person.milestones.admittedOn) return [];
  const noDate = !person.milestones.decisionOn;
  const noNumber = !person.decisionNo;
  if (!noDate && !noNumber) return [];
  return [
    {
      check: 'admittedWithoutDecision',
      detail: [noDate && noNumber ? 'both' : noDate ? 'date' : 'number'],
    },
  ];
}

/** Every check of a person that needs nothing but the record. */
export function personFindings(person: PersonForChecks): Finding[] {
  return [
    ...milestoneOrderFindings(person),
    ...ageFindings(person),
    ...certificateFindings(person),
    ...decisionFindings(person),
  ];
}

/**
 * The latest milestone's day when it lies after the day the record was written (it was in the
 * future then), else null. Whether it still is is asked at read time (milestoneFuture).
 */
export function futureMilestoneDay(
  person: Pick<Person, 'milestones' | 'updatedAt'>,
): number | null {
  let latest: string | null = null;
  for (const value of Object.values(person.milestones)) {
    if (value && (latest === null || value > latest)) latest = value;
  }
  if (latest === null) return null;
  const written = person.updatedAt.slice(0, 10);
  return latest > written ? toDayNumber(latest as IsoDate) : null;
}

/**
 * The day by which the chi bộ should have considered official membership, for someone on
 * probation with no decision yet (the home page's alert: deadlines.ts), else null.
 */
export function officialDueDay(person: Pick<Person, 'milestones'>): number | null {
  const admittedOn = person.milestones.admittedOn;
  if (!admittedOn || person.milestones.officialOn || person.milestones.removedOn) return null;
  const review = deadlinesFor(person, admittedOn).find(
    (deadline) => deadline.kind === 'officialReview',
  );
  return review && review.fulfilledOn === null ? toDayNumber(review.due) : null;
}

/** The read-time findings of stored days: a milestone still in the future, an overdue review. */
export function timedFindings(
  days: { futureDay: number | null; officialDue: number | null },
  today: IsoDate,
  fromDay: (day: number) => IsoDate,
): Finding[] {
  const todayNumber = toDayNumber(today);
  const found: Finding[] = [];
  if (days.futureDay !== null && days.futureDay > todayNumber)
    found.push({ check: 'milestoneFuture', detail: [fromDay(days.futureDay)] });
  if (days.officialDue !== null && days.officialDue < todayNumber)
    found.push({ check: 'officialOverdue', detail: [fromDay(days.officialDue)] });
  return found;
}

/**
 * Who may attend which class (Điều lệ Đảng; Quy định 294-QĐ/TW and Hướng dẫn 06-HD/TW):
 * - the awareness class (lớp bồi dưỡng nhận thức về Đảng) is a condition of admission: someone
 *   already admitted before the class began cannot have attended it as a candidate;
 * - the new-members class (lớp bồi dưỡng đảng viên mới) is held during probation: only someone
 *   admitted, and admitted by the end of the class, can have attended it.
 * Returns whether an attendee admitted on `admittedDay` (null: not admitted) fits the class.
 */
export function attendanceImpossible(
  kind: 'awareness' | 'newMember',
  klass: { startOn: IsoDate; endOn: IsoDate },
  admittedOn: IsoDate | null,
): boolean {
  if (kind === 'awareness') return admittedOn !== null && admittedOn < klass.startOn;
  return admittedOn === null || admittedOn > klass.endOn;
}

/** More people name a class than the attendee count it records. */
export function classOverfull(named: number, attendeeCount: number): Finding | null {
  return named > attendeeCount
    ? { check: 'classOverfull', detail: [String(named), String(attendeeCount)] }
    : null;
}

/**
 * The years a unit admitted people in with no member count at the start of the year on the unit
 * or above it: the admission rate (admissions ÷ members at the start of the year) cannot be
 * computed for them.
 */
export function memberCountFindings(
  admissionYears: ReadonlyMap<string, readonly number[]>,
  hasCount: (unitId: string, year: number) => boolean,
  ancestorsOf: (unitId: string) => readonly string[],
): { unitId: string; finding: Finding }[] {
  const found: { unitId: string; finding: Finding }[] = [];
  for (const [unitId, years] of admissionYears) {
    for (const year of years) {
      const covered = [unitId, ...ancestorsOf(unitId)].some((id) => hasCount(id, year));
      if (!covered)
        found.push({ unitId, finding: { check: 'memberCountMissing', detail: [String(year)] } });
    }
  }
  return found;
}

/** A place's figure for a year after the year the place closed. */
export function placeFigureClosedFinding(
  place: { closedOn?: IsoDate | null | undefined },
  year: number,
): Finding | null {
  if (!place.closedOn) return null;
  const closedYear = Number(place.closedOn.slice(0, 4));
  return year > closedYear
    ? { check: 'placeFigureClosed', detail: [String(year), place.closedOn] }
    : null;
}

/** People naming a closed place with a milestone after its closing (count from placeStats). */
export function placeClosedPersonFinding(
  place: { closedOn?: IsoDate | null | undefined },
  milestonesAfter: number,
): Finding | null {
  if (!place.closedOn || milestonesAfter === 0) return null;
  return { check: 'placeClosedPerson', detail: [String(milestonesAfter), place.closedOn] };
}

export interface DuplicateCandidate {
  id: string;
  /** duplicateNameKey(fullName, birthDate). */
  nameKey: string;
  /** The CCCD (or, under the app lock, its token), or null. */
  nationalKey: string | null;
}

export interface DuplicatePair {
  check: 'duplicateNationalId' | 'duplicateNameBirth';
  a: string;
  b: string;
  key: string;
}

/**
 * Every pair of people sharing a CCCD (duplicateNationalId), and every other pair sharing the
 * name-and-birth key (duplicateNameBirth: a pair already reported by its CCCD is not reported
 * twice). Pairs whose key is in `notSame` (marked "not the same person") are skipped.
 */
export function duplicatePairs(
  candidates: readonly DuplicateCandidate[],
  notSame: ReadonlySet<string> = new Set(),
): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  const seen = new Set<string>();
  const group = (
    check: DuplicatePair['check'],
    keyOf: (candidate: DuplicateCandidate) => string | null,
  ) => {
    const groups = new Map<string, string[]>();
    for (const candidate of candidates) {
      const key = keyOf(candidate);
      if (key === null) continue;
      const list = groups.get(key);
      if (list) list.push(candidate.id);
      else groups.set(key, [candidate.id]);
    }
    for (const ids of groups.values()) {
      const sorted = [...new Set(ids)].sort();
      for (let i = 0; i < sorted.length; i += 1) {
        for (let j = i + 1; j < sorted.length; j += 1) {
          const a = sorted[i] as string;
          const b = sorted[j] as string;
          const key = pairKey(a, b);
          if (seen.has(key) || notSame.has(key)) continue;
          seen.add(key);
          pairs.push({ check, a, b, key });
        }
      }
    }
  };
  group('duplicateNationalId', (candidate) => candidate.nationalKey);
  group('duplicateNameBirth', (candidate) => candidate.nameKey);
  return pairs;
}
