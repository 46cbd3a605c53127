// The screen that merges a duplicate pair of people (/quality/merge?a=…&b=…).
import type { Area } from './types';

const vi = {
  'merge.title': 'Gộp hồ sơ trùng',
  'merge.description':
    'Hai hồ sơ dưới đây có thể là cùng một người. Chọn hồ sơ giữ lại và, với mỗi thông tin khác nhau, chọn giá trị đúng. Hồ sơ còn lại bị xóa khi gộp; có thể hoàn tác cho đến lần xuất tệp tiếp theo.',
  'merge.backToChecks': 'Về trang kiểm tra dữ liệu',
  'merge.side': 'Hồ sơ {side}',
  'merge.updatedAt': 'cập nhật {date}',
  'merge.open': 'Mở hồ sơ {side}',
  'merge.table.title': 'So sánh từng thông tin',
  'merge.column.field': 'Thông tin',
  'merge.differs': 'khác nhau',
  'merge.differCount':
    'Có {count} thông tin khác nhau (tô màu). Giá trị chọn sẵn: một giá trị được ưu tiên hơn ô trống; nếu cả hai hồ sơ đều có, lấy giá trị của hồ sơ cập nhật gần đây hơn.',
  'merge.noDifference': 'Hai hồ sơ giống nhau ở mọi thông tin.',
  'merge.choice': '{field}: lấy giá trị của hồ sơ {side} ({value})',
  'merge.empty': '(trống)',
  'merge.keep.legend': 'Giữ lại hồ sơ nào',
  'merge.keep.option': 'Giữ hồ sơ {side}',
  'merge.keep.hint':
    'Chọn sẵn hồ sơ có nhiều thông tin hơn (nếu bằng nhau: hồ sơ cập nhật gần đây hơn). Hồ sơ giữ lại giữ nguyên mã, nên các tệp đã gửi cấp trên vẫn khớp.',
  'merge.summary.title': 'Khi gộp',
  'merge.summary.kept': 'Hồ sơ {side} ({name}) được giữ lại với các giá trị đã chọn.',
  'merge.summary.removed':
    'Hồ sơ {side} sẽ bị xóa; lần xuất tệp tiếp theo gửi việc xóa này lên cấp trên.',
  'merge.summary.links': 'Các liên kết chuyển sang hồ sơ {side}: {links}.',
  'merge.summary.noLinks': 'Không có liên kết lớp học hay địa bàn nào phải chuyển.',
  'merge.link.awarenessClassId': 'lớp bồi dưỡng nhận thức về Đảng',
  'merge.link.newMemberClassId': 'lớp bồi dưỡng đảng viên mới',
  'merge.link.placeId': 'địa bàn',
  'merge.confirm': 'Gộp hai hồ sơ',
  'merge.merging': 'Đang gộp…',
  'merge.notSame': 'Không phải cùng một người',
  'merge.notSame.done':
    'Đã ghi nhận: hai hồ sơ này không phải cùng một người. Cặp này không còn được báo là trùng.',
  'merge.notSame.unmark': 'Bỏ ghi nhận',
  'merge.done.title': 'Đã gộp hai hồ sơ',
  'merge.done.body':
    'Hồ sơ {side} ({name}) được giữ lại; hồ sơ còn lại đã bị xóa. Có thể hoàn tác cho đến lần xuất tệp tiếp theo.',
  'merge.done.open': 'Xem hồ sơ đã gộp',
  'merge.undo': 'Hoàn tác',
  'merge.undone': 'Đã hoàn tác: hai hồ sơ trở lại như trước khi gộp.',
  'merge.error.gone': 'Một trong hai hồ sơ không còn (đã bị xóa hoặc gộp ở nơi khác). Chưa ghi gì.',
  'merge.error.changed':
    'Một trong hai hồ sơ vừa được sửa ở cửa sổ khác. Chưa ghi gì; màn hình đã đọc lại giá trị mới, các lựa chọn của bạn vẫn giữ: hãy xem lại rồi gộp.',
  'merge.error.noUndo': 'Không còn gì để hoàn tác: việc gộp đã được xuất tệp gửi đi.',
  'merge.error.changedSince':
    'Không thể hoàn tác: hồ sơ giữ lại đã được sửa sau khi gộp, hoặc hồ sơ đã xóa được nhập lại. Chưa ghi gì.',
  'merge.error.lockChanged':
    'Không thể hoàn tác: khóa ứng dụng đã được bật, tắt hoặc đổi sau khi gộp. Chưa ghi gì.',
  'merge.error.other': 'Chưa ghi gì: {message}',
  'merge.missing.title': 'Không tìm thấy hồ sơ',
  'merge.missing.body':
    'Hồ sơ {side} không còn trong dữ liệu (đã bị xóa hoặc đã gộp). Mở lại trang kiểm tra dữ liệu để xem các cặp còn lại.',
  'merge.badLink.title': 'Đường dẫn chưa đủ hai hồ sơ',
  'merge.badLink.body':
    'Trang này so sánh hai hồ sơ khác nhau: mở nó từ một cặp hồ sơ trùng trên trang kiểm tra dữ liệu.',
  'merge.field.fullName': 'Họ và tên',
  'merge.field.gender': 'Giới tính',
  'merge.field.birthDate': 'Ngày sinh',
  'merge.field.nationalId': 'Số CCCD',
  'merge.field.unitId': 'Tổ chức đảng',
  'merge.field.ethnicity': 'Dân tộc',
  'merge.field.religion': 'Tôn giáo',
  'merge.field.youthUnion': 'Đoàn viên',
  'merge.field.occupation': 'Nghề nghiệp',
  'merge.field.workplaceSector': 'Khu vực làm việc',
  'merge.field.education': 'Trình độ học vấn',
  'merge.field.decisionNo': 'Số quyết định kết nạp',
  'merge.field.awarenessClassId': 'Lớp bồi dưỡng nhận thức về Đảng',
  'merge.field.newMemberClassId': 'Lớp bồi dưỡng đảng viên mới',
  'merge.field.placeId': 'Địa bàn',
  'merge.noReligion': 'Không',
};

