// The data checks (/quality): each check's name and explanation, the reasons of its findings, and
// the page's words. Check codes (KT01…) are stable and shown beside the names.
import type { Area } from './types';

const vi = {
  'quality.title': 'Kiểm tra dữ liệu',
  'quality.description':
    'Những điểm cần xem lại trước khi ký số liệu: người trùng, mốc thời gian sai thứ tự, tuổi khi chi bộ xét, lớp bồi dưỡng, số đảng viên đầu năm. Mỗi dòng dẫn tới hồ sơ cần sửa.',
  'quality.unit': 'Tổ chức đảng',
  'quality.loading': 'Đang kiểm tra dữ liệu…',
  'quality.rebuilding': 'Đang chuẩn bị số liệu kiểm tra: {done}/{total} hồ sơ',
  'quality.error': 'Không kiểm tra được dữ liệu: {message}',
  'quality.retry': 'Thử lại',
  'quality.empty.title': 'Không phát hiện vấn đề',
  'quality.empty.body':
    'Dữ liệu của {unit} qua được mọi phép kiểm tra. Kiểm tra lại sau khi nhập tệp của cơ sở hoặc sửa hồ sơ.',
  'quality.summary.title': 'Các phép kiểm tra',
  'quality.summary.total': 'Tổng số vấn đề: {count}',
  'quality.column.code': 'Mã',
  'quality.column.check': 'Phép kiểm tra',
  'quality.column.severity': 'Mức độ',
  'quality.column.count': 'Số trường hợp',
  'quality.column.unit': 'Đơn vị',
  'quality.column.record': 'Hồ sơ',
  'quality.column.reason': 'Lý do',
  'quality.column.link': 'Đường dẫn',
  'quality.severity.error': 'Lỗi',
  'quality.severity.warning': 'Cảnh báo',
  'quality.open': 'Xem {count} trường hợp',
  'quality.close': 'Đóng danh sách',
  'quality.byUnit.title': 'Theo đơn vị',
  'quality.items.title': 'Các trường hợp: {check}',
  'quality.items.more': 'Đang hiện {shown} trong {total} trường hợp; tải tệp để xem đủ.',
  'quality.export.title': 'Kiểm tra dữ liệu',
  'quality.export.page': 'Trang',
  'quality.export.xlsx': 'Tải Excel (XLSX)',
  'quality.export.sheet': 'Các vấn đề',
  'quality.pair.open': 'So sánh và gộp',
  'quality.unitLink': 'Số đảng viên đầu năm',
  'quality.check.duplicateNationalId.name': 'Trùng số CCCD',
  'quality.check.duplicateNationalId.explain':
    'Hai hồ sơ có cùng số căn cước công dân: cùng một người được nhập hai lần (ở hai đơn vị, hoặc khi chuyển sinh hoạt).',
  'quality.check.duplicateNameBirth.name': 'Có thể trùng người (cùng họ tên và ngày sinh)',
  'quality.check.duplicateNameBirth.explain':
    'Hai hồ sơ cùng họ tên (không kể dấu, hoa thường) và ngày sinh. Xem và gộp nếu là một người, hoặc đánh dấu “không phải cùng một người”.',
  'quality.check.milestoneOrder.name': 'Mốc thời gian sai thứ tự',
  'quality.check.milestoneOrder.explain':
    'Một bước của quy trình kết nạp có ngày trước bước phải có trước nó, thiếu bước bắt buộc trước nó, trước ngày sinh, hoặc chuyển chính thức trước khi hết 12 tháng dự bị.',
  'quality.check.milestoneFuture.name': 'Mốc thời gian ở tương lai',
  'quality.check.milestoneFuture.explain': 'Một mốc có ngày sau hôm nay.',
  'quality.check.ageAtVote.name': 'Tuổi khi chi bộ xét ngoài 18–60',
  'quality.check.ageAtVote.explain':
    'Tuổi đời tính theo tháng vào ngày chi bộ biểu quyết dưới 18 hoặc trên 60 (trên 60 chỉ khi có quyết định của tỉnh ủy).',
  'quality.check.certificateExpired.name': 'Giấy chứng nhận lớp nhận thức hết hạn khi chi bộ xét',
  'quality.check.certificateExpired.explain':
    'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng đã quá thời hạn giá trị (theo quy định có hiệu lực vào ngày chi bộ xét).',
  'quality.check.admittedWithoutDecision.name': 'Đã kết nạp nhưng thiếu quyết định',
  'quality.check.admittedWithoutDecision.explain':
    'Có ngày lễ kết nạp nhưng thiếu ngày hoặc số quyết định kết nạp.',
  'quality.check.officialOverdue.name': 'Quá hạn xét chuyển chính thức',
  'quality.check.officialOverdue.explain':
    'Đảng viên dự bị đã quá hạn xét công nhận chính thức mà chưa có quyết định (như nhắc việc ở trang chủ).',
  'quality.check.classOverfull.name': 'Lớp có nhiều người hơn sĩ số',
  'quality.check.classOverfull.explain': 'Số người ghi đã học lớp nhiều hơn sĩ số của lớp.',
  'quality.check.classImpossible.name': 'Học lớp không phù hợp với ngày kết nạp',
  'quality.check.classImpossible.explain':
    'Lớp nhận thức về Đảng học sau khi đã kết nạp, hoặc lớp đảng viên mới khi chưa kết nạp (hoặc kết nạp sau khi lớp kết thúc).',
  'quality.check.memberCountMissing.name': 'Có kết nạp nhưng thiếu số đảng viên đầu năm',
  'quality.check.memberCountMissing.explain':
    'Đơn vị có người được kết nạp trong năm nhưng không đơn vị nào từ nó trở lên có số đảng viên đầu năm đó: không tính được tỷ lệ kết nạp.',
  'quality.check.placeFigureClosed.name': 'Số liệu của địa bàn đã giải thể',
  'quality.check.placeFigureClosed.explain':
    'Có số liệu của một năm sau năm thôn, trường hoặc doanh nghiệp đã giải thể.',
  'quality.check.placeClosedPerson.name': 'Người gắn với địa bàn đã giải thể',
  'quality.check.placeClosedPerson.explain':
    'Người có mốc sau ngày địa bàn giải thể mà vẫn ghi địa bàn đó.',
  'quality.reason.order.before': '{later} trước {earlier}',
  'quality.reason.order.missing': 'Có {later} nhưng thiếu {earlier}',
  'quality.reason.order.beforeBirth': '{later} trước ngày sinh ({date})',
  'quality.reason.order.probation': 'Chuyển chính thức trước khi hết dự bị ({date})',
  'quality.reason.future': 'Mốc ngày {date} ở tương lai',
  'quality.reason.age.under': 'Chưa đủ 18 tuổi khi chi bộ xét ngày {date} ({months} tháng tuổi)',
  'quality.reason.age.over': 'Quá 60 tuổi khi chi bộ xét ngày {date} ({months} tháng tuổi)',
  'quality.reason.certificate':
    'Giấy chứng nhận ngày {cert} hết giá trị ngày {until}, chi bộ xét ngày {vote}',
  'quality.reason.decision.date': 'Thiếu ngày quyết định kết nạp',
  'quality.reason.decision.number': 'Thiếu số quyết định kết nạp',
  'quality.reason.decision.both': 'Thiếu ngày và số quyết định kết nạp',
  'quality.reason.official': 'Hạn xét chuyển chính thức {date} đã qua',
  'quality.reason.overfull': '{named} người ghi đã học, sĩ số {count}',
  'quality.reason.impossible.awareness':
    'Học lớp nhận thức “{title}” ({start}) sau khi kết nạp ({admitted})',
  'quality.reason.impossible.newMember': 'Học lớp đảng viên mới “{title}” ({end}) khi chưa kết nạp',
  'quality.reason.impossible.newMemberLate':
    'Học lớp đảng viên mới “{title}” (kết thúc {end}) nhưng kết nạp ngày {admitted}',
  'quality.reason.memberCount': 'Năm {year}: có kết nạp, không có số đảng viên đầu năm',
  'quality.reason.placeFigure': 'Số liệu năm {year}, địa bàn giải thể ngày {date}',
  'quality.reason.placePerson': '{count} mốc sau ngày địa bàn giải thể ({date})',
  'quality.reason.pair': '{a} và {b}',
  'quality.warning.export': 'Dữ liệu sắp xuất có {count} vấn đề cần xem lại. Vẫn có thể xuất tệp.',
  'quality.warning.link': 'Xem trang Kiểm tra dữ liệu',
  'quality.footnote':
    'Ghi chú: {count} hồ sơ trong phạm vi này đang có vấn đề dữ liệu chưa xử lý (theo kiểm tra dữ liệu ngày {date}); số liệu trên vẫn tính các hồ sơ đó.',
  'quality.preview.title': 'Kiểm tra dữ liệu của tệp',
  'quality.preview.none': 'Không phát hiện vấn đề trong các hồ sơ của tệp.',
  'quality.preview.some': 'Tệp sẽ thêm {count} vấn đề:',
};

