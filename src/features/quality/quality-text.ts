// The words of a finding (its reason as a sentence), the link of its record, and the rows of the
// exported list. Pure: the page, the export and the tests share them.
import type { MilestoneKey } from '@/domain/code-lists';
import { QUALITY_CHECKS } from '@/domain/quality-checks';
import type { QualityItem } from '@/domain/quality-report';
import type { I18n } from '@/i18n/i18n';

type Words = Pick<I18n, 't' | 'date' | 'number'>;

function milestone(words: Words, key: string): string {
  return words.t(`milestone.${key as MilestoneKey}`);
}

/** The reason of a finding, in the user's language. */
export function reasonText(item: QualityItem, words: Words): string {
  const { t, date } = words;
  const [first = '', second = '', third = '', fourth = '', fifth = ''] = item.detail;
  switch (item.check) {
    case 'duplicateNationalId':
    case 'duplicateNameBirth':
      return item.target.kind === 'pair'
        ? t('quality.reason.pair', { a: item.target.aLabel, b: item.target.bLabel })
        : '';
    case 'milestoneOrder':
      if (first === 'missing')
        return t('quality.reason.order.missing', {
          later: milestone(words, second),
          earlier: milestone(words, third),
        });
      if (first === 'beforeBirth')
        return t('quality.reason.order.beforeBirth', {
          later: milestone(words, second),
          date: date(third),
        });
      if (first === 'probation') return t('quality.reason.order.probation', { date: date(third) });
      return t('quality.reason.order.before', {
        later: milestone(words, second),
        earlier: milestone(words, third),
      });
    case 'milestoneFuture':
      return t('quality.reason.future', { date: date(first) });
    case 'ageAtVote':
      return t(first === 'under' ? 'quality.reason.age.under' : 'quality.reason.age.over', {
        months: words.number(Number(second)),
        date: date(third),
      });
    case 'certificateExpired':
      return t('quality.reason.certificate', {
        cert: date(first),
        until: date(second),
        vote: date(third),
      });
    case 'admittedWithoutDecision':
      return t(
        first === 'date'
          ? 'quality.reason.decision.date'
          : first === 'number'
            ? 'quality.reason.decision.number'
            : 'quality.reason.decision.both',
      );
    case 'officialOverdue':
      return t('quality.reason.official', { date: date(first) });
    case 'classOverfull':
      return t('quality.reason.overfull', { named: first, count: second });
    case 'classImpossible':
      if (first === 'awareness')
        return t('quality.reason.impossible.awareness', {
          title: second,
          start: date(third),
          admitted: date(fifth),
        });
      return fifth
        ? t('quality.reason.impossible.newMemberLate', {
            title: second,
            end: date(fourth),
            admitted: date(fifth),
          })
        : t('quality.reason.impossible.newMember', { title: second, end: date(fourth) });
    case 'memberCountMissing':
      return t('quality.reason.memberCount', { year: first });
    case 'placeFigureClosed':
      return t('quality.reason.placeFigure', { year: first, date: date(second) });
    case 'placeClosedPerson':
      return t('quality.reason.placePerson', { count: first, date: date(second) });
  }
}

/** Where a finding's record is corrected. */
export function targetHref(item: QualityItem): string {
  const target = item.target;
  switch (target.kind) {
    case 'person':
      return `/people/${target.id}`;
    case 'pair':
      return `/quality/merge?a=${encodeURIComponent(target.a)}&b=${encodeURIComponent(target.b)}`;
    case 'class':
      return `/classes?edit=${encodeURIComponent(target.id)}`;
    // The member counts are entered on /targets; the places have no page of their own yet.
    case 'unit':
      return '/targets';
    case 'place':
      return '/units';
  }
}

/** The record's name on screen. */
export function targetLabel(item: QualityItem, words: Words, unitName: (id: string) => string) {
  const target = item.target;
  if (target.kind === 'unit') return `${unitName(target.id)} — ${words.t('quality.unitLink')}`;
  if (target.kind === 'pair') return `${target.aLabel} / ${target.bLabel}`;
  return target.label;
}

/** The exported list: a header row, then one row per finding. */
export function exportRows(
  items: readonly QualityItem[],
  words: Words,
  unitName: (id: string) => string,
  origin: string,
): string[][] {
  const { t } = words;
  return [
    [
      t('quality.column.code'),
      t('quality.column.check'),
      t('quality.column.severity'),
      t('quality.column.unit'),
      t('quality.column.record'),
      t('quality.column.reason'),
      t('quality.column.link'),
    ],
    ...items.map((item) => {
      const check = QUALITY_CHECKS[item.check];
      return [
        check.code,
        t(`quality.check.${item.check}.name`),
        t(`quality.severity.${check.severity}`),
        unitName(item.unitId),
        targetLabel(item, words, unitName),
        reasonText(item, words),
        `${origin}${targetHref(item)}`,
      ];
    }),
  ];
}
