// The rules of the admission procedure as dated data. The implementing rules of the Party
// Statute changed three times in one term (Quy định 24-QĐ/TW of 2021, 232-QĐ/TW from 20/01/2025,
// 294-QĐ/TW with Hướng dẫn 06-HD/TW from 01/07/2025) and the Central Committee has said it will
// amend them again: so a deadline is counted by the rule set in force on the day its clock
// starts, and says which document it used.
//
// A new rule set is one more entry of RULE_SETS (in date order), with a test of a date on each
// side of the day it takes effect (rule-sets.test.ts). Nothing else changes.
import { parts, type IsoDate } from './dates';

/** The limits one rule set gives the procedure. */
export interface AdmissionRules {
  /** The competent committee decides the admission within … working days of the chi bộ's resolution. */
  decisionWorkingDays: number;
  /** The admission ceremony is held within … working days of receiving the decision. */
  ceremonyWorkingDays: number;
  /** Probation lasts … months from the ceremony. */
  probationMonths: number;
  /** The chi bộ considers official membership within … working days after the probation. */
  officialReviewWorkingDays: number;
  /** The awareness-class certificate is valid … months. */
  certificateValidityMonths: number;
  /** Age at the chi bộ's vote, counted in months ("tính theo tháng"): from … */
  minAgeMonths: number;
  /** … to … months (older only with the provincial committee's decision). */
  maxAgeMonths: number;
}

export interface RuleDocument {
  /** The document's number, e.g. "294-QĐ/TW". */
  number: string;
  kind: 'regulation' | 'guidance';
  /** The day it was signed. */
  signedOn: IsoDate;
}

export interface RuleSet extends AdmissionRules {
  /** The governing regulation's number: the rule set's name on screen. */
  id: string;
  /** The day from which a clock starting that day is counted by this rule set. */
  inForceFrom: IsoDate;
  documents: readonly RuleDocument[];
}

/** What the Statute itself fixes: unchanged by any of the regulations below. */
const STATUTE = {
  probationMonths: 12,
  minAgeMonths: 18 * 12,
  maxAgeMonths: 60 * 12,
} as const;

/** Every rule set the app knows, oldest first. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: '24-QĐ/TW',
    inForceFrom: '2021-07-30',
    documents: [
      { number: '24-QĐ/TW', kind: 'regulation', signedOn: '2021-07-30' },
      { number: '12-HD/BTCTW', kind: 'guidance', signedOn: '2022-01-18' },
    ],
    decisionWorkingDays: 60,
    ceremonyWorkingDays: 30,
    officialReviewWorkingDays: 30,
    certificateValidityMonths: 60,
    ...STATUTE,
  },
  {
    id: '232-QĐ/TW',
    inForceFrom: '2025-01-20',
    documents: [{ number: '232-QĐ/TW', kind: 'regulation', signedOn: '2025-01-20' }],
    decisionWorkingDays: 60,
    ceremonyWorkingDays: 30,
    officialReviewWorkingDays: 30,
    certificateValidityMonths: 60,
    ...STATUTE,
  },
  {
    id: '294-QĐ/TW',
    inForceFrom: '2025-07-01',
    documents: [
      { number: '294-QĐ/TW', kind: 'regulation', signedOn: '2025-05-26' },
      { number: '06-HD/TW', kind: 'guidance', signedOn: '2025-06-09' },
    ],
    decisionWorkingDays: 60,
    ceremonyWorkingDays: 30,
    officialReviewWorkingDays: 30,
    certificateValidityMonths: 60,
    ...STATUTE,
  },
];

/**
 * The rule set in force on a day: the latest whose `inForceFrom` is on or before it. A clock that
 * started before the first rule set known here is counted by that first one (the earlier
 * regulation is not in the table), and `beforeTable` says so.
 */
export function ruleSetOn(
  day: IsoDate,
  sets: readonly RuleSet[] = RULE_SETS,
): Readonly<RuleSet & { beforeTable: boolean }> {
  let found: RuleSet | undefined;
  for (const set of sets) if (set.inForceFrom <= day) found = set;
  const first = sets[0];
  if (!first) throw new Error('no rule set');
  return flagged(found ?? first, found === undefined);
}

/**
 * Each rule set with its flag, made once: every person's deadlines ask for rule sets several
 * times, and a copy per ask was most of an import's aggregate work (a profile of 40,000 people).
 */
const flaggedSets = new WeakMap<RuleSet, readonly [RuleSetOn, RuleSetOn]>();
type RuleSetOn = Readonly<RuleSet & { beforeTable: boolean }>;

function flagged(set: RuleSet, beforeTable: boolean): RuleSetOn {
  let pair = flaggedSets.get(set);
  if (!pair) {
    pair = [
      Object.freeze({ ...set, beforeTable: false }),
      Object.freeze({ ...set, beforeTable: true }),
    ];
    flaggedSets.set(set, pair);
  }
  return pair[beforeTable ? 1 : 0];
}

/** Age in months at a day, counted by calendar month as the guidance says (the day is not counted). */
export function ageInMonths(birthDate: IsoDate, on: IsoDate): number {
  const birth = parts(birthDate);
  const day = parts(on);
  return (day.year - birth.year) * 12 + (day.month - birth.month);
}
