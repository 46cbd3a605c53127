// The report's prose, in the words a provincial report uses ("Từ đầu nhiệm kỳ đến nay, các đảng bộ
// trực thuộc đã tổ chức 380 lớp …; kết nạp được 23.596 đảng viên mới, trong đó: …"). Pure: the
// figures come from computeIndicators, the words from the messages, so a test can read the
// sentences the leadership will sign.
import { daysInMonth, parts, type IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Indicators, Period, QuotaFigure, Share } from '@/domain/indicator-types';
import type { I18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';

export type ReportFormat = Pick<I18n, 't' | 'number' | 'percent' | 'date'>;

export interface ReportSubject {
  /** The unit viewed. */
  unit: Pick<Unit, 'id' | 'name'>;
  /** Its direct children whose figures are included (their kind chooses "đảng bộ" or "chi bộ"). */
  children: Pick<Unit, 'id' | 'name' | 'kind'>[];
  today: IsoDate;
}

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];
/** Names of units listed in a sentence before "và N đơn vị khác": a paragraph, not a table. */
const NAMES_IN_SENTENCE = 8;

function isYearStart(date: IsoDate): boolean {
  return date.slice(5) === '01-01';
}

function isYearEnd(date: IsoDate): boolean {
  return date.slice(5) === '12-31';
}

/** A party congress term: five years from a year divisible by five (2020–2025, 2025–2030). */
function isTermStart(date: IsoDate): boolean {
  return isYearStart(date) && parts(date).year % 5 === 0;
}

/** How the report names its period: "Năm 2025", "Quý III năm 2025", "Từ đầu nhiệm kỳ đến nay"… */
export function periodOpening(period: Period, today: IsoDate, fmt: ReportFormat): string {
  const { t, date } = fmt;
  const from = parts(period.from);
  const to = parts(period.to);
  const dates = { from: date(period.from), to: date(period.to) };
  const ongoing = period.from <= today && today <= period.to;

  if (from.year === to.year && isYearStart(period.from) && isYearEnd(period.to)) {
    return t(ongoing ? 'reports.text.opening.yearSoFar' : 'reports.text.opening.year', {
      year: from.year,
    });
  }
  if (
    from.year === to.year &&
    from.day === 1 &&
    (from.month - 1) % 3 === 0 &&
    to.month === from.month + 2 &&
    to.day === daysInMonth(to.year, to.month)
  ) {
    const quarter = QUARTER_NAMES[(from.month - 1) / 3] ?? '';
    return t(ongoing ? 'reports.text.opening.quarterSoFar' : 'reports.text.opening.quarter', {
      quarter,
      year: from.year,
    });
  }
  if (isTermStart(period.from)) {
    const termEnd = `${from.year + 5}-12-31`;
    if (period.to === termEnd || (period.to === today && period.to < termEnd)) {
      // The province's reports open a term's figures this way, also when read after the term.
      return t('reports.text.opening.termSoFar', {
        ...dates,
        fromYear: from.year,
        toYear: from.year + 5,
      });
    }
  }
  if (isYearStart(period.from) && isYearEnd(period.to) && to.year > from.year) {
    return t('reports.text.opening.years', { ...dates, fromYear: from.year, toYear: to.year });
  }
  return t('reports.text.opening.range', dates);
}

/** Who did it: "các đảng bộ trực thuộc", "các chi bộ trực thuộc", or the unit itself. */
export function reportSubject(subject: ReportSubject, fmt: ReportFormat): string {
  const { children } = subject;
  if (children.length === 0) return subject.unit.name;
  const cells = children.filter(
    (child) => child.kind === 'cell' || child.kind === 'grassroots_cell',
  ).length;
  if (cells === children.length) return fmt.t('reports.text.subject.cells');
  if (cells === 0) return fmt.t('reports.text.subject.committees');
  return fmt.t('reports.text.subject.mixed');
}

/** "A, B, C và 4 đơn vị khác": a list of names for a sentence. */
export function nameList(names: string[], fmt: ReportFormat): string {
  const shown = names.slice(0, NAMES_IN_SENTENCE);
  const rest = names.length - shown.length;
  if (rest > 0) {
    return fmt.t('reports.text.namesAndOthers', {
      names: shown.join(', '),
      count: fmt.number(rest),
    });
  }
  if (shown.length <= 1) return shown.join('');
  return fmt.t('reports.text.namesAnd', {
    names: shown.slice(0, -1).join(', '),
    last: shown[shown.length - 1] ?? '',
  });
}

function trainingClause(figures: Indicators, fmt: ReportFormat): string {
  const { t, number } = fmt;
  const { training } = figures;
  const items: string[] = [];
  if (training.awarenessClasses > 0) {
    items.push(
      t('reports.text.classes.awareness', {
        classes: number(training.awarenessClasses),
        attendees: number(training.awarenessAttendees),
      }),
    );
  }
  if (training.newMemberClasses > 0) {
    items.push(
      t('reports.text.classes.newMember', {
        classes: number(training.newMemberClasses),
        attendees: number(training.newMemberAttendees),
      }),
    );
  }
  if (training.otherClasses > 0) {
    items.push(
      t('reports.text.classes.other', {
        classes: number(training.otherClasses),
        attendees: number(training.otherAttendees),
      }),
    );
  }
  if (items.length === 0) return t('reports.text.classes.none');
  return t('reports.text.classes.organised', { list: items.join('; ') });
}

