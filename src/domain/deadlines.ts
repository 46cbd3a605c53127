// The legal deadlines of the admission procedure, counted by the rule set in force on the day
// each clock starts (rule-sets.ts: Quy định 24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW with their guidance):
// - the competent committee decides the admission within N working days of the chi bộ resolution;
// - the admission ceremony is held within N working days of the decision;
// - probation lasts N months from the ceremony;
// - the chi bộ considers official membership within N working days after the probation;
// - the certificate of the awareness class (lớp bồi dưỡng nhận thức về Đảng) is valid N months.
import type { MilestoneKey } from './code-lists';
import { addMonths, parts, toDayNumber, type IsoDate } from './dates';
import type { Milestones } from './entities';
import { holidayLabel, type HolidayLabelKey } from './holidays';
import { RULE_SETS, ruleSetOn, type AdmissionRules, type RuleSet } from './rule-sets';
import type { Translate } from './translate';
import { addWorkingDays, type WorkingDayCount } from './working-days';

export type DeadlineKind =
  'decision' | 'ceremony' | 'probationEnd' | 'officialReview' | 'certificateExpiry';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'certificateExpiry',
  'decision',
  'ceremony',
  'probationEnd',
  'officialReview',
];

export type DeadlineStatus = 'met' | 'late' | 'upcoming' | 'dueSoon' | 'overdue';

export interface DeadlineRule {
  unit: 'workingDays' | 'months';
  amount: number;
}

export interface Deadline {
  kind: DeadlineKind;
  /** The count starts from this milestone's date (for officialReview: the probation's end). */
  fromMilestone: MilestoneKey;
  from: IsoDate;
  due: IsoDate;
  rule: DeadlineRule;
  /** The rule set the deadline was counted by: the one in force on `from`. */
  ruleSet: { id: string; beforeTable: boolean };
  /** For working-day rules: how it was counted. */
  count?: WorkingDayCount;
  /** The milestone that fulfils it (null for probationEnd, fulfilled by time passing). */
  fulfilledBy: MilestoneKey | null;
  fulfilledOn: IsoDate | null;
  status: DeadlineStatus;
  /** Calendar days from today to due (negative when past). */
  daysLeft: number;
}

/** Days before the due date from which an unfulfilled deadline is 'dueSoon'. */
export const DUE_SOON_DAYS = 30;

/** How each deadline is counted; the amount comes from the rule set in force when it starts. */
export const DEADLINE_SPECS: Record<
  DeadlineKind,
  {
    unit: DeadlineRule['unit'];
    amount: (rules: AdmissionRules) => number;
    fromMilestone: MilestoneKey;
    fulfilledBy: MilestoneKey | null;
    /** The count starts at the end of the probation that began on the milestone. */
    afterProbation?: true;
  }
> = {
  decision: {
    unit: 'workingDays',
    amount: (rules) => rules.decisionWorkingDays,
    fromMilestone: 'cellResolutionOn',
    fulfilledBy: 'decisionOn',
  },
  ceremony: {
    unit: 'workingDays',
    amount: (rules) => rules.ceremonyWorkingDays,
    fromMilestone: 'decisionOn',
    fulfilledBy: 'admittedOn',
  },
  probationEnd: {
    unit: 'months',
    amount: (rules) => rules.probationMonths,
    fromMilestone: 'admittedOn',
    fulfilledBy: null,
  },
  officialReview: {
    unit: 'workingDays',
    amount: (rules) => rules.officialReviewWorkingDays,
    fromMilestone: 'admittedOn',
    afterProbation: true,
    fulfilledBy: 'officialOn',
  },
  // The certificate must still be valid on the day the admission is decided: the decision is
  // the last step that rests on the candidate's file, and the superior committee checks the
  // file then. So the decision is what "fulfils" it; a chi bộ that sees it running out knows
  // the file must reach the decision first (or the candidate must attend the class again).
  certificateExpiry: {
    unit: 'months',
    amount: (rules) => rules.certificateValidityMonths,
    fromMilestone: 'awarenessCertOn',
    fulfilledBy: 'decisionOn',
  },
};

/** The end of the probation that began with an admission (by the rules of the admission day). */
export function probationEnd(
  admittedOn: IsoDate,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): IsoDate {
  return addMonths(admittedOn, ruleSetOn(admittedOn, ruleSets).probationMonths);
}

function dueDate(rule: DeadlineRule, from: IsoDate): { due: IsoDate; count?: WorkingDayCount } {
  if (rule.unit === 'workingDays') {
    const count = addWorkingDays(from, rule.amount);
    return { due: count.due, count };
  }
  return { due: addMonths(from, rule.amount) };
}

function statusOf(due: IsoDate, fulfilledOn: IsoDate | null, daysLeft: number): DeadlineStatus {
  if (fulfilledOn) return fulfilledOn <= due ? 'met' : 'late';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'dueSoon' : 'upcoming';
}

/**
 * The deadlines that apply to a person today, in the order of the procedure. A deadline appears
 * once its starting milestone exists. For someone who left (removedOn), only the fulfilled ones
 * remain: nothing is due for them any more.
 */
