// The people screens (list, detail, form) and the form's rules (people.rule.*, from
// src/domain/person-rules.ts).
import { MILESTONE_CHAIN } from '@/domain/milestone-chain';
import type { Area } from './types';

/** Each milestone as "the date of …", to build the order messages of every pair of steps. */
const milestoneDateVi: Record<string, string> = {
  sourcedOn: 'ngày vào danh sách nguồn',
  awarenessCertOn: 'ngày cấp giấy chứng nhận lớp nhận thức về Đảng',
  applicationOn: 'ngày làm đơn xin vào Đảng',
  cellResolutionOn: 'ngày nghị quyết chi bộ',
  decisionOn: 'ngày quyết định kết nạp',
  admittedOn: 'ngày kết nạp',
  officialOn: 'ngày chuyển đảng chính thức',
  removedOn: 'ngày đưa ra khỏi nguồn / xóa tên',
};

const milestoneDateEn: Record<string, string> = {
  sourcedOn: 'the date of entering the source',
  awarenessCertOn: 'the date of the awareness class certificate',
  applicationOn: 'the date of the application',
  cellResolutionOn: 'the date of the cell resolution',
  decisionOn: 'the date of the admission decision',
  admittedOn: 'the admission date',
  officialOn: 'the date of official membership',
  removedOn: 'the date of removal',
};

// The domain's chain from its own module, so that this chunk does not load the rules (and zod).
const CHAIN = MILESTONE_CHAIN;

/** "<later>.<earlier>" for each step and each one before it, and "removedOn.<step>" for each. */
type OrderPairs<
  Steps extends readonly string[],
  Before extends string = never,
> = Steps extends readonly [infer Step extends string, ...infer Rest extends readonly string[]]
  ? `${Step}.${Before}` | `removedOn.${Step}` | OrderPairs<Rest, Before | Step>
  : never;