export const merge: Area<keyof typeof vi> = {
  vi,
  en: {
    'merge.title': 'Merge duplicate records',
    'merge.description':
      'These two records may be the same person. Choose the record to keep and, for each detail that differs, the right value. The other record is deleted by the merge; it can be undone until the next export.',
    'merge.backToChecks': 'Back to the data checks',
    'merge.side': 'Record {side}',
    'merge.updatedAt': 'updated {date}',
    'merge.open': 'Open record {side}',
    'merge.table.title': 'Detail by detail',
    'merge.column.field': 'Detail',
    'merge.differs': 'differs',
    'merge.differCount': {
      one: '{count} detail differs (highlighted). Preselected: a value over an empty one; where both records have one, the value of the more recently updated record.',
      other:
        '{count} details differ (highlighted). Preselected: a value over an empty one; where both records have one, the value of the more recently updated record.',
    },
    'merge.noDifference': 'The two records are the same in every detail.',
    'merge.choice': '{field}: take the value of record {side} ({value})',
    'merge.empty': '(empty)',
    'merge.keep.legend': 'Which record to keep',
    'merge.keep.option': 'Keep record {side}',
    'merge.keep.hint':
      'Preselected: the record with more details (on a tie, the more recently updated). The kept record keeps its id, so files already sent still match.',
    'merge.summary.title': 'What the merge does',
    'merge.summary.kept': 'Record {side} ({name}) is kept with the chosen values.',
    'merge.summary.removed':
      'Record {side} will be deleted; the next export sends the deletion upwards.',
    'merge.summary.links': 'Links moving to record {side}: {links}.',
    'merge.summary.noLinks': 'No class or place link has to move.',
    'merge.link.awarenessClassId': 'awareness class',
    'merge.link.newMemberClassId': 'new-member class',
    'merge.link.placeId': 'place',
    'merge.confirm': 'Merge the two records',
    'merge.merging': 'Merging…',
    'merge.notSame': 'Not the same person',
    'merge.notSame.done':
      'Recorded: these two records are not the same person. The pair is no longer reported as a duplicate.',
    'merge.notSame.unmark': 'Take the mark back',
    'merge.done.title': 'The two records were merged',
    'merge.done.body':
      'Record {side} ({name}) is kept; the other was deleted. This can be undone until the next export.',
    'merge.done.open': 'Open the merged record',
    'merge.undo': 'Undo',
    'merge.undone': 'Undone: both records are back as they were before the merge.',
    'merge.error.gone':
      'One of the two records is gone (deleted or merged elsewhere). Nothing was written.',
    'merge.error.changed':
      'One of the two records was just edited in another window. Nothing was written; the screen has read the new values and kept your choices: check them and merge again.',
    'merge.error.noUndo': 'Nothing left to undo: the merge has been exported.',
    'merge.error.changedSince':
      'Cannot undo: the kept record was edited after the merge, or the deleted one was imported again. Nothing was written.',
    'merge.error.lockChanged':
      'Cannot undo: the app lock was turned on, off or changed after the merge. Nothing was written.',
    'merge.error.other': 'Nothing was written: {message}',
    'merge.missing.title': 'Record not found',
    'merge.missing.body':
      'Record {side} is no longer in the data (deleted or merged). Open the data checks again to see the remaining pairs.',
    'merge.badLink.title': 'The link does not name two records',
    'merge.badLink.body':
      'This page compares two different records: open it from a duplicate pair on the data checks page.',
    'merge.field.fullName': 'Full name',
    'merge.field.gender': 'Gender',
    'merge.field.birthDate': 'Date of birth',
    'merge.field.nationalId': 'National ID (CCCD)',
    'merge.field.unitId': 'Party unit',
    'merge.field.ethnicity': 'Ethnicity',
    'merge.field.religion': 'Religion',
    'merge.field.youthUnion': 'Youth Union member',
    'merge.field.occupation': 'Occupation',
    'merge.field.workplaceSector': 'Workplace sector',
    'merge.field.education': 'Education',
    'merge.field.decisionNo': 'Admission decision number',
    'merge.field.awarenessClassId': 'Awareness class',
    'merge.field.newMemberClassId': 'New-member class',
    'merge.field.placeId': 'Place',
    'merge.noReligion': 'None',
  },
};
