// Messages of the exchange layer: why a file is refused (importErrorMessage), what a field must
// hold, warnings, why a record is out of scope or stale. The /sync page's own texts are in sync.ts.
import type { Area } from './types';

const vi = {
  'exchange.refused': 'Tệp “{file}” bị từ chối: {detail}',
  'exchange.where.envelope': 'phần đầu tệp',
  'exchange.where.record': 'bản ghi {array}[{index}]',
  'exchange.where.recordWithId': 'bản ghi {array}[{index}] (id {id})',
  'exchange.found.value': 'nhận được “{value}”',
  'exchange.found.missing': 'nhưng trường này bị thiếu',

  'exchange.error.emptyFile': 'tệp rỗng, không có nội dung nào.',
  'exchange.error.unreadable': 'không đọc được tệp từ ổ đĩa. Hãy chép tệp vào máy rồi chọn lại.',
  'exchange.error.previewExpired':
    'bản xem trước của tệp không còn (bộ xử lý nhập tệp đã khởi động lại). Hãy chọn lại tệp.',
  'exchange.error.appLocked':
    'ứng dụng đang khóa nên chưa ghi được số CCCD đã mã hóa. Chưa ghi gì từ tệp; hãy mở khóa rồi áp dụng lại.',
  'exchange.error.lockChanged':
    'khóa ứng dụng vừa được bật, tắt hoặc đổi mật khẩu (hoặc đang bật, tắt) trong lúc ghi tệp. Chưa ghi gì từ tệp; hãy chờ việc đó xong rồi áp dụng lại.',
  'exchange.error.notUtf8':
    'tệp không phải văn bản UTF-8 (có thể là tệp Excel, Word hoặc tệp nén). Hãy chọn tệp .ptdv.json do phần mềm xuất ra.',
  'exchange.error.notJson':
    'nội dung không phải JSON hợp lệ. Hãy chọn tệp .ptdv.json do phần mềm xuất ra.',
  'exchange.error.notJsonAt':
    'nội dung không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column}). Hãy chọn tệp .ptdv.json do phần mềm xuất ra.',
  'exchange.error.truncated':
    'tệp bị cắt cụt, kết thúc giữa chừng (có thể tệp chưa tải hoặc chép xong). Hãy lấy lại tệp đầy đủ từ nơi gửi.',
  'exchange.error.notThisFormat':
    'đây không phải tệp trao đổi dữ liệu PTĐV: cần trường “format” có giá trị “ptdv-exchange”, {found}.',
  'exchange.error.newerVersion':
    'tệp theo định dạng phiên bản {version}, mới hơn các phiên bản mà phần mềm này đọc được ({supported}). Hãy cập nhật phần mềm PTĐV rồi nhập lại.',
  'exchange.error.invalidEnvelope': '{where} — trường “{field}”: cần {expected}, {found}.',
  'exchange.error.invalidRecord': '{where} — trường “{field}”: cần {expected}, {found}.',
  'exchange.error.invalidRecordWhole': '{where}: cần {expected}, {found}.',
  'exchange.error.missingReference':
    '{where} — trường “{field}”: cần {expected}, {found} — không có trong tệp cũng như trong máy.',
  'exchange.error.duplicateId':
    '{where} trùng id với bản ghi {array}[{otherIndex}]: mỗi bản ghi phải có id riêng.',
  'exchange.error.duplicatePlaceYear':
    '{where} — trường “year”: địa bàn {place} đã có số liệu năm {year} ở bản ghi {array}[{otherIndex}]; mỗi địa bàn chỉ có một bản số liệu cho mỗi năm.',
  'exchange.error.sealedNoKey':
    'đây là tệp đã mã hóa gửi Tỉnh ủy, nhưng máy này chưa có khóa bí mật của Tỉnh ủy để mở. Hãy tạo khóa hoặc khôi phục khóa từ bản sao lưu.',
  'exchange.error.sealedTampered':
    'tệp đã mã hóa bị sửa đổi hoặc hư hỏng sau khi đơn vị ký (chữ ký hoặc nội dung không khớp). Không nhập tệp này; hãy đề nghị đơn vị gửi lại.',
  'exchange.error.sealedWrongSigner':
    'tệp được ký bằng một khóa khác với khóa đã biết của đơn vị gửi{unit}. Có thể tệp bị giả mạo, hoặc đơn vị đã cài lại máy: hãy xác minh với đơn vị trước khi nhập.',
  'exchange.error.sealedNotForUs':
    'tệp được mã hóa cho một khóa khác, không phải khóa của Tỉnh ủy trên máy này.',

  'exchange.expected.uuid': 'một mã định danh dạng UUID',
  'exchange.expected.uuidOrNull': 'một mã định danh dạng UUID hoặc null',
  'exchange.expected.dateTime':
    'một thời điểm ISO 8601 có múi giờ (ví dụ 2026-01-31T08:30:00+07:00)',
  'exchange.expected.date': 'một ngày dạng YYYY-MM-DD',
  'exchange.expected.dateOrNull': 'một ngày dạng YYYY-MM-DD hoặc null',
  'exchange.expected.endOn': 'một ngày dạng YYYY-MM-DD không trước ngày bắt đầu (startOn)',
  'exchange.expected.text': 'một chuỗi ký tự không rỗng',
  'exchange.expected.textOrNull': 'một chuỗi ký tự hoặc null',
  'exchange.expected.enum': 'một trong các giá trị {allowed}',
  'exchange.expected.ethnicity':
    'tên một trong 54 dân tộc theo danh mục (ví dụ Kinh, Tày, Khơ-me, HMông) hoặc một tên gọi khác được chấp nhận',
  'exchange.expected.religion':
    'null (không theo tôn giáo nào) hoặc tên một tôn giáo được Nhà nước công nhận (ví dụ Phật giáo, Công giáo, Tin Lành)',
  'exchange.expected.nationalId': 'số CCCD gồm đúng 12 chữ số, hoặc null',
  'exchange.expected.boolean': 'true hoặc false',
  'exchange.expected.count': 'một số nguyên không âm',
  'exchange.expected.year': 'một năm (số nguyên từ 1930 đến 2200)',
  'exchange.expected.toYear': 'một năm không trước năm bắt đầu (fromYear)',
  'exchange.expected.milestones': 'một đối tượng chứa các mốc thời gian (có thể rỗng: {})',
  'exchange.expected.record': 'một đối tượng JSON (một bản ghi)',
  'exchange.expected.valid': 'một giá trị hợp lệ',
  'exchange.expected.array': 'một mảng (có thể rỗng)',
  'exchange.expected.format': '“ptdv-exchange”',
  'exchange.expected.version': 'một số phiên bản định dạng ({supported})',
  'exchange.expected.source':
    'một đối tượng { unitId, unitCode, unitName, app } mô tả đơn vị và phần mềm xuất tệp',
  'exchange.expected.scope': '{"type": "full"} hoặc {"type": "changes", "since": …}',
  'exchange.expected.scopeType': '“full” hoặc “changes”',
  'exchange.expected.jwk': 'một khóa công khai dạng JWK',
  'exchange.expected.unitKeys': 'một đối tượng ánh xạ id đơn vị → khóa công khai JWK',
  'exchange.expected.unitRef': 'id của một đơn vị có trong tệp hoặc đã có trong máy',
  'exchange.expected.classRef': 'id của một lớp bồi dưỡng có trong tệp hoặc đã có trong máy',
  'exchange.expected.placeRef':
    'id của một địa bàn (thôn, tổ dân phố, trường, doanh nghiệp) có trong tệp hoặc đã có trong máy',

  'exchange.warning.unknownMember':
    'Tệp có trường “{field}” ở phần đầu, không thuộc định dạng: bỏ qua.',
  'exchange.warning.backupMember':
    'Đây là tệp sao lưu toàn bộ của một máy: ở đây chỉ nhập dữ liệu trao đổi, bỏ qua phần cài đặt, lịch sử và khóa. Để khôi phục cả máy, dùng “Khôi phục từ tệp sao lưu” trong Cài đặt.',
  'exchange.warning.unknownField':
    'Trường “{field}” trong {array} không thuộc định dạng: bỏ qua ({count} bản ghi, đầu tiên là {array}[{index}]).',
  'exchange.warning.extensionIgnored':
    'Trường “{field}” chỉ được nhận từ tệp của Tỉnh ủy: bỏ qua trong tệp của đơn vị.',
  'exchange.warning.otherTree':
    'Đơn vị gửi tệp không nối được vào cây tổ chức trong máy (không thuộc cùng một Tỉnh ủy, hoặc cây trong máy chưa cập nhật): hãy kiểm tra trước khi áp dụng.',
  'exchange.warning.unusableKey':
    'Khóa “{field}” trong tệp không phải khóa công khai P-256 mà phần mềm dùng được: bỏ qua.',

  'exchange.reason.outsideSource': 'thuộc đơn vị nằm ngoài phạm vi của đơn vị gửi tệp',
  'exchange.reason.storedOutsideSource':
    'bản ghi đang có trong máy thuộc đơn vị nằm ngoài phạm vi của đơn vị gửi tệp',
  'exchange.reason.movesSourceUnit':
    'đơn vị gửi tệp không được tự chuyển mình sang vị trí khác trong cây tổ chức',
  'exchange.stale.older': 'cũ hơn bản đang có trong máy',
  'exchange.stale.deleted': 'đã bị xóa sau lần sửa này',
  'exchange.stale.changedAfterDelete': 'bản ghi được sửa sau thời điểm xóa',

  'exchange.type.unit': 'Đơn vị',
  'exchange.type.person': 'Quần chúng, đảng viên',
  'exchange.type.class': 'Lớp bồi dưỡng',
  'exchange.type.target': 'Chỉ tiêu kết nạp',
  'exchange.type.memberCount': 'Số đảng viên',
  'exchange.type.place': 'Địa bàn, nguồn',
  'exchange.type.placeFigure': 'Số liệu địa bàn',
};