export type QualityKey = keyof typeof vi;

const en: Record<QualityKey, Area<QualityKey>['en'][QualityKey]> = {
  'quality.title': 'Data checks',
  'quality.description':
    'What to look at before signing the figures: people entered twice, milestones out of order, age at the vote, classes, members at the start of the year. Each row links to the record to correct.',
  'quality.unit': 'Party organisation',
  'quality.loading': 'Checking the data…',
  'quality.rebuilding': 'Preparing the checks: {done}/{total} records',
  'quality.error': 'Could not check the data: {message}',
  'quality.retry': 'Try again',
  'quality.empty.title': 'No problems found',
  'quality.empty.body':
    'The data of {unit} passes every check. Check again after importing the units’ files or correcting records.',
  'quality.summary.title': 'Checks',
  'quality.summary.total': { one: '{count} problem in all', other: '{count} problems in all' },
  'quality.column.code': 'Code',
  'quality.column.check': 'Check',
  'quality.column.severity': 'Severity',
  'quality.column.count': 'Cases',
  'quality.column.unit': 'Unit',
  'quality.column.record': 'Record',
  'quality.column.reason': 'Reason',
  'quality.column.link': 'Link',
  'quality.severity.error': 'Error',
  'quality.severity.warning': 'Warning',
  'quality.open': { one: 'Show {count} case', other: 'Show {count} cases' },
  'quality.close': 'Close the list',
  'quality.byUnit.title': 'By unit',
  'quality.items.title': 'Cases: {check}',
  'quality.items.more': 'Showing {shown} of {total} cases; download the file to see them all.',
  'quality.export.title': 'Data checks',
  'quality.export.page': 'Page',
  'quality.export.xlsx': 'Download Excel (XLSX)',
  'quality.export.sheet': 'Problems',
  'quality.pair.open': 'Compare and merge',
  'quality.unitLink': 'Members at the start of the year',
  'quality.check.duplicateNationalId.name': 'Same national ID (CCCD)',
  'quality.check.duplicateNationalId.explain':
    'Two records with the same national ID: one person entered twice (by two units, or on a move).',
  'quality.check.duplicateNameBirth.name': 'Possibly the same person (same name and birth date)',
  'quality.check.duplicateNameBirth.explain':
    'Two records with the same name (ignoring diacritics and case) and birth date. Merge them if they are one person, or mark them "not the same person".',
  'quality.check.milestoneOrder.name': 'Milestones out of order',
  'quality.check.milestoneOrder.explain':
    'A step of the admission dated before a step that must come first, missing a step it requires, dated before birth, or official membership before the 12 months of probation ended.',
  'quality.check.milestoneFuture.name': 'Milestone in the future',
  'quality.check.milestoneFuture.explain': 'A milestone dated after today.',
  'quality.check.ageAtVote.name': 'Age at the vote outside 18–60',
  'quality.check.ageAtVote.explain':
    'Age counted in months on the day of the chi bộ vote under 18 or over 60 (over 60 only with the provincial committee’s decision).',
  'quality.check.certificateExpired.name': 'Awareness certificate expired at the vote',
  'quality.check.certificateExpired.explain':
    'The awareness-class certificate was past its validity (by the rules in force on the day of the vote).',
  'quality.check.admittedWithoutDecision.name': 'Admitted without a decision',
  'quality.check.admittedWithoutDecision.explain':
    'An admission ceremony is dated but the admission decision’s date or number is missing.',
  'quality.check.officialOverdue.name': 'Official recognition overdue',
  'quality.check.officialOverdue.explain':
    'A probationary member past the official-recognition deadline with no decision (the home page’s alert).',
  'quality.check.classOverfull.name': 'Class with more people than its attendee count',
  'quality.check.classOverfull.explain':
    'More people name the class than the attendee count it records.',
  'quality.check.classImpossible.name': 'Class that does not fit the admission date',
  'quality.check.classImpossible.explain':
    'The awareness class attended after admission, or the new-members class before admission (or admitted after it ended).',
  'quality.check.memberCountMissing.name': 'Admissions without a member count',
  'quality.check.memberCountMissing.explain':
    'The unit admitted people in a year but no unit from it upwards has the members at the start of that year: the admission rate cannot be computed.',
  'quality.check.placeFigureClosed.name': 'Figures of a closed place',
  'quality.check.placeFigureClosed.explain':
    'A figure for a year after the hamlet, school or enterprise closed.',
  'quality.check.placeClosedPerson.name': 'People of a closed place',
  'quality.check.placeClosedPerson.explain':
    'People still naming a place with milestones after it closed.',
  'quality.reason.order.before': '{later} before {earlier}',
  'quality.reason.order.missing': '{later} without {earlier}',
  'quality.reason.order.beforeBirth': '{later} before the birth date ({date})',
  'quality.reason.order.probation': 'Official before the end of probation ({date})',
  'quality.reason.future': 'Milestone {date} is in the future',
  'quality.reason.age.under': 'Under 18 at the vote of {date} ({months} months old)',
  'quality.reason.age.over': 'Over 60 at the vote of {date} ({months} months old)',
  'quality.reason.certificate': 'Certificate of {cert} valid until {until}, vote on {vote}',
  'quality.reason.decision.date': 'No decision date',
  'quality.reason.decision.number': 'No decision number',
  'quality.reason.decision.both': 'No decision date or number',
  'quality.reason.official': 'The official review was due on {date}',
  'quality.reason.overfull': '{named} people name it, attendee count {count}',
  'quality.reason.impossible.awareness':
    'Awareness class “{title}” ({start}) after admission ({admitted})',
  'quality.reason.impossible.newMember': 'New-members class “{title}” ({end}) while not admitted',
  'quality.reason.impossible.newMemberLate':
    'New-members class “{title}” (ended {end}) but admitted on {admitted}',
  'quality.reason.memberCount': 'Year {year}: admissions, no member count at the start',
  'quality.reason.placeFigure': 'Figures of {year}, place closed on {date}',
  'quality.reason.placePerson': '{count} milestones after the place closed ({date})',
  'quality.reason.pair': '{a} and {b}',
  'quality.warning.export': {
    one: 'The data to export has {count} problem to look at. You can still export.',
    other: 'The data to export has {count} problems to look at. You can still export.',
  },
  'quality.warning.link': 'Open the data checks',
  'quality.footnote': {
    one: 'Note: {count} record in this scope has an open data problem (data checks of {date}); the figures above still count it.',
    other:
      'Note: {count} records in this scope have open data problems (data checks of {date}); the figures above still count them.',
  },
  'quality.preview.title': 'Data checks of the file',
  'quality.preview.none': 'No problems found in the file’s records.',
  'quality.preview.some': {
    one: 'The file would add {count} problem:',
    other: 'The file would add {count} problems:',
  },
};

export const quality: Area<QualityKey> = { vi, en };
