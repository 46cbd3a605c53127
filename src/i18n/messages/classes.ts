import type { Area } from './types';

const vi = {
  'classes.title': 'Lớp bồi dưỡng',
  'classes.description':
    'Lớp bồi dưỡng nhận thức về Đảng, lớp bồi dưỡng đảng viên mới và các lớp khác do tổ chức đảng mở.',
  'classes.add': 'Thêm lớp',
  'classes.backToList': 'Quay lại danh sách lớp',
  'classes.saved': 'Đã lưu lớp “{title}” ({count} người được chọn trong danh sách).',
  'classes.notFound': 'Không tìm thấy lớp này; có thể lớp đã bị xóa.',
  'classes.editNamed': 'Sửa lớp {title}',
  'classes.deleteNamed': 'Xóa lớp {title}',
  'classes.delete.confirm': 'Xóa lớp “{title}”? Thao tác không thể hoàn tác.',
  'classes.delete.confirmLinked':
    'Xóa lớp “{title}”? {count} người đang được ghi là học viên của lớp sẽ được bỏ liên kết với lớp. Thao tác không thể hoàn tác.',
  'classes.delete.done': 'Đã xóa lớp “{title}”.',
  'classes.empty.title': 'Chưa có lớp bồi dưỡng nào',
  'classes.empty.body':
    'Thêm lớp bồi dưỡng nhận thức về Đảng hoặc lớp bồi dưỡng đảng viên mới, rồi chọn những người đã học trong danh sách quần chúng và đảng viên.',
  'classes.list.heading': 'Danh sách lớp',
  'classes.list.count': 'Hiển thị {shown} / {count} lớp',
  'classes.list.noMatch': 'Không có lớp nào khớp bộ lọc. Hãy chọn loại lớp hoặc năm khác.',
  'classes.list.more': 'Xem thêm {count} lớp',
  'classes.filter.kind': 'Loại lớp',
  'classes.filter.year': 'Năm khai giảng',
  'classes.col.title': 'Tên lớp',
  'classes.col.kind': 'Loại',
  'classes.col.unit': 'Đơn vị tổ chức',
  'classes.col.dates': 'Từ ngày – đến ngày',
  'classes.col.attendeeCount': 'Số học viên',
  'classes.col.picked': 'Số người được chọn',
  'classes.form.newTitle': 'Thêm lớp bồi dưỡng',
  'classes.form.editTitle': 'Sửa lớp bồi dưỡng',
  'classes.form.save': 'Lưu lớp',
  'classes.form.unitRequired': 'Vui lòng chọn đơn vị tổ chức lớp.',
  'classes.form.otherHasAttendees':
    'Lớp khác không ghi được người học theo danh sách. Hãy bỏ chọn {count} người hoặc đổi loại lớp.',
  'classes.form.countBelowPicked': 'Số học viên không được ít hơn số người đã chọn ({count}).',
  'classes.field.title': 'Tên lớp',
  'classes.field.titlePlaceholder': 'Ví dụ: Lớp bồi dưỡng nhận thức về Đảng khóa I năm 2026',
  'classes.field.kind': 'Loại lớp',
  'classes.field.unit': 'Đơn vị tổ chức',
  'classes.field.unitChoose': '— Chọn đơn vị —',
  'classes.field.unitClosed': 'đã giải thể',
  'classes.field.startOn': 'Từ ngày',
  'classes.field.endOn': 'Đến ngày',
  'classes.field.attendeeCount': 'Số học viên',
  'classes.field.attendeeCountHint':
    'Tổng số người đã học, kể cả người không có trong danh sách. Đã chọn: {count} người.',
  'classes.field.attendeeCountHintOther': 'Tổng số người đã học lớp.',
  'classes.error.countBelowAttendees':
    'Không lưu được: số học viên ít hơn số người đã chọn ({count}). Chưa có gì thay đổi.',
  'classes.error.kindHasNoAttendeeLink':
    'Không lưu được: lớp khác không ghi được người học theo danh sách. Chưa có gì thay đổi.',
  'classes.picker.legend': 'Người học trong danh sách',
  'classes.picker.pickedCount': 'đã chọn {count} người',
  'classes.picker.otherKind':
    'Tệp trao đổi dữ liệu với Tỉnh ủy chỉ ghi người học của lớp bồi dưỡng nhận thức về Đảng và lớp bồi dưỡng đảng viên mới. Với lớp khác, chỉ ghi số học viên.',
  'classes.picker.clear': 'Bỏ chọn {count} người',
  'classes.picker.clearShort': 'Bỏ chọn tất cả',
  'classes.picker.introAwareness':
    'Đánh dấu những quần chúng đã học lớp. Quần chúng chưa được kết nạp được xếp lên đầu.',
  'classes.picker.introNewMember':
    'Đánh dấu những đảng viên đã học lớp. Đảng viên dự bị được xếp lên đầu.',
  'classes.picker.pickedList': 'Những người đã chọn',
  'classes.picker.unpick': 'Bỏ chọn {name}',
  'classes.picker.andMore': 'và {count} người khác',
  'classes.picker.search': 'Tìm theo họ tên hoặc số CCCD',
  'classes.picker.searchHint': 'Gõ không dấu cũng được, ví dụ “nguyen van an”.',
  'classes.picker.mode': 'Hiển thị',
  'classes.picker.suitableAwareness': 'Quần chúng chưa kết nạp',
  'classes.picker.suitableNewMember': 'Đảng viên dự bị',
  'classes.picker.all': 'Tất cả mọi người',
  'classes.picker.picked': 'Chỉ người đã chọn',
  'classes.picker.noPeople':
    'Chưa có quần chúng hay đảng viên nào trong danh sách. Hãy thêm người ở mục Quần chúng & đảng viên.',
  'classes.picker.noMatch': 'Không có ai khớp. Hãy thử tên khác hoặc chọn “Tất cả mọi người”.',
  'classes.picker.tooMany':
    'Đơn vị mở lớp có hơn {count} người: hãy chọn đơn vị trực tiếp mở lớp (chi bộ, đảng bộ cơ sở) để chọn người học.',
  'classes.picker.showingSome': 'Hiển thị {shown} / {count} người. Gõ tên để thu hẹp danh sách.',
  'classes.picker.showingAll': '{count} người',
  'classes.picker.otherClass': 'Đang ghi là học viên lớp “{title}”; chọn sẽ chuyển sang lớp này.',
  'classes.picker.unknownClass': 'ngoài phạm vi',
};

