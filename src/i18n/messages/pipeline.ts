// The admission procedure's legal deadlines, their status, how they were counted, and the names
// of public holidays (domain/deadlines.ts, domain/holidays.ts).
import type { FirstScreenArea } from './types';

const vi = {
  'pipeline.deadline.decision': 'Ra quyết định kết nạp',
  'pipeline.deadline.decision.short': 'Quyết định kết nạp',
  'pipeline.deadline.decision.long':
    'Ra quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ ra nghị quyết đề nghị kết nạp',
  'pipeline.deadline.ceremony': 'Tổ chức lễ kết nạp',
  'pipeline.deadline.ceremony.short': 'Lễ kết nạp',
  'pipeline.deadline.ceremony.long':
    'Tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày có quyết định kết nạp',
  'pipeline.deadline.probationEnd': 'Hết thời gian dự bị',
  'pipeline.deadline.probationEnd.short': 'Hết dự bị',
  'pipeline.deadline.probationEnd.long': 'Hết thời gian dự bị: đủ 12 tháng kể từ ngày kết nạp',
  'pipeline.deadline.officialReview': 'Xét công nhận đảng viên chính thức',
  'pipeline.deadline.officialReview.short': 'Xét chuyển chính thức',
  'pipeline.deadline.officialReview.long':
    'Chi bộ xét công nhận đảng viên chính thức trong 30 ngày làm việc kể từ ngày hết 12 tháng dự bị',
  'pipeline.deadline.certificateExpiry': 'Giấy chứng nhận lớp nhận thức về Đảng hết hạn',
  'pipeline.deadline.certificateExpiry.short': 'Hạn giấy chứng nhận',
  'pipeline.deadline.certificateExpiry.long':
    'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị 60 tháng kể từ ngày cấp; phải còn giá trị khi ra quyết định kết nạp',

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
  'pipeline.explain.validity':
    'Có giá trị {amount} tháng kể từ {fromLabel} ({from}), đến ngày {due}{clamped}.',
  'pipeline.explain.ruleSet': 'Tính theo Quy định {rule}.',
  'pipeline.explain.ruleSetBefore':
    'Tính theo Quy định {rule}, quy định sớm nhất trong bảng các quy định của phần mềm (mốc tính hạn có trước ngày quy định này có hiệu lực).',
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

export type PipelineKey = keyof typeof vi;

/** Its English words are in en/pipeline.ts, loaded only when English is chosen. */
export const pipeline: FirstScreenArea<PipelineKey> = { vi };
