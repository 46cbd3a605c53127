// The legal deadlines of the admission procedure (Quy định 232-QĐ/TW 2025, which kept the limits
// of Quy định 24-QĐ/TW 2021; Hướng dẫn 12-HD/BTCTW 2022):
// - the competent committee decides the admission within 60 working days of the chi bộ resolution;
// - the admission ceremony is held within 30 working days of the decision;
// - probation lasts 12 months from the ceremony;
// - the chi bộ considers official membership within 30 working days after the 12 months;
// - the certificate of the awareness class (lớp bồi dưỡng nhận thức về Đảng) is valid 5 years.
import type { MilestoneKey } from './code-lists';
import { addMonths, addYears, parts, toDayNumber, type IsoDate } from './dates';
import type { Milestones } from './entities';
import { holidayLabel, type HolidayLabelKey } from './holidays';
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
  unit: 'workingDays' | 'months' | 'years';
  amount: number;
}

export interface Deadline {
  kind: DeadlineKind;
  /** The count starts from this milestone's date (for officialReview: 12 months after it). */
  fromMilestone: MilestoneKey;
  from: IsoDate;
  due: IsoDate;
  rule: DeadlineRule;
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

/** Probation: 12 months from the admission ceremony. */
export const PROBATION_MONTHS = 12;

export const DEADLINE_RULES: Record<
  DeadlineKind,
  DeadlineRule & {
    fromMilestone: MilestoneKey;
    fulfilledBy: MilestoneKey | null;
    /** The count starts this many months after the milestone (the end of probation). */
    startsAfterMonths?: number;
  }
> = {
  decision: {
    unit: 'workingDays',
    amount: 60,
    fromMilestone: 'cellResolutionOn',
    fulfilledBy: 'decisionOn',
  },
  ceremony: {
    unit: 'workingDays',
    amount: 30,
    fromMilestone: 'decisionOn',
    fulfilledBy: 'admittedOn',
  },
  probationEnd: {
    unit: 'months',
    amount: PROBATION_MONTHS,
    fromMilestone: 'admittedOn',
    fulfilledBy: null,
  },
  officialReview: {
    unit: 'workingDays',
    amount: 30,
    fromMilestone: 'admittedOn',
    startsAfterMonths: PROBATION_MONTHS,
    fulfilledBy: 'officialOn',
  },
  // The certificate must still be valid on the day the admission is decided: the decision is
  // the last step that rests on the candidate's file, and the superior committee checks the
  // file then. So the decision is what "fulfils" it; a chi bộ that sees it running out knows
  // the file must reach the decision first (or the candidate must attend the class again).
  certificateExpiry: {
    unit: 'years',
    amount: 5,
    fromMilestone: 'awarenessCertOn',
    fulfilledBy: 'decisionOn',
  },
};

function dueDate(rule: DeadlineRule, from: IsoDate): { due: IsoDate; count?: WorkingDayCount } {
  if (rule.unit === 'workingDays') {
    const count = addWorkingDays(from, rule.amount);
    return { due: count.due, count };
  }
  if (rule.unit === 'months') return { due: addMonths(from, rule.amount) };
  return { due: addYears(from, rule.amount) };
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
): Deadline[] {
  const milestones = person.milestones;
  const removedOn = milestones.removedOn ?? null;
  const todayNumber = toDayNumber(today);
  const result: Deadline[] = [];
  for (const kind of DEADLINE_KINDS) {
    const rule = DEADLINE_RULES[kind];
    const start = milestones[rule.fromMilestone];
    if (!start) continue;
    const from = rule.startsAfterMonths ? addMonths(start, rule.startsAfterMonths) : start;
    const { due, count } = dueDate(rule, from);

    let fulfilledOn: IsoDate | null;
    if (kind === 'probationEnd') {
      // Struck off before the 12 months ran out: the probation never ended.
      if (removedOn && removedOn < due) continue;
      fulfilledOn = today >= due ? due : null;
    } else {
      fulfilledOn = (rule.fulfilledBy && milestones[rule.fulfilledBy]) || null;
    }
    if (removedOn && !fulfilledOn) continue;

    const daysLeft = toDayNumber(due) - todayNumber;
    const deadline: Deadline = {
      kind,
      fromMilestone: rule.fromMilestone,
      from,
      due,
      rule: { unit: rule.unit, amount: rule.amount },
      fulfilledBy: rule.fulfilledBy,
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
      | 'years'
      | 'months'
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
      deadline.rule.unit === 'years' ? 'pipeline.explain.years' : 'pipeline.explain.months';
    return t(key, { ...base, clamped });
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
  return t('pipeline.explain.workingDays', { ...base, skipped, makeUp });
}