export const classes: Area<keyof typeof vi> = {
  vi,
  en: {
    'classes.title': 'Training classes',
    'classes.description':
      'Party awareness classes, new member classes and other classes held by the party units.',
    'classes.add': 'Add class',
    'classes.backToList': 'Back to the class list',
    'classes.saved': {
      one: 'Class “{title}” saved ({count} person picked from the list).',
      other: 'Class “{title}” saved ({count} people picked from the list).',
    },
    'classes.notFound': 'This class was not found; it may have been deleted.',
    'classes.editNamed': 'Edit class {title}',
    'classes.deleteNamed': 'Delete class {title}',
    'classes.delete.confirm': 'Delete class “{title}”? This cannot be undone.',
    'classes.delete.confirmLinked': {
      one: 'Delete class “{title}”? {count} person recorded as its attendee will be unlinked from it. This cannot be undone.',
      other:
        'Delete class “{title}”? {count} people recorded as its attendees will be unlinked from it. This cannot be undone.',
    },
    'classes.delete.done': 'Class “{title}” deleted.',
    'classes.empty.title': 'No training classes yet',
    'classes.empty.body':
      'Add a party awareness class or a new member class, then pick the people who attended from the list of candidates and members.',
    'classes.list.heading': 'Classes',
    'classes.list.count': {
      one: 'Showing {shown} of {count} class',
      other: 'Showing {shown} of {count} classes',
    },
    'classes.list.noMatch': 'No class matches the filters. Choose another kind or year.',
    'classes.list.more': { one: 'Show {count} more class', other: 'Show {count} more classes' },
    'classes.filter.kind': 'Kind',
    'classes.filter.year': 'Start year',
    'classes.col.title': 'Title',
    'classes.col.kind': 'Kind',
    'classes.col.unit': 'Organised by',
    'classes.col.dates': 'From – to',
    'classes.col.attendeeCount': 'Attendees',
    'classes.col.picked': 'Picked from the list',
    'classes.form.newTitle': 'Add a training class',
    'classes.form.editTitle': 'Edit training class',
    'classes.form.save': 'Save class',
    'classes.form.unitRequired': 'Please choose the organising unit.',
    'classes.form.otherHasAttendees': {
      one: 'An “other” class cannot record attendees from the list. Unpick the {count} person or change the kind.',
      other:
        'An “other” class cannot record attendees from the list. Unpick the {count} people or change the kind.',
    },
    'classes.form.countBelowPicked':
      'The number of attendees must not be less than the number picked ({count}).',
    'classes.field.title': 'Title',
    'classes.field.titlePlaceholder': 'e.g. Party awareness class, 1st course 2026',
    'classes.field.kind': 'Kind',
    'classes.field.unit': 'Organising unit',
    'classes.field.unitChoose': '— Choose a unit —',
    'classes.field.unitClosed': 'closed',
    'classes.field.startOn': 'From',
    'classes.field.endOn': 'To',
    'classes.field.attendeeCount': 'Number of attendees',
    'classes.field.attendeeCountHint':
      'Everyone who attended, including people not in the list. Picked: {count}.',
    'classes.field.attendeeCountHintOther': 'Everyone who attended the class.',
    'classes.error.countBelowAttendees':
      'Not saved: the number of attendees is less than the number picked ({count}). Nothing was changed.',
    'classes.error.kindHasNoAttendeeLink':
      'Not saved: an “other” class cannot record attendees from the list. Nothing was changed.',
    'classes.picker.legend': 'Attendees from the list',
    'classes.picker.pickedCount': '{count} picked',
    'classes.picker.otherKind':
      'The exchange file with the province records attendees only for party awareness and new member classes. For other classes, only the number of attendees is kept.',
    'classes.picker.clear': { one: 'Unpick {count} person', other: 'Unpick {count} people' },
    'classes.picker.clearShort': 'Unpick all',
    'classes.picker.introAwareness':
      'Tick the candidates who attended. Candidates not yet admitted come first.',
    'classes.picker.introNewMember':
      'Tick the members who attended. Probationary members come first.',
    'classes.picker.pickedList': 'People picked',
    'classes.picker.unpick': 'Unpick {name}',
    'classes.picker.andMore': 'and {count} more',
    'classes.picker.search': 'Search by name or national ID',
    'classes.picker.searchHint': 'Diacritics are optional, e.g. “nguyen van an”.',
    'classes.picker.mode': 'Show',
    'classes.picker.suitableAwareness': 'Candidates not yet admitted',
    'classes.picker.suitableNewMember': 'Probationary members',
    'classes.picker.all': 'Everyone',
    'classes.picker.picked': 'Only people picked',
    'classes.picker.noPeople':
      'There are no candidates or members yet. Add people under Candidates & members.',
    'classes.picker.noMatch': 'Nobody matches. Try another name or choose “Everyone”.',
    'classes.picker.tooMany':
      'The class’s unit has more than {count} people: choose the unit that holds the class (a chi bộ or grassroots committee) to pick its attendees.',
    'classes.picker.showingSome': {
      one: 'Showing {shown} of {count} person. Type a name to narrow down.',
      other: 'Showing {shown} of {count} people. Type a name to narrow down.',
    },
    'classes.picker.showingAll': { one: '{count} person', other: '{count} people' },
    'classes.picker.otherClass':
      'Recorded as an attendee of “{title}”; picking moves them to this class.',
    'classes.picker.unknownClass': 'out of scope',
  },
};