type OrderKey = `people.rule.order.${OrderPairs<typeof CHAIN>}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** people.rule.order.<later>.<earlier>: "Ngày kết nạp không được trước ngày quyết định kết nạp." */
function orderMessages(dates: Record<string, string>, join: string): Record<OrderKey, string> {
  const out: Record<string, string> = {};
  const pairs: [string, string][] = [];
  CHAIN.forEach((later, index) => {
    for (const earlier of CHAIN.slice(0, index)) pairs.push([later, earlier]);
    pairs.push(['removedOn', later]);
  });
  for (const [later, earlier] of pairs) {
    out[`people.rule.order.${later}.${earlier}`] =
      `${capitalise(dates[later] ?? later)} ${join} ${dates[earlier] ?? earlier}.`;
  }
  return out as Record<OrderKey, string>;
}

const vi = {
  ...orderMessages(milestoneDateVi, 'không được trước'),
  'people.list.title': 'Quần chúng & đảng viên',
  'people.list.description':
    'Quần chúng trong nguồn, người đang làm thủ tục kết nạp và đảng viên mới kết nạp của đơn vị.',
  'people.list.loading': 'Đang tải danh sách…',
  'people.list.add': 'Thêm quần chúng',
  'people.list.emptyTitle': 'Chưa có quần chúng nào trong nguồn.',
  'people.list.emptyBody':
    'Thêm người đầu tiên để bắt đầu theo dõi quá trình phát triển đảng viên.',
  'people.list.addFirst': 'Thêm người đầu tiên',
  'people.list.count': 'Hiển thị {shown} / {total} người',
  'people.list.noMatchTitle': 'Không có ai khớp với bộ lọc.',
  'people.list.noMatchBody': 'Thử bỏ bớt điều kiện lọc hoặc kiểm tra lại từ khóa tìm kiếm.',
  'people.list.tableLabel': 'Danh sách quần chúng và đảng viên',
  'people.list.overdue': 'Quá hạn',
  'people.filter.label': 'Lọc danh sách',
  'people.filter.search': 'Tìm theo họ tên hoặc số CCCD',
  'people.filter.searchPlaceholder': 'Ví dụ: nguyen van a',
  'people.filter.unit': 'Tổ chức đảng (gồm cấp dưới)',
  'people.filter.allUnits': 'Tất cả tổ chức đảng',
  'people.filter.stage': 'Giai đoạn',
  'people.filter.year': 'Năm kết nạp',
  'people.filter.gender': 'Giới tính',
  'people.filter.ethnicity': 'Dân tộc',
  'people.filter.minority': 'Dân tộc thiểu số (trừ Kinh)',
  'people.filter.eachGroup': 'Từng dân tộc',
  'people.filter.occupation': 'Nghề nghiệp',
  'people.filter.clear': 'Xóa bộ lọc',
  'people.column.fullName': 'Họ và tên',
  'people.column.birthDate': 'Ngày sinh',
  'people.column.gender': 'Giới tính',
  'people.column.ethnicity': 'Dân tộc',
  'people.column.unit': 'Tổ chức đảng',
  'people.column.stage': 'Giai đoạn',
  'people.column.admittedOn': 'Ngày kết nạp',
  'people.column.attention': 'Cảnh báo',
  'people.detail.backToList': 'Về danh sách',
  'people.detail.notFoundTitle': 'Không tìm thấy người này.',
  'people.detail.notFoundBody':
    'Hồ sơ có thể đã bị xóa, hoặc đường dẫn không đúng. Hãy tìm lại trong danh sách.',
  'people.detail.facts': 'Thông tin cá nhân',
  'people.detail.timeline': 'Các mốc phát triển đảng viên',
  'people.detail.deadlines': 'Thời hạn theo quy định',
  'people.detail.years': '{age} tuổi',
  'people.detail.ageAtVote': 'Tuổi khi chi bộ biểu quyết',
  'people.detail.noReligion': 'Không',
  'people.detail.youthUnion': 'Đoàn viên TNCS Hồ Chí Minh',
  'people.detail.showId': 'Hiện',
  'people.detail.hideId': 'Ẩn',
  'people.detail.classes': 'Lớp bồi dưỡng đã học',
  'people.detail.noClasses': 'Chưa ghi nhận',
  'people.timeline.next': 'Bước tiếp theo',
  'people.timeline.notYet': 'Chưa đến',
  'people.timeline.decisionNo': 'Số {number}',
  'people.next.dateLabel': 'Ngày {step}',
  'people.next.record': 'Ghi nhận',
  'people.next.otherError':
    'Chưa ghi nhận được: hồ sơ có lỗi ở mục khác ({message}). Hãy bấm “Sửa” để sửa hồ sơ.',
  'people.deadline.none': 'Chưa có thời hạn nào: thời hạn bắt đầu tính từ nghị quyết chi bộ.',
  'people.deadline.due': 'Hạn: {date}',
  'people.deadline.daysLeft': 'còn {days} ngày',
  'people.deadline.dueToday': 'đến hạn hôm nay',
  'people.deadline.daysLate': 'quá hạn {days} ngày',
  'people.deadline.done': 'đã thực hiện ngày {date}',
  'people.deadline.doneLate': 'thực hiện ngày {date}, trễ {days} ngày',
  'people.deadline.probationOver': 'đã đủ 12 tháng dự bị ngày {date}',
  'people.deadline.certValidAtDecision': 'còn hiệu lực khi có quyết định kết nạp ({date})',
  'people.deadline.certExpiredAtDecision':
    'đã hết hiệu lực trước khi có quyết định kết nạp ({date})',
  'people.delete.title': 'Xóa hồ sơ của {name}?',
  'people.delete.body':
    'Hồ sơ sẽ bị xóa khỏi máy này và không thể hoàn tác. Lần trao đổi dữ liệu tới, cấp trên cũng được báo là hồ sơ đã bị xóa.',
  'people.delete.confirm': 'Xóa hồ sơ',
  'people.form.newTitle': 'Thêm quần chúng',
  'people.form.newDescription': 'Các ô có dấu * là bắt buộc. Các mốc chưa đến thì để trống.',
  'people.form.editTitle': 'Sửa hồ sơ',
  'people.form.hasErrors':
    'Chưa lưu: hồ sơ còn {count} lỗi. Hãy sửa các ô được đánh dấu đỏ rồi bấm “Lưu”.',
  'people.form.personal': 'Thông tin cá nhân',
  'people.form.work': 'Công tác',
  'people.form.milestones': 'Các mốc phát triển đảng viên',
  'people.form.milestonesHint':
    'Nhập ngày của các bước đã thực hiện, theo đúng thứ tự; để trống các bước chưa đến.',
  'people.form.moreMilestones': 'Nhập các mốc khác ({count} mốc)',
  'people.form.fullName': 'Họ và tên',
  'people.form.gender': 'Giới tính',
  'people.form.birthDate': 'Ngày sinh',
  'people.form.ethnicity': 'Dân tộc',
  'people.form.ethnicityHint': 'Gõ để tìm trong danh mục, ví dụ: Tày, Khơ-me, HMông.',
  'people.form.ethnicityResolved': 'Sẽ lưu là: {name}',
  'people.form.religion': 'Tôn giáo',
  'people.form.noReligion': 'Không',
  'people.form.nationalId': 'Số CCCD',
  'people.form.nationalIdHint': '12 chữ số; có thể để trống.',
  'people.form.youthUnion': 'Đoàn viên TNCS Hồ Chí Minh',
  'people.form.occupation': 'Nghề nghiệp',
  'people.form.workplaceSector': 'Khu vực làm việc',
  'people.form.workplaceSectorHint':
    'Chỉ với công nhân, người quản lý doanh nghiệp, cán bộ, công chức, viên chức.',
  'people.form.education': 'Trình độ học vấn',
  'people.form.decisionNo': 'Số quyết định kết nạp',
  'people.form.choose': '— Chọn —',
  'people.form.chooseUnit': '— Chọn tổ chức đảng —',
  'people.form.none': '— Không ghi —',
  'people.form.notApplicable': 'Không áp dụng',
  'people.rule.unitRequired': 'Vui lòng chọn tổ chức đảng.',
  'people.rule.fullNameRequired': 'Vui lòng nhập họ và tên.',
  'people.rule.fullNameTooLong': 'Họ và tên không được dài quá 100 ký tự.',
  'people.rule.fullNameDigits': 'Họ và tên không được chứa chữ số.',
  'people.rule.genderRequired': 'Vui lòng chọn giới tính.',
  'people.rule.birthDateRequired': 'Vui lòng nhập ngày sinh.',
  'people.rule.birthDateTooEarly': 'Ngày sinh không hợp lệ: trước năm 1900.',
  'people.rule.birthDateFuture': 'Ngày sinh không được ở tương lai.',
  'people.rule.tooYoung': 'Người được đưa vào nguồn phải từ đủ 16 tuổi trở lên.',
  'people.rule.ethnicityRequired': 'Vui lòng nhập dân tộc.',
  'people.rule.ethnicity':
    'Dân tộc phải thuộc danh mục 54 dân tộc Việt Nam (chọn trong danh sách gợi ý).',
  'people.rule.occupationRequired': 'Vui lòng chọn nghề nghiệp.',
  'people.rule.workplaceSectorNotApplicable':
    'Khu vực làm việc chỉ áp dụng cho công nhân, người quản lý doanh nghiệp và cán bộ, công chức, viên chức.',
  'people.rule.workplaceSectorCivilServant':
    'Cán bộ, công chức, viên chức chỉ làm việc ở khu vực nhà nước.',
  'people.rule.decisionNoTooLong': 'Số quyết định không được dài quá 50 ký tự.',
  'people.rule.milestoneFuture': 'Ngày này chưa đến: không được ghi mốc ở tương lai.',
  'people.rule.milestoneBeforeBirth': 'Mốc này không được trước ngày sinh.',
  'people.rule.requires.decisionOn':
    'Cần có ngày nghị quyết chi bộ trước khi ghi ngày quyết định kết nạp.',
  'people.rule.requires.admittedOn': 'Cần có ngày quyết định kết nạp trước khi ghi ngày kết nạp.',
  'people.rule.requires.officialOn':
    'Cần có ngày kết nạp trước khi ghi ngày chuyển đảng chính thức.',
  'people.rule.officialTooEarly':
    'Chỉ được chuyển đảng chính thức khi đã đủ 12 tháng dự bị kể từ ngày kết nạp.',
  'people.rule.ageAtVote': 'Tuổi đời khi chi bộ biểu quyết phải từ đủ 18 đến 60 tuổi.',
};

export const people: Area<keyof typeof vi> = {
  vi,
  en: {
    ...orderMessages(milestoneDateEn, 'must not be before'),
    'people.list.title': 'Candidates & members',
    'people.list.description':
      'Candidates in the source, people going through admission, and newly admitted members.',
    'people.list.loading': 'Loading the list…',
    'people.list.add': 'Add a candidate',
    'people.list.emptyTitle': 'No candidates in the source yet.',
    'people.list.emptyBody': 'Add the first person to start tracking party member development.',
    'people.list.addFirst': 'Add the first person',
    'people.list.count': {
      by: 'total',
      one: 'Showing {shown} / {total} person',
      other: 'Showing {shown} / {total} people',
    },
    'people.list.noMatchTitle': 'Nobody matches the filters.',
    'people.list.noMatchBody': 'Remove some filters or check the search words.',
    'people.list.tableLabel': 'Candidates and members',
    'people.list.overdue': 'Overdue',
    'people.filter.label': 'Filter the list',
    'people.filter.search': 'Search by name or national ID',
    'people.filter.searchPlaceholder': 'e.g. nguyen van a',
    'people.filter.unit': 'Party unit (with sub-units)',
    'people.filter.allUnits': 'All party units',
    'people.filter.stage': 'Stage',
    'people.filter.year': 'Year of admission',
    'people.filter.gender': 'Gender',
    'people.filter.ethnicity': 'Ethnicity',
    'people.filter.minority': 'Ethnic minorities (all but Kinh)',
    'people.filter.eachGroup': 'Each group',
    'people.filter.occupation': 'Occupation',
    'people.filter.clear': 'Clear filters',
    'people.column.fullName': 'Full name',
    'people.column.birthDate': 'Date of birth',
    'people.column.gender': 'Gender',
    'people.column.ethnicity': 'Ethnicity',
    'people.column.unit': 'Party unit',
    'people.column.stage': 'Stage',
    'people.column.admittedOn': 'Admitted on',
    'people.column.attention': 'Alert',
    'people.detail.backToList': 'Back to the list',
    'people.detail.notFoundTitle': 'Person not found.',
    'people.detail.notFoundBody':
      'The record may have been deleted, or the address is wrong. Look for the person in the list.',
    'people.detail.facts': 'Personal details',
    'people.detail.timeline': 'Admission milestones',
    'people.detail.deadlines': 'Legal deadlines',
    'people.detail.years': '{age} years old',
    'people.detail.ageAtVote': 'Age at the cell vote',
    'people.detail.noReligion': 'None',
    'people.detail.youthUnion': 'Youth Union member',
    'people.detail.showId': 'Show',
    'people.detail.hideId': 'Hide',
    'people.detail.classes': 'Training classes attended',
    'people.detail.noClasses': 'None recorded',
    'people.timeline.next': 'Next step',
    'people.timeline.notYet': 'Not yet',
    'people.timeline.decisionNo': 'No. {number}',
    'people.next.dateLabel': 'Date of {step}',
    'people.next.record': 'Record',
    'people.next.otherError':
      'Not recorded: another part of the record has an error ({message}). Use “Edit” to fix it.',
    'people.deadline.none': 'No deadlines yet: they start with the cell resolution.',
    'people.deadline.due': 'Due: {date}',
    'people.deadline.daysLeft': { by: 'days', one: '{days} day left', other: '{days} days left' },
    'people.deadline.dueToday': 'due today',
    'people.deadline.daysLate': {
      by: 'days',
      one: '{days} day overdue',
      other: '{days} days overdue',
    },
    'people.deadline.done': 'done on {date}',
    'people.deadline.doneLate': {
      by: 'days',
      one: 'done on {date}, {days} day late',
      other: 'done on {date}, {days} days late',
    },
    'people.deadline.probationOver': '12 months of probation completed on {date}',
    'people.deadline.certValidAtDecision': 'still valid at the admission decision ({date})',
    'people.deadline.certExpiredAtDecision': 'expired before the admission decision ({date})',
    'people.delete.title': 'Delete the record of {name}?',
    'people.delete.body':
      'The record will be deleted from this computer; this cannot be undone. The next data exchange tells the upper level it was deleted.',
    'people.delete.confirm': 'Delete record',
    'people.form.newTitle': 'Add a candidate',
    'people.form.newDescription':
      'Fields marked * are required. Leave milestones that have not happened empty.',
    'people.form.editTitle': 'Edit record',
    'people.form.hasErrors': {
      one: 'Not saved: the record has {count} error. Fix the field marked in red, then “Save”.',
      other: 'Not saved: the record has {count} errors. Fix the fields marked in red, then “Save”.',
    },
    'people.form.personal': 'Personal details',
    'people.form.work': 'Work',
    'people.form.milestones': 'Admission milestones',
    'people.form.milestonesHint':
      'Enter the dates of the steps taken, in order; leave the steps to come empty.',
    'people.form.moreMilestones': {
      by: 'count',
      one: 'Enter another milestone ({count})',
      other: 'Enter other milestones ({count})',
    },
    'people.form.fullName': 'Full name',
    'people.form.gender': 'Gender',
    'people.form.birthDate': 'Date of birth',
    'people.form.ethnicity': 'Ethnicity',
    'people.form.ethnicityHint': 'Type to search the list, e.g. Tày, Khơ-me, HMông.',
    'people.form.ethnicityResolved': 'Will be stored as: {name}',
    'people.form.religion': 'Religion',
    'people.form.noReligion': 'None',
    'people.form.nationalId': 'National ID (CCCD)',
    'people.form.nationalIdHint': '12 digits; may be left empty.',
    'people.form.youthUnion': 'Ho Chi Minh Communist Youth Union member',
    'people.form.occupation': 'Occupation',
    'people.form.workplaceSector': 'Workplace sector',
    'people.form.workplaceSectorHint': 'Only for workers, enterprise managers and civil servants.',
    'people.form.education': 'Education',
    'people.form.decisionNo': 'Admission decision number',
    'people.form.choose': '— Choose —',
    'people.form.chooseUnit': '— Choose a party unit —',
    'people.form.none': '— Not recorded —',
    'people.form.notApplicable': 'Not applicable',
    'people.rule.unitRequired': 'Please choose the party unit.',
    'people.rule.fullNameRequired': 'Please enter the full name.',
    'people.rule.fullNameTooLong': 'The full name must not be longer than 100 characters.',
    'people.rule.fullNameDigits': 'The full name must not contain digits.',
    'people.rule.genderRequired': 'Please choose the gender.',
    'people.rule.birthDateRequired': 'Please enter the date of birth.',
    'people.rule.birthDateTooEarly': 'Invalid date of birth: before 1900.',
    'people.rule.birthDateFuture': 'The date of birth must not be in the future.',
    'people.rule.tooYoung': 'A candidate must be at least 16 years old.',
    'people.rule.ethnicityRequired': 'Please enter the ethnicity.',
    'people.rule.ethnicity':
      'Ethnicity must be one of the 54 ethnic groups of Viet Nam (pick from the suggestions).',
    'people.rule.occupationRequired': 'Please choose the occupation.',
    'people.rule.workplaceSectorNotApplicable':
      'The workplace sector applies only to workers, enterprise managers and civil servants.',
    'people.rule.workplaceSectorCivilServant': 'Civil servants work in the state sector only.',
    'people.rule.decisionNoTooLong': 'The decision number must not be longer than 50 characters.',
    'people.rule.milestoneFuture':
      'This date has not come yet: milestones cannot be in the future.',
    'people.rule.milestoneBeforeBirth': 'This milestone must not be before the date of birth.',
    'people.rule.requires.decisionOn':
      'Enter the cell resolution date before the admission decision date.',
    'people.rule.requires.admittedOn':
      'Enter the admission decision date before the admission date.',
    'people.rule.requires.officialOn':
      'Enter the admission date before the official membership date.',
    'people.rule.officialTooEarly':
      'Official membership requires 12 full months of probation from the admission date.',
    'people.rule.ageAtVote': 'Age at the cell vote must be between 18 and 60 inclusive.',
  },
};
