// The page of the rule sets (/rules): which regulation counts each deadline, from which day.
import type { Area } from './types';

const vi = {
  'rules.title': 'Quy định về thời hạn',
  'rules.description':
    'Các quy định phần mềm dùng để tính thời hạn trong quy trình kết nạp đảng viên và độ tuổi khi chi bộ xét kết nạp. Mỗi thời hạn được tính theo quy định có hiệu lực vào ngày bắt đầu tính hạn.',
  'rules.table.title': 'Bảng các quy định',
  'rules.column.set': 'Văn bản',
  'rules.column.inForceFrom': 'Áp dụng từ ngày',
  'rules.column.decisionWorkingDays': 'Quyết định kết nạp (ngày làm việc sau nghị quyết chi bộ)',
  'rules.column.ceremonyWorkingDays': 'Lễ kết nạp (ngày làm việc sau khi nhận quyết định)',
  'rules.column.probationMonths': 'Dự bị (tháng)',
  'rules.column.officialReviewWorkingDays':
    'Xét chuyển chính thức (ngày làm việc sau khi hết dự bị)',
  'rules.column.certificateValidityMonths': 'Giấy chứng nhận lớp nhận thức có giá trị (tháng)',
  'rules.column.age': 'Tuổi khi chi bộ xét (tính theo tháng)',
  'rules.document.regulation': 'Quy định {number} ngày {date}',
  'rules.document.guidance': 'Hướng dẫn {number} ngày {date}',
  'rules.current': 'Đang áp dụng',
  'rules.age': 'Từ đủ {min} đến đủ {max} tuổi',
  'rules.howCounted':
    'Thời hạn tính bằng ngày làm việc không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết; thời hạn xét chuyển chính thức bắt đầu từ ngày hết thời gian dự bị, theo quy định có hiệu lực vào ngày đó.',
  'rules.beforeTable':
    'Mốc tính hạn có trước ngày Quy định {rule} có hiệu lực được tính theo Quy định {rule}, và trang của người đó ghi rõ điều này.',
  'rules.link': 'Xem bảng các quy định về thời hạn',
};

export const rules: Area<keyof typeof vi> = {
  vi,
  en: {
    'rules.title': 'Rules on deadlines',
    'rules.description':
      'The regulations the app counts the admission procedure’s deadlines and the age at the chi bộ vote by. Each deadline is counted by the regulation in force on the day its count starts.',
    'rules.table.title': 'Table of regulations',
    'rules.column.set': 'Document',
    'rules.column.inForceFrom': 'Applies from',
    'rules.column.decisionWorkingDays':
      'Admission decision (working days after the chi bộ resolution)',
    'rules.column.ceremonyWorkingDays': 'Admission ceremony (working days after the decision)',
    'rules.column.probationMonths': 'Probation (months)',
    'rules.column.officialReviewWorkingDays':
      'Official membership review (working days after probation)',
    'rules.column.certificateValidityMonths': 'Awareness-class certificate valid (months)',
    'rules.column.age': 'Age at the chi bộ vote (in months)',
    'rules.document.regulation': 'Regulation {number} of {date}',
    'rules.document.guidance': 'Guidance {number} of {date}',
    'rules.current': 'In force',
    'rules.age': 'From {min} to {max} years',
    'rules.howCounted':
      'Working days exclude Saturdays, Sundays and public holidays; the official review starts when probation ends, counted by the regulation in force that day.',
    'rules.beforeTable':
      'A count that started before Regulation {rule} took effect is counted by Regulation {rule}, and the person’s page says so.',
    'rules.link': 'See the table of rules on deadlines',
  },
};