function shareItem(key: MessageKey, share: Share, fmt: ReportFormat): string | null {
  if (share.count === 0 || share.ratio === null) return null;
  return fmt.t(key, { count: fmt.number(share.count), percent: fmt.percent(share.ratio) });
}

function admissionClause(figures: Indicators, fmt: ReportFormat): string {
  const { t, number, percent } = fmt;
  if (figures.admitted === 0) return t('reports.text.admitted.none');
  const { structure, enterpriseSplit } = figures;
  const items = [
    shareItem('reports.text.structure.youthUnion', structure.youthUnion, fmt),
    shareItem('reports.text.structure.female', structure.female, fmt),
    shareItem('reports.text.structure.minority', structure.minority, fmt),
    shareItem('reports.text.structure.religious', structure.religious, fmt),
    shareItem('reports.text.structure.highSchoolStudent', structure.highSchoolStudent, fmt),
    shareItem('reports.text.structure.universityStudent', structure.universityStudent, fmt),
  ];
  const enterprise = shareItem('reports.text.structure.enterprise', structure.enterprise, fmt);
  if (enterprise) {
    const split = [
      enterpriseSplit.worker.count > 0
        ? t('reports.text.structure.enterpriseWorker', {
            count: number(enterpriseSplit.worker.count),
            percent: percent(enterpriseSplit.worker.ratio),
          })
        : null,
      enterpriseSplit.manager.count > 0
        ? t('reports.text.structure.enterpriseManager', {
            count: number(enterpriseSplit.manager.count),
            percent: percent(enterpriseSplit.manager.ratio),
          })
        : null,
    ].filter((item): item is string => item !== null);
    items.push(split.length > 0 ? `${enterprise} (${split.join('; ')})` : enterprise);
  }
  const listed = items.filter((item): item is string => item !== null);
  const admitted = t('reports.text.admitted', { count: number(figures.admitted) });
  return listed.length > 0
    ? t('reports.text.admitted.including', { admitted, list: listed.join('; ') })
    : admitted;
}

/** "giai đoạn 2023 – 2025" or "năm 2026". */
export function spanLabel(figure: Pick<QuotaFigure, 'fromYear' | 'toYear'>, fmt: ReportFormat) {
  return figure.fromYear === figure.toYear
    ? fmt.t('reports.span.year', { year: figure.fromYear })
    : fmt.t('reports.span.years', { fromYear: figure.fromYear, toYear: figure.toYear });
}

function quotaParagraph(figures: Indicators, fmt: ReportFormat): string | null {
  const { t, number, percent } = fmt;
  const sentences: string[] = [];
  for (const root of figures.quotas.root) {
    const span = spanLabel(root, fmt);
    if (root.quota === 0 || root.ratio === null) {
      sentences.push(t('reports.text.quota.none', { span, admitted: number(root.admitted) }));
      continue;
    }
    sentences.push(
      t('reports.text.quota', {
        span,
        admitted: number(root.admitted),
        quota: number(root.quota),
        percent: percent(root.ratio),
      }),
    );
    const children = figures.quotas.children.filter(
      (child) =>
        child.fromYear === root.fromYear && child.toYear === root.toYear && child.quota > 0,
    );
    if (children.length > 0) {
      const reached = children.filter((child) => child.admitted >= child.quota).length;
      sentences.push(
        reached === 0
          ? t('reports.text.quota.childrenNone')
          : t('reports.text.quota.children', {
              reached: number(reached),
              total: number(children.length),
            }),
      );
    }
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}

function rateParagraph(figures: Indicators, fmt: ReportFormat): string | null {
  const { t, number, percent } = fmt;
  const items = figures.rates
    .filter((rate) => rate.ratio !== null && rate.membersAtStart !== null)
    .map((rate) =>
      t('reports.text.rate.item', {
        year: rate.year,
        percent: percent(rate.ratio),
        admitted: number(rate.admitted),
        members: number(rate.membersAtStart),
      }),
    );
  return items.length > 0 ? t('reports.text.rate', { list: items.join('; ') }) : null;
}

function coverageParagraph(
  figures: Indicators,
  subject: ReportSubject,
  fmt: ReportFormat,
): string | null {
  const { t, number } = fmt;
  const names = new Map(subject.children.map((child) => [child.id, child.name]));
  const sentences: string[] = [];
  const without = figures.coverage.withoutAdmission.map((id) => names.get(id) ?? '—');
  if (subject.children.length > 0 && without.length > 0) {
    sentences.push(
      t('reports.text.coverage.withoutAdmission', {
        count: number(without.length),
        names: nameList(without, fmt),
      }),
    );
  }
  if (figures.coverage.overdueTotal > 0) {
    sentences.push(
      t('reports.text.coverage.overdue', { count: number(figures.coverage.overdueTotal) }),
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/** The report's paragraphs, in order: training and admissions, quotas, rates, what lags behind. */
export function reportParagraphs(
  figures: Indicators,
  subject: ReportSubject,
  fmt: ReportFormat,
): string[] {
  const opening = periodOpening(figures.period, subject.today, fmt);
  const first = fmt.t('reports.text.summary', {
    opening,
    subject: reportSubject(subject, fmt),
    training: trainingClause(figures, fmt),
    admissions: admissionClause(figures, fmt),
  });
  return [
    first,
    quotaParagraph(figures, fmt),
    rateParagraph(figures, fmt),
    coverageParagraph(figures, subject, fmt),
  ].filter((paragraph): paragraph is string => paragraph !== null);
}