export const exchange: Area<keyof typeof vi> = {
  vi,
  en: {
    'exchange.refused': 'File “{file}” refused: {detail}',
    'exchange.where.envelope': 'the file header',
    'exchange.where.record': 'record {array}[{index}]',
    'exchange.where.recordWithId': 'record {array}[{index}] (id {id})',
    'exchange.found.value': 'found “{value}”',
    'exchange.found.missing': 'but the field is missing',

    'exchange.error.emptyFile': 'the file is empty.',
    'exchange.error.unreadable':
      'the file could not be read. Copy it to this computer and pick it again.',
    'exchange.error.previewExpired':
      'its preview is gone (the import worker restarted). Choose the file again.',
    'exchange.error.appLocked':
      'the app is locked, so the encrypted ID numbers cannot be written. Nothing of the file was written; unlock and apply it again.',
    'exchange.error.lockChanged':
      'the app lock was turned on, off or its passphrase changed (or is being turned on or off) while the file was written. Nothing of the file was written; wait until that is done and apply it again.',
    'exchange.error.notUtf8':
      'the file is not UTF-8 text (perhaps an Excel, Word or zip file). Pick a .ptdv.json file written by the app.',
    'exchange.error.notJson':
      'the content is not valid JSON. Pick a .ptdv.json file written by the app.',
    'exchange.error.notJsonAt':
      'the content is not valid JSON (error at line {line}, column {column}). Pick a .ptdv.json file written by the app.',
    'exchange.error.truncated':
      'the file is truncated: it ends in the middle (perhaps it was not fully downloaded or copied). Get the whole file again.',
    'exchange.error.notThisFormat':
      'this is not a PTĐV exchange file: the “format” field must be “ptdv-exchange”, {found}.',
    'exchange.error.newerVersion':
      'the file is in format version {version}, newer than the versions this app reads ({supported}). Update PTĐV and import it again.',
    'exchange.error.invalidEnvelope': '{where} — field “{field}”: expected {expected}, {found}.',
    'exchange.error.invalidRecord': '{where} — field “{field}”: expected {expected}, {found}.',
    'exchange.error.invalidRecordWhole': '{where}: expected {expected}, {found}.',
    'exchange.error.missingReference':
      '{where} — field “{field}”: expected {expected}, {found} — neither in the file nor on this computer.',
    'exchange.error.duplicateId':
      '{where} has the same id as record {array}[{otherIndex}]: every record needs its own id.',
    'exchange.error.duplicatePlaceYear':
      '{where} — field “year”: place {place} already has figures for {year} in record {array}[{otherIndex}]; a place has one set of figures per year.',
    'exchange.error.sealedNoKey':
      'this is a file sealed for the province, but this computer has no province private key to open it. Create the key or restore it from its backup.',
    'exchange.error.sealedTampered':
      'the sealed file was changed or damaged after the unit signed it (signature or content does not match). Do not import it; ask the unit to send it again.',
    'exchange.error.sealedWrongSigner':
      'the file is signed with a key other than the known key of the sending unit{unit}. It may be forged, or the unit reinstalled its computer: check with the unit before importing.',
    'exchange.error.sealedNotForUs':
      'the file is sealed for another key, not the province key of this computer.',

    'exchange.expected.uuid': 'a UUID',
    'exchange.expected.uuidOrNull': 'a UUID or null',
    'exchange.expected.dateTime':
      'an ISO 8601 date-time with offset (e.g. 2026-01-31T08:30:00+07:00)',
    'exchange.expected.date': 'a date YYYY-MM-DD',
    'exchange.expected.dateOrNull': 'a date YYYY-MM-DD or null',
    'exchange.expected.endOn': 'a date YYYY-MM-DD not before the start date (startOn)',
    'exchange.expected.text': 'a non-empty string',
    'exchange.expected.textOrNull': 'a string or null',
    'exchange.expected.enum': 'one of {allowed}',
    'exchange.expected.ethnicity':
      'the name of one of the 54 ethnic groups (e.g. Kinh, Tày, Khơ-me, HMông) or an accepted alias',
    'exchange.expected.religion':
      'null (no religion) or the name of a religion recognised by the State (e.g. Phật giáo, Công giáo, Tin Lành)',
    'exchange.expected.nationalId': 'a CCCD number of exactly 12 digits, or null',
    'exchange.expected.boolean': 'true or false',
    'exchange.expected.count': 'a non-negative integer',
    'exchange.expected.year': 'a year (an integer from 1930 to 2200)',
    'exchange.expected.toYear': 'a year not before the start year (fromYear)',
    'exchange.expected.milestones': 'an object of milestone dates (may be empty: {})',
    'exchange.expected.record': 'a JSON object (a record)',
    'exchange.expected.valid': 'a valid value',
    'exchange.expected.array': 'an array (may be empty)',
    'exchange.expected.format': '“ptdv-exchange”',
    'exchange.expected.version': 'a format version number ({supported})',
    'exchange.expected.source':
      'an object { unitId, unitCode, unitName, app } naming the exporting unit and program',
    'exchange.expected.scope': '{"type": "full"} or {"type": "changes", "since": …}',
    'exchange.expected.scopeType': '“full” or “changes”',
    'exchange.expected.jwk': 'a public key as JWK',
    'exchange.expected.unitKeys': 'an object mapping unit ids to public keys (JWK)',
    'exchange.expected.unitRef': 'the id of a unit in the file or already on this computer',
    'exchange.expected.classRef':
      'the id of a training class in the file or already on this computer',

    'exchange.expected.placeRef':
      'the id of a place (hamlet, residential group, school, enterprise) in the file or on this computer',
    'exchange.warning.unknownMember':
      'The file has a header field “{field}” that is not part of the format: ignored.',
    'exchange.warning.backupMember':
      'This is a full backup of an installation: here only its exchange records are imported; its settings, history and keys are ignored. To restore a whole installation, use “Restore from a backup file” in Settings.',
    'exchange.warning.unknownField': {
      one: 'Field “{field}” in {array} is not part of the format: ignored ({count} record, {array}[{index}]).',
      other:
        'Field “{field}” in {array} is not part of the format: ignored ({count} records, first {array}[{index}]).',
    },
    'exchange.warning.extensionIgnored':
      'Field “{field}” is only accepted from the province’s file: ignored in a unit’s file.',
    'exchange.warning.otherTree':
      'The sending unit does not connect to the unit tree on this computer (another province, or an outdated tree here): check before applying.',
    'exchange.warning.unusableKey':
      'Key “{field}” in the file is not a P-256 public key the app can use: ignored.',

    'exchange.reason.outsideSource': 'belongs to a unit outside the sending unit’s scope',
    'exchange.reason.storedOutsideSource':
      'the stored record belongs to a unit outside the sending unit’s scope',
    'exchange.reason.movesSourceUnit': 'the sending unit may not move itself in the unit tree',
    'exchange.stale.older': 'older than the stored one',
    'exchange.stale.deleted': 'deleted after this change',
    'exchange.stale.changedAfterDelete': 'the record was changed after the deletion',

    'exchange.type.unit': 'Units',
    'exchange.type.person': 'Candidates and members',
    'exchange.type.class': 'Training classes',
    'exchange.type.target': 'Admission quotas',
    'exchange.type.memberCount': 'Member counts',
    'exchange.type.place': 'Places',
    'exchange.type.placeFigure': 'Place figures',
  },
};