export function deadlinesFor(
  person: { milestones: Partial<Milestones> },
  today: IsoDate,
  /** The table of rule sets (tests pass a future amendment; the app, RULE_SETS). */
  ruleSets: readonly RuleSet[] = RULE_SETS,
): Deadline[] {
  const milestones = person.milestones;
  const removedOn = milestones.removedOn ?? null;
  const todayNumber = toDayNumber(today);
  const result: Deadline[] = [];
  for (const kind of DEADLINE_KINDS) {
    const spec = DEADLINE_SPECS[kind];
    const start = milestones[spec.fromMilestone];
    if (!start) continue;
    const from = spec.afterProbation ? probationEnd(start, ruleSets) : start;
    const ruleSet = ruleSetOn(from, ruleSets);
    const rule: DeadlineRule = { unit: spec.unit, amount: spec.amount(ruleSet) };
    const { due, count } = dueDate(rule, from);

    let fulfilledOn: IsoDate | null;
    if (kind === 'probationEnd') {
      // Struck off before the 12 months ran out: the probation never ended.
      if (removedOn && removedOn < due) continue;
      fulfilledOn = today >= due ? due : null;
    } else {
      fulfilledOn = (spec.fulfilledBy && milestones[spec.fulfilledBy]) || null;
    }
    if (removedOn && !fulfilledOn) continue;

    const daysLeft = toDayNumber(due) - todayNumber;
    const deadline: Deadline = {
      kind,
      fromMilestone: spec.fromMilestone,
      from,
      due,
      rule,
      ruleSet: { id: ruleSet.id, beforeTable: ruleSet.beforeTable },
      fulfilledBy: spec.fulfilledBy,
      fulfilledOn,
      status: statusOf(due, fulfilledOn, daysLeft),
      daysLeft,
    };
    if (count) deadline.count = count;
    result.push(deadline);
  }
  return result;
}

/** The keys explainDeadline words its text with (messages/pipeline.ts). */
export type ExplainKey =
  | HolidayLabelKey
  | `pipeline.explain.from.${DeadlineKind}`
  | `pipeline.explain.${
      | 'holidayOne'
      | 'holidayMany'
      | 'listSeparator'
      | 'clamped'
      | 'months'
      | 'validity'
      | 'ruleSet'
      | 'ruleSetBefore'
      | 'skipBoth'
      | 'skipHolidays'
      | 'skipWeekends'
      | 'skipNone'
      | 'makeUp'
      | 'workingDays'}`;

/** The skipped holidays, each name once: "Tết Nguyên đán (5 ngày, 16/02/2026–20/02/2026)". */
function holidayList(
  count: WorkingDayCount,
  t: Translate<ExplainKey>,
  formatDate: (iso: string) => string,
) {
  const groups = new Map<string, IsoDate[]>();
  for (const day of count.skippedHolidays) {
    const label = holidayLabel(day, t);
    const dates = groups.get(label);
    if (dates) dates.push(day.date);
    else groups.set(label, [day.date]);
  }
  return [...groups.entries()]
    .map(([name, dates]) =>
      dates.length === 1
        ? t('pipeline.explain.holidayOne', { name, date: formatDate(dates[0] as IsoDate) })
        : t('pipeline.explain.holidayMany', {
            name,
            count: dates.length,
            first: formatDate(dates[0] as IsoDate),
            last: formatDate(dates[dates.length - 1] as IsoDate),
          }),
    )
    .join(t('pipeline.explain.listSeparator'));
}

/**
 * How a deadline was counted, in words, e.g. "30 ngày làm việc kể từ ngày ký quyết định kết nạp
 * (05/01/2026), không tính 8 ngày thứ Bảy, Chủ nhật và 5 ngày nghỉ lễ, Tết (Tết Nguyên đán
 * (5 ngày, 16/02/2026–20/02/2026)): hạn cuối là ngày 24/02/2026."
 */
export function explainDeadline(
  deadline: Deadline,
  t: Translate<ExplainKey>,
  formatDate: (iso: string) => string,
): string {
  const fromLabel = t(`pipeline.explain.from.${deadline.kind}`);
  const base = {
    amount: deadline.rule.amount,
    fromLabel,
    from: formatDate(deadline.from),
    due: formatDate(deadline.due),
  };
  if (deadline.rule.unit !== 'workingDays' || !deadline.count) {
    const clamped =
      parts(deadline.from).day !== parts(deadline.due).day
        ? t('pipeline.explain.clamped', { day: parts(deadline.from).day })
        : '';
    const key =
      deadline.kind === 'certificateExpiry'
        ? 'pipeline.explain.validity'
        : 'pipeline.explain.months';
    return withRuleSet(t(key, { ...base, clamped }), deadline, t);
  }

  const count = deadline.count;
  const weekends = count.skippedWeekendDays;
  const holidays = count.skippedHolidays.length;
  let skipped: string;
  if (weekends > 0 && holidays > 0)
    skipped = t('pipeline.explain.skipBoth', {
      weekends,
      holidays,
      list: holidayList(count, t, formatDate),
    });
  else if (holidays > 0)
    skipped = t('pipeline.explain.skipHolidays', {
      holidays,
      list: holidayList(count, t, formatDate),
    });
  else if (weekends > 0) skipped = t('pipeline.explain.skipWeekends', { weekends });
  else skipped = t('pipeline.explain.skipNone');
  const makeUp =
    count.workedMakeUpDays.length > 0
      ? t('pipeline.explain.makeUp', {
          count: count.workedMakeUpDays.length,
          list: count.workedMakeUpDays
            .map((day) => formatDate(day.date))
            .join(t('pipeline.explain.listSeparator')),
        })
      : '';
  return withRuleSet(t('pipeline.explain.workingDays', { ...base, skipped, makeUp }), deadline, t);
}

/** The explanation followed by the rule set it was counted by. */
function withRuleSet(text: string, deadline: Deadline, t: Translate<ExplainKey>): string {
  const key = deadline.ruleSet.beforeTable
    ? 'pipeline.explain.ruleSetBefore'
    : 'pipeline.explain.ruleSet';
  return `${text} ${t(key, { rule: deadline.ruleSet.id })}`;
}
