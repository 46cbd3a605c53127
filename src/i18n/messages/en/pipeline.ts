// The English words of the pipeline area (../pipeline.ts), loaded with the English language only.
import type { PipelineKey } from '../pipeline';
import type { Message } from '../types';

export const pipelineEn: Record<PipelineKey, Message> = {
  'pipeline.deadline.decision': 'Admission decision',
  'pipeline.deadline.decision.short': 'Admission decision',
  'pipeline.deadline.decision.long':
    'Admission decision within 60 working days of the chi bộ resolution proposing admission',
  'pipeline.deadline.ceremony': 'Admission ceremony',
  'pipeline.deadline.ceremony.short': 'Admission ceremony',
  'pipeline.deadline.ceremony.long':
    'Admission ceremony within 30 working days of the admission decision',
  'pipeline.deadline.probationEnd': 'End of probation',
  'pipeline.deadline.probationEnd.short': 'End of probation',
  'pipeline.deadline.probationEnd.long': 'End of probation: 12 months after admission',
  'pipeline.deadline.officialReview': 'Review for full membership',
  'pipeline.deadline.officialReview.short': 'Full-membership review',
  'pipeline.deadline.officialReview.long':
    'The chi bộ reviews full membership within 30 working days after the 12 months of probation',
  'pipeline.deadline.certificateExpiry': 'Awareness-class certificate expires',
  'pipeline.deadline.certificateExpiry.short': 'Certificate validity',
  'pipeline.deadline.certificateExpiry.long':
    'The awareness-class certificate is valid 60 months from issue and must still be valid at the admission decision',

  'pipeline.status.met': 'On time',
  'pipeline.status.late': 'Late',
  'pipeline.status.upcoming': 'Upcoming',
  'pipeline.status.dueSoon': 'Due soon',
  'pipeline.status.overdue': 'Overdue',
  'pipeline.status.probationEnded': 'Probation completed',

  'pipeline.daysLeft': { by: 'days', one: '{days} day left', other: '{days} days left' },
  'pipeline.daysLeft.today': 'Due today',
  'pipeline.daysOverdue': { by: 'days', one: '{days} day overdue', other: '{days} days overdue' },
  'pipeline.dueOn': 'Due: {date}',
  'pipeline.fulfilledOn': 'Done on {date}',

  'pipeline.explain.from.decision': 'the chi bộ resolution proposing admission',
  'pipeline.explain.from.ceremony': 'the admission decision',
  'pipeline.explain.from.probationEnd': 'admission',
  'pipeline.explain.from.officialReview': 'the end of the 12 months of probation',
  'pipeline.explain.from.certificateExpiry': 'the certificate’s issue',
  'pipeline.explain.workingDays':
    '{amount} working days after {fromLabel} ({from}){skipped}{makeUp}: due on {due}.',
  'pipeline.explain.skipBoth': {
    by: 'holidays',
    one: ', not counting {weekends} Saturdays and Sundays and {holidays} public holiday ({list})',
    other:
      ', not counting {weekends} Saturdays and Sundays and {holidays} public holidays ({list})',
  },
  'pipeline.explain.skipWeekends': {
    by: 'weekends',
    one: ', not counting {weekends} weekend day',
    other: ', not counting {weekends} Saturdays and Sundays',
  },
  'pipeline.explain.skipHolidays': {
    by: 'holidays',
    one: ', not counting {holidays} public holiday ({list})',
    other: ', not counting {holidays} public holidays ({list})',
  },
  'pipeline.explain.skipNone': ', with no day off in between',
  'pipeline.explain.makeUp': {
    one: '; counting {count} Saturday worked in exchange ({list})',
    other: '; counting {count} Saturdays worked in exchange ({list})',
  },
  'pipeline.explain.holidayOne': '{name} {date}',
  'pipeline.explain.holidayMany': '{name}: {count} days, {first}–{last}',
  'pipeline.explain.listSeparator': '; ',
  'pipeline.explain.months': '{amount} months after {fromLabel} ({from}): {due}{clamped}.',
  'pipeline.explain.validity':
    'Valid {amount} months from {fromLabel} ({from}), until {due}{clamped}.',
  'pipeline.explain.ruleSet': 'Counted by Regulation {rule}.',
  'pipeline.explain.ruleSetBefore':
    'Counted by Regulation {rule}, the earliest in the app’s table of regulations (the clock started before it took effect).',
  'pipeline.explain.clamped': ' (that month has no day {day}, so its last day is taken)',
  'pipeline.explain.workingDaysRule':
    'Working days: Monday to Friday, not counting Saturdays, Sundays and the public holidays of the civil service calendar.',

  'pipeline.holiday.newYear': "New Year's Day",
  'pipeline.holiday.tet': 'Lunar New Year (Tết)',
  'pipeline.holiday.hungKings': 'Hung Kings Commemoration Day',
  'pipeline.holiday.reunification': 'Reunification Day',
  'pipeline.holiday.labour': 'International Labour Day',
  'pipeline.holiday.nationalDay': 'National Day',
  'pipeline.holiday.compensatory': 'Compensatory day off ({name})',
  'pipeline.holiday.swap': 'Swapped day off ({name})',

  'pipeline.due.overdue': 'Overdue',
  'pipeline.due.thisMonth': 'Due this month',
  'pipeline.due.nextMonth': 'Due next month',
};
