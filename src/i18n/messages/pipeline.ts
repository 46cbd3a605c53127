// The admission procedure's legal deadlines, their status, how they were counted, and the names
// of public holidays (domain/deadlines.ts, domain/holidays.ts).
import type { Area } from './types';

const vi = {
  'pipeline.deadline.decision': 'Ra quyết định kết nạp (trong 60 ngày làm việc)',
  'pipeline.deadline.decision.short': 'Quyết định kết nạp',
  'pipeline.deadline.decision.long':
    'Ra quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ ra nghị quyết đề nghị kết nạp',
  'pipeline.deadline.ceremony': 'Tổ chức lễ kết nạp (trong 30 ngày làm việc)',
  'pipeline.deadline.ceremony.short': 'Lễ kết nạp',
  'pipeline.deadline.ceremony.long':
    'Tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày có quyết định kết nạp',
  'pipeline.deadline.probationEnd': 'Hết 12 tháng dự bị',
  'pipeline.deadline.probationEnd.short': 'Hết dự bị',
  'pipeline.deadline.probationEnd.long': 'Hết thời gian dự bị: đủ 12 tháng kể từ ngày kết nạp',
  'pipeline.deadline.officialReview': 'Xét công nhận đảng viên chính thức (trong 30 ngày làm việc)',
  'pipeline.deadline.officialReview.short': 'Xét chuyển chính thức',
  'pipeline.deadline.officialReview.long':
    'Chi bộ xét công nhận đảng viên chính thức trong 30 ngày làm việc kể từ ngày hết 12 tháng dự bị',
  'pipeline.deadline.certificateExpiry': 'Giấy chứng nhận lớp nhận thức về Đảng hết hạn (5 năm)',
  'pipeline.deadline.certificateExpiry.short': 'Hạn giấy chứng nhận',
  'pipeline.deadline.certificateExpiry.long':
    'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị 5 năm kể từ ngày cấp; phải còn giá trị khi ra quyết định kết nạp',

  'pipeline.status.met': 'Đúng hạn',
  'pipeline.status.late': 'Trễ hạn',
  'pipeline.status.upcoming': 'Sắp tới',
  'pipeline.status.dueSoon': 'Sắp đến hạn',
  'pipeline.status.overdue': 'Quá hạn',
  'pipeline.status.probationEnded': 'Đã hết thời gian dự bị',

  'pipeline.daysLeft': 'Còn {days} ngày',
  'pipeline.daysLeft.today': 'Hạn cuối là hôm nay',
  'pipeline.daysOverdue': 'Quá hạn {days} ngày',
  'pipeline.dueOn': 'Hạn: {date}',
  'pipeline.fulfilledOn': 'Thực hiện ngày {date}',

  'pipeline.explain.from.decision': 'ngày chi bộ ra nghị quyết đề nghị kết nạp',
  'pipeline.explain.from.ceremony': 'ngày ký quyết định kết nạp',
  'pipeline.explain.from.probationEnd': 'ngày kết nạp',
  'pipeline.explain.from.officialReview': 'ngày hết 12 tháng dự bị',
  'pipeline.explain.from.certificateExpiry': 'ngày cấp giấy chứng nhận',
  'pipeline.explain.workingDays':
    '{amount} ngày làm việc kể từ {fromLabel} ({from}){skipped}{makeUp}: hạn cuối là ngày {due}.',
  'pipeline.explain.skipBoth':
    ', không tính {weekends} ngày thứ Bảy, Chủ nhật và {holidays} ngày nghỉ lễ, Tết ({list})',
  'pipeline.explain.skipWeekends': ', không tính {weekends} ngày thứ Bảy, Chủ nhật',
  'pipeline.explain.skipHolidays': ', không tính {holidays} ngày nghỉ lễ, Tết ({list})',
  'pipeline.explain.skipNone': ', không có ngày nghỉ nào xen giữa',
  'pipeline.explain.makeUp': '; có tính {count} ngày thứ Bảy đi làm bù ({list})',
  'pipeline.explain.holidayOne': '{name} {date}',
  'pipeline.explain.holidayMany': '{name}: {count} ngày, {first}–{last}',
  'pipeline.explain.listSeparator': '; ',
  'pipeline.explain.months':
    'Đủ {amount} tháng kể từ {fromLabel} ({from}) vào ngày {due}{clamped}.',
  'pipeline.explain.years':
    'Có giá trị {amount} năm kể từ {fromLabel} ({from}), đến ngày {due}{clamped}.',
  'pipeline.explain.clamped': ' (tháng đó không có ngày {day} nên lấy ngày cuối tháng)',
  'pipeline.explain.workingDaysRule':
    'Ngày làm việc: từ thứ Hai đến thứ Sáu, không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết theo lịch nghỉ của cán bộ, công chức, viên chức.',

  'pipeline.holiday.newYear': 'Tết Dương lịch',
  'pipeline.holiday.tet': 'Tết Nguyên đán',
  'pipeline.holiday.hungKings': 'Giỗ Tổ Hùng Vương',
  'pipeline.holiday.reunification': 'Ngày Chiến thắng',
  'pipeline.holiday.labour': 'Ngày Quốc tế Lao động',
  'pipeline.holiday.nationalDay': 'Quốc khánh',
  'pipeline.holiday.compensatory': 'Nghỉ bù {name}',
  'pipeline.holiday.swap': 'Nghỉ hoán đổi dịp {name}',

  'pipeline.due.overdue': 'Quá hạn',
  'pipeline.due.thisMonth': 'Đến hạn trong tháng này',
  'pipeline.due.nextMonth': 'Đến hạn tháng sau',
};

export const pipeline: Area<keyof typeof vi> = {
  vi,
  en: {
    'pipeline.deadline.decision': 'Admission decision (within 60 working days)',
    'pipeline.deadline.decision.short': 'Admission decision',
    'pipeline.deadline.decision.long':
      'Admission decision within 60 working days of the chi bộ resolution proposing admission',
    'pipeline.deadline.ceremony': 'Admission ceremony (within 30 working days)',
    'pipeline.deadline.ceremony.short': 'Admission ceremony',
    'pipeline.deadline.ceremony.long':
      'Admission ceremony within 30 working days of the admission decision',
    'pipeline.deadline.probationEnd': 'End of the 12 months of probation',
    'pipeline.deadline.probationEnd.short': 'End of probation',
    'pipeline.deadline.probationEnd.long': 'End of probation: 12 months after admission',
    'pipeline.deadline.officialReview': 'Review for full membership (within 30 working days)',
    'pipeline.deadline.officialReview.short': 'Full-membership review',
    'pipeline.deadline.officialReview.long':
      'The chi bộ reviews full membership within 30 working days after the 12 months of probation',
    'pipeline.deadline.certificateExpiry': 'Awareness-class certificate expires (5 years)',
    'pipeline.deadline.certificateExpiry.short': 'Certificate validity',
    'pipeline.deadline.certificateExpiry.long':
      'The awareness-class certificate is valid 5 years from issue and must still be valid at the admission decision',

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
    'pipeline.explain.years':
      'Valid {amount} years from {fromLabel} ({from}), until {due}{clamped}.',
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
  },
};
