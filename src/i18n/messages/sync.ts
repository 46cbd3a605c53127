// The /sync page: importing files (preview, apply), exporting them, the province's keys and its
// sync board. The refusals of a file are in exchange.ts (exchange.*).
import type { Area } from './types';

const vi = {
  'sync.title': 'Trao đổi dữ liệu',
  'sync.description':
    'Nhập tệp .ptdv.json từ Tỉnh ủy hoặc từ các đơn vị, xuất tệp gửi đi. Mọi việc diễn ra trên máy này: không có dữ liệu nào được gửi qua mạng.',
  'sync.notSetUp.body':
    'Cài đặt này chưa được thiết lập. Nếu Tỉnh ủy đã gửi tệp cây tổ chức (.ptdv.json), hãy nhập tệp đó ở dưới, rồi chọn đơn vị của mình ở trang thiết lập.',
  'sync.notSetUp.setupHint': 'Chưa có tệp của Tỉnh ủy? Hãy bắt đầu bằng việc tạo tổ chức đảng.',
  'sync.notSetUp.toSetup': 'Đến trang thiết lập ban đầu',

  'sync.array.units': '{count} tổ chức đảng',
  'sync.array.people': '{count} người',
  'sync.array.classes': '{count} lớp',
  'sync.array.targets': '{count} chỉ tiêu',
  'sync.array.memberCounts': '{count} số đảng viên',
  'sync.array.deleted': '{count} bản ghi xóa',
  'sync.array.places': '{count} địa bàn',
  'sync.array.placeFigures': '{count} bản số liệu địa bàn',

  'sync.import.title': 'Nhập tệp',
  'sync.import.explain':
    'Chọn một hoặc nhiều tệp .ptdv.json, tệp thường hay tệp đã mã hóa. Trước khi ghi vào máy, bạn xem trước những gì mỗi tệp sẽ thay đổi rồi mới áp dụng.',
  'sync.import.choose': 'Chọn tệp để nhập',
  'sync.import.drop': 'hoặc kéo và thả tệp vào khung này',
  'sync.import.dropActive': 'Thả tệp vào đây để xem trước',
  'sync.import.phase.read': 'Đang đọc tệp',
  'sync.import.phase.parse': 'Đang phân tích nội dung',
  'sync.import.phase.validate': 'Đang kiểm tra từng bản ghi',
  'sync.import.phase.plan': 'Đang đối chiếu với dữ liệu trên máy',
  'sync.import.phase.waiting': 'Đang chờ',
  'sync.import.progressLabel': 'Tiến độ xem trước tệp {file}',
  'sync.import.failed': 'Không xem trước được các tệp: {message}',
  'sync.import.clear': 'Xóa danh sách xem trước',
  'sync.import.applyAll': 'Áp dụng tất cả tệp hợp lệ ({count})',
  'sync.import.continueSetup': 'Tiếp tục: chọn đơn vị của cài đặt này',
  'sync.import.continueSetupText':
    'Dữ liệu đã được ghi vào máy. Bước tiếp theo: chọn đơn vị của cài đặt này ở trang thiết lập ban đầu.',

  'sync.preview.label': 'Xem trước tệp {file}',
  'sync.preview.source': 'Đơn vị gửi',
  'sync.preview.exportedAt': 'Thời điểm xuất',
  'sync.preview.scope': 'Phạm vi',
  'sync.preview.scope.full': 'Toàn bộ dữ liệu',
  'sync.preview.scope.changes': 'Phần thay đổi từ {since}',
  'sync.preview.kind': 'Loại tệp',
  'sync.preview.kind.province': 'Tệp của Tỉnh ủy',
  'sync.preview.kind.unit': 'Tệp của đơn vị',
  'sync.preview.scopeHint.province': 'Tệp của Tỉnh ủy được thay đổi dữ liệu của mọi đơn vị.',
  'sync.preview.scopeHint.unit':
    'Tệp chỉ được thay đổi dữ liệu của {unit} và các đơn vị trực thuộc; bản ghi khác bị bỏ qua.',
  'sync.preview.type': 'Loại bản ghi',
  'sync.preview.created': 'Tạo mới',
  'sync.preview.updated': 'Cập nhật',
  'sync.preview.unchanged': 'Không đổi',
  'sync.preview.stale': 'Cũ hơn — bỏ qua',
  'sync.preview.outOfScope': 'Ngoài phạm vi',
  'sync.preview.deleted': 'Xóa',
  'sync.preview.countsCaption': 'Những gì tệp sẽ thay đổi, theo loại bản ghi',
  'sync.preview.outOfScopeTitle': 'Bản ghi ngoài phạm vi của đơn vị gửi (sẽ bỏ qua)',
  'sync.preview.staleTitle': 'Bản ghi cũ hơn dữ liệu trên máy (sẽ bỏ qua)',
  'sync.preview.warningsTitle': 'Cảnh báo',
  'sync.preview.more': '… và {count} bản ghi khác',
  'sync.preview.already':
    'Đã nhập trước đây: tệp này đã được áp dụng, áp dụng lại sẽ không thay đổi gì.',
  'sync.preview.nothing': 'Tệp không có gì mới so với dữ liệu trên máy.',
  'sync.preview.sealed':
    'Tệp đã mã hóa; chữ ký của {unit} hợp lệ. Mã khóa của đơn vị: {fingerprint}',
  'sync.preview.firstUse': 'Lần đầu nhận tệp từ đơn vị này — xác nhận khóa',
  'sync.preview.firstUseExplain':
    'Mã khóa của đơn vị: {fingerprint}. Hãy đối chiếu mã này với đơn vị (qua điện thoại hoặc văn bản) trước khi tin cậy: từ nay, tệp của đơn vị phải được ký bằng đúng khóa này.',
  'sync.preview.trust': 'Tôi đã đối chiếu và tin cậy khóa của đơn vị này',
  'sync.preview.trustFirst': 'Hãy xác nhận khóa của đơn vị trước khi áp dụng.',
  'sync.preview.provinceKey':
    'Tệp mang khóa công khai của Tỉnh ủy (mã {fingerprint}): từ nay tệp gửi Tỉnh ủy sẽ được mã hóa bằng khóa này.',
  'sync.preview.refused': 'Bị từ chối',
  'sync.preview.ready': 'Sẵn sàng',
  'sync.preview.apply': 'Áp dụng',
  'sync.preview.applying': 'Đang áp dụng…',
  'sync.preview.applied': 'Đã áp dụng',
  'sync.preview.remove': 'Bỏ tệp khỏi danh sách',
  'sync.preview.appliedSummary':
    'Đã áp dụng tệp “{file}”: tạo mới {created}, cập nhật {updated}, xóa {deleted} bản ghi.',
  'sync.preview.appliedAlready': 'Tệp “{file}” đã được nhập trước đây: không có gì thay đổi.',
  'sync.preview.applyFailed':
    'Không áp dụng được tệp “{file}”: {message} Dữ liệu trên máy không thay đổi.',

  'sync.imports.title': 'Các tệp đã nhập',
  'sync.imports.empty': 'Chưa nhập tệp nào',
  'sync.imports.emptyText': 'Mỗi tệp bạn áp dụng sẽ được ghi lại ở đây.',
  'sync.imports.when': 'Thời điểm nhập',
  'sync.imports.file': 'Tệp',
  'sync.imports.source': 'Đơn vị gửi',
  'sync.imports.exportedAt': 'Xuất lúc',
  'sync.imports.result': 'Kết quả',
  'sync.imports.resultValue': 'tạo {created}, cập nhật {updated}, xóa {deleted}',

  'sync.export.title': 'Xuất tệp gửi Tỉnh ủy',
  'sync.export.explain':
    'Tệp chứa dữ liệu của {unit} và các đơn vị trực thuộc, kèm danh sách bản ghi đã xóa. Gửi tệp cho Tỉnh ủy theo kênh được quy định.',
  'sync.export.full': 'Xuất toàn bộ',
  'sync.export.changes': 'Xuất phần thay đổi từ lần xuất trước',
  'sync.export.noPrevious': 'Chưa có lần xuất nào: lần đầu hãy xuất toàn bộ.',
  'sync.export.previous': 'Lần xuất trước: {when}.',
  'sync.export.seal': 'Mã hóa và ký tệp (khuyến nghị)',
  'sync.export.sealHint':
    'Chỉ Tỉnh ủy mở được tệp; tệp bị sửa dù một ký tự sẽ bị từ chối. Khóa của Tỉnh ủy: {fingerprint}.',
  'sync.export.sealUnavailable':
    'Chưa thể mã hóa: máy này chưa nhận được khóa công khai của Tỉnh ủy. Hãy nhập tệp mới nhất Tỉnh ủy gửi xuống. Cho đến lúc đó, tệp xuất ra là tệp thường: dữ liệu cá nhân trong tệp không được mã hóa.',
  'sync.export.signingKey':
    'Mã khóa ký của máy này: {fingerprint}. Khi nhận tệp mã hóa đầu tiên của đơn vị, Tỉnh ủy sẽ đối chiếu mã này với bạn.',
  'sync.export.plainWarning':
    'Tệp không mã hóa chứa họ tên, ngày sinh, dân tộc, tôn giáo: hãy bảo quản và gửi cẩn thận.',
  'sync.export.working': 'Đang chuẩn bị tệp…',
  'sync.export.done': 'Đã xuất tệp “{file}”.',
  'sync.export.failed': 'Không xuất được tệp: {message}',

  'sync.exports.title': 'Lịch sử xuất tệp',
  'sync.exports.empty': 'Chưa xuất lần nào',
  'sync.exports.emptyText': 'Mỗi lần xuất tệp được ghi lại ở đây: thời điểm, phạm vi, số bản ghi.',
  'sync.exports.when': 'Thời điểm',
  'sync.exports.kind': 'Loại',
  'sync.exports.kind.full': 'Toàn bộ',
  'sync.exports.kind.changes': 'Phần thay đổi',
  'sync.exports.kind.down': 'Gửi xuống đơn vị',
  'sync.exports.counts': 'Số bản ghi',
  'sync.exports.sealed': 'Mã hóa',
  'sync.exports.sealed.yes': 'Đã mã hóa và ký',
  'sync.exports.sealed.no': 'Không',
  'sync.exports.file': 'Tên tệp',
  'sync.exports.none': 'không có bản ghi',

  'sync.reminder.banner':
    'Có thay đổi chưa gửi Tỉnh ủy từ {date} ({days} ngày). Hãy xuất tệp và gửi đi.',
  'sync.reminder.title': 'Nhắc gửi dữ liệu',
  'sync.reminder.explain':
    'Trang này nhắc bạn khi có thay đổi chưa gửi Tỉnh ủy quá số ngày dưới đây.',
  'sync.reminder.days': 'Số ngày',
  'sync.reminder.save': 'Lưu',
  'sync.reminder.saved': 'Đã lưu: nhắc khi thay đổi chưa gửi quá {days} ngày.',
  'sync.reminder.daysRange': 'Nhập số ngày nguyên từ 1 đến 365.',
  'sync.reminder.upToDate': 'Mọi thay đổi đã được xuất.',
  'sync.reminder.pending': 'Có thay đổi chưa xuất từ {date}.',

  'sync.down.title': 'Xuất tệp gửi xuống đơn vị',
  'sync.down.explain':
    'Tệp gồm cây tổ chức, chỉ tiêu kết nạp, số đảng viên và khóa công khai của Tỉnh ủy; không có dữ liệu cá nhân. Các đơn vị nhập tệp này để có cây tổ chức và để mã hóa tệp gửi lên.',
  'sync.down.button': 'Xuất tệp gửi xuống đơn vị',
  'sync.down.noKey':
    'Chưa tạo cặp khóa: tệp sẽ không mang khóa công khai, các đơn vị chưa thể mã hóa tệp gửi lên.',

  'sync.keys.title': 'Khóa mã hóa của Tỉnh ủy',
  'sync.keys.none':
    'Chưa có cặp khóa. Tạo cặp khóa để các đơn vị gửi lên tệp đã mã hóa mà chỉ Tỉnh ủy mở được.',
  'sync.keys.lostWarning':
    'Mất khóa riêng thì không mở được các tệp đã mã hóa gửi cho Tỉnh ủy. Hãy giữ bản sao lưu khóa và mật khẩu ở nơi an toàn, tách khỏi máy này.',
  'sync.keys.passphrase': 'Mật khẩu bảo vệ bản sao lưu',
  'sync.keys.passphraseHint': 'Ít nhất {min} ký tự. Cần mật khẩu này để khôi phục khóa.',
  'sync.keys.passphraseConfirm': 'Nhập lại mật khẩu',
  'sync.keys.mismatch': 'Hai mật khẩu không khớp.',
  'sync.keys.create': 'Tạo cặp khóa và tải bản sao lưu',
  'sync.keys.creating': 'Đang tạo khóa…',
  'sync.keys.created': 'Đã tạo cặp khóa và tải bản sao lưu “{file}”.',
  'sync.keys.fingerprint': 'Mã khóa công khai',
  'sync.keys.createdAt': 'Tạo lúc',
  'sync.keys.backup': 'Sao lưu khóa (có mật khẩu)',
  'sync.keys.noBackup': 'Khóa này không có bản sao lưu.',
  'sync.keys.restoreTitle': 'Khôi phục khóa từ bản sao lưu',
  'sync.keys.restoreFile': 'Tệp sao lưu khóa (.ptdv-key.json)',
  'sync.keys.restorePassphrase': 'Mật khẩu của bản sao lưu',
  'sync.keys.restore': 'Khôi phục khóa',
  'sync.keys.restoring': 'Đang khôi phục…',
  'sync.keys.restored': 'Đã khôi phục khóa (mã {fingerprint}).',
  'sync.keys.replaceWarning':
    'Máy này đã có cặp khóa. Khôi phục sẽ thay khóa hiện tại bằng khóa trong bản sao lưu.',
  'sync.keys.fileRequired': 'Hãy chọn tệp sao lưu khóa.',
  'sync.keys.failed': 'Không thực hiện được: {message}',
  'sync.keys.backup.weakPassphrase': 'Mật khẩu quá ngắn: cần ít nhất 10 ký tự.',
  'sync.keys.backup.notExtractable': 'Khóa này không thể sao lưu được nữa.',
  'sync.keys.backup.notBackup': 'Tệp này không phải bản sao lưu khóa của PTĐV.',
  'sync.keys.backup.newerVersion':
    'Bản sao lưu được tạo bởi phiên bản mới hơn của phần mềm; hãy cập nhật phần mềm.',
  'sync.keys.backup.invalidBackup': 'Bản sao lưu khóa bị hỏng hoặc không đầy đủ.',
  'sync.keys.backup.wrongPassphrase': 'Sai mật khẩu, hoặc bản sao lưu đã bị sửa.',
  'sync.keys.backup.keyMismatch': 'Khóa trong bản sao lưu không khớp với thông tin đi kèm.',

  'sync.sealed.noProvinceKey':
    'Máy này chưa có khóa công khai của Tỉnh ủy, nên chưa thể mã hóa tệp.',
  'sync.sealed.signerNotSource': 'Khóa ký không thuộc về đơn vị xuất tệp.',
  'sync.sealed.expected.format': '“ptdv-sealed”',
  'sync.sealed.expected.version': 'số phiên bản 1',
  'sync.sealed.expected.dateTime':
    'một thời điểm theo ISO 8601 có múi giờ (ví dụ 2026-11-28T09:00:00+07:00)',
  'sync.sealed.expected.base64': 'dữ liệu dạng base64 chuẩn (có ký tự đệm “=”)',
  'sync.sealed.expected.signature': 'chữ ký ECDSA P-256 dài 64 byte, dạng base64 chuẩn',
  'sync.sealed.expected.keyId': 'mã khóa gồm 16 chữ số thập lục phân (0–9, a–f)',
  'sync.sealed.expected.unitId': 'id của đơn vị dạng UUID',
  'sync.sealed.expected.publicKey':
    'một khóa công khai P-256 dạng JWK, chỉ gồm “crv”, “kty”, “x”, “y”',
  'sync.sealed.expected.alg': '“ECDH-ES+HKDF-SHA256+A256GCM”',
  'sync.sealed.expected.iv': 'vectơ khởi tạo dài 12 byte, dạng base64 chuẩn',
  'sync.sealed.expected.object': 'một đối tượng JSON',
  'sync.sealed.expected.noMember':
    'bỏ trường này: tệp niêm phong phiên bản 1 chỉ có các trường đã quy định',

  'sync.unitKeys.title': 'Khóa của các đơn vị',
  'sync.unitKeys.empty':
    'Chưa biết khóa của đơn vị nào. Khóa được ghi nhận khi bạn xác nhận tệp mã hóa đầu tiên của đơn vị.',
  'sync.unitKeys.unit': 'Đơn vị',
  'sync.unitKeys.fingerprint': 'Mã khóa',
  'sync.unitKeys.learned': 'Ghi nhận',
  'sync.unitKeys.source.tofu': 'Xác nhận ở tệp đầu tiên, {date}',
  'sync.unitKeys.source.tree': 'Từ cây tổ chức, {date}',

  'sync.board.title': 'Tình hình gửi tệp của các đơn vị',
  'sync.board.period': 'Kỳ',
  'sync.board.period.currentQuarter': 'Quý {quarter}/{year} (quý này)',
  'sync.board.period.quarter': 'Quý {quarter}/{year}',
  'sync.board.period.year': 'Năm {year}',
  'sync.board.unit': 'Đơn vị',
  'sync.board.last': 'Tệp gần nhất',
  'sync.board.counts': 'Số bản ghi trong tệp',
  'sync.board.status': 'Trong kỳ',
  'sync.board.sent': 'Đã gửi',
  'sync.board.missing': 'Chưa gửi',
  'sync.board.never': 'Chưa nhận tệp nào',
  'sync.board.coveredBy': 'Có trong tệp của {unit}',
  'sync.board.throughSubunits': 'Qua tệp của các đơn vị trực thuộc',
  'sync.board.summary': '{missing}/{total} đơn vị chưa gửi tệp trong kỳ.',
  'sync.board.allSent': 'Tất cả {total} đơn vị đã gửi tệp trong kỳ.',
  'sync.board.empty': 'Chưa có đơn vị nào trực thuộc để theo dõi.',
};

export const sync: Area<keyof typeof vi> = {
  vi,
  en: {
    'sync.title': 'Data exchange',
    'sync.description':
      'Import .ptdv.json files from the province or from units, and export files to send. Everything happens on this computer: no data is sent over the network.',
    'sync.notSetUp.body':
      'This installation is not set up yet. If the province sent you its unit tree file (.ptdv.json), import it below, then pick your unit on the setup page.',
    'sync.notSetUp.setupHint': 'No file from the province? Start by creating your party unit.',
    'sync.notSetUp.toSetup': 'Go to first-run setup',

    'sync.array.units': { one: '{count} unit', other: '{count} units' },
    'sync.array.people': { one: '{count} person', other: '{count} people' },
    'sync.array.classes': { one: '{count} class', other: '{count} classes' },
    'sync.array.targets': { one: '{count} quota', other: '{count} quotas' },
    'sync.array.memberCounts': { one: '{count} member count', other: '{count} member counts' },
    'sync.array.deleted': { one: '{count} deletion', other: '{count} deletions' },
    'sync.array.places': { one: '{count} place', other: '{count} places' },
    'sync.array.placeFigures': {
      one: '{count} set of place figures',
      other: '{count} sets of place figures',
    },

    'sync.import.title': 'Import files',
    'sync.import.explain':
      'Choose one or more .ptdv.json files, plain or sealed. Before anything is written you see what each file would change, then you apply it.',
    'sync.import.choose': 'Choose files to import',
    'sync.import.drop': 'or drag and drop files onto this box',
    'sync.import.dropActive': 'Drop the files here to preview them',
    'sync.import.phase.read': 'Reading the file',
    'sync.import.phase.parse': 'Parsing',
    'sync.import.phase.validate': 'Checking every record',
    'sync.import.phase.plan': 'Comparing with the data on this computer',
    'sync.import.phase.waiting': 'Waiting',
    'sync.import.progressLabel': 'Preview progress of {file}',
    'sync.import.failed': 'The files could not be previewed: {message}',
    'sync.import.clear': 'Clear the previews',
    'sync.import.applyAll': 'Apply all valid files ({count})',
    'sync.import.continueSetup': 'Next: pick the unit of this installation',
    'sync.import.continueSetupText':
      'The data is now on this computer. Next, pick the unit of this installation on the setup page.',

    'sync.preview.label': 'Preview of {file}',
    'sync.preview.source': 'Sent by',
    'sync.preview.exportedAt': 'Exported at',
    'sync.preview.scope': 'Scope',
    'sync.preview.scope.full': 'All data',
    'sync.preview.scope.changes': 'Changes since {since}',
    'sync.preview.kind': 'File of',
    'sync.preview.kind.province': 'The province',
    'sync.preview.kind.unit': 'A unit',
    'sync.preview.scopeHint.province': "The province's file may change the data of every unit.",
    'sync.preview.scopeHint.unit':
      'The file may change only the data of {unit} and its sub-units; other records are skipped.',
    'sync.preview.type': 'Record type',
    'sync.preview.created': 'New',
    'sync.preview.updated': 'Updated',
    'sync.preview.unchanged': 'Unchanged',
    'sync.preview.stale': 'Older — skipped',
    'sync.preview.outOfScope': 'Out of scope',
    'sync.preview.deleted': 'Deleted',
    'sync.preview.countsCaption': 'What the file would change, by record type',
    'sync.preview.outOfScopeTitle': "Records outside the sender's scope (skipped)",
    'sync.preview.staleTitle': 'Records older than the data on this computer (skipped)',
    'sync.preview.warningsTitle': 'Warnings',
    'sync.preview.more': '… and {count} more',
    'sync.preview.already':
      'Imported before: this file was already applied; applying it again changes nothing.',
    'sync.preview.nothing': 'The file holds nothing new compared with the data on this computer.',
    'sync.preview.sealed':
      "Sealed file; {unit}'s signature is valid. The unit's key: {fingerprint}",
    'sync.preview.firstUse': 'First file from this unit — confirm its key',
    'sync.preview.firstUseExplain':
      "The unit's key: {fingerprint}. Check it with the unit (by phone or in writing) before trusting it: from now on the unit's files must be signed with exactly this key.",
    'sync.preview.trust': "I have checked and trust this unit's key",
    'sync.preview.trustFirst': "Confirm the unit's key before applying.",
    'sync.preview.provinceKey':
      "The file carries the province's public key ({fingerprint}): files sent to the province will be sealed with it.",
    'sync.preview.refused': 'Refused',
    'sync.preview.ready': 'Ready',
    'sync.preview.apply': 'Apply',
    'sync.preview.applying': 'Applying…',
    'sync.preview.applied': 'Applied',
    'sync.preview.remove': 'Remove the file from the list',
    'sync.preview.appliedSummary':
      'Applied “{file}”: {created} new, {updated} updated, {deleted} deleted.',
    'sync.preview.appliedAlready': '“{file}” had been imported before: nothing changed.',
    'sync.preview.applyFailed':
      '“{file}” could not be applied: {message} The data on this computer is unchanged.',

    'sync.imports.title': 'Imported files',
    'sync.imports.empty': 'No file imported yet',
    'sync.imports.emptyText': 'Every file you apply is recorded here.',
    'sync.imports.when': 'Imported at',
    'sync.imports.file': 'File',
    'sync.imports.source': 'Sent by',
    'sync.imports.exportedAt': 'Exported at',
    'sync.imports.result': 'Result',
    'sync.imports.resultValue': '{created} new, {updated} updated, {deleted} deleted',

    'sync.export.title': 'Export a file for the province',
    'sync.export.explain':
      'The file holds the data of {unit} and its sub-units, with the list of deleted records. Send it to the province through the prescribed channel.',
    'sync.export.full': 'Export everything',
    'sync.export.changes': 'Export the changes since the last export',
    'sync.export.noPrevious': 'No export yet: export everything the first time.',
    'sync.export.previous': 'Last export: {when}.',
    'sync.export.seal': 'Encrypt and sign the file (recommended)',
    'sync.export.sealHint':
      "Only the province can open the file; a file changed by a single character is refused. The province's key: {fingerprint}.",
    'sync.export.sealUnavailable':
      "Cannot encrypt yet: this computer has not received the province's public key. Import the latest file the province sent. Until then the exported file is plain: the personal data in it is not encrypted.",
    'sync.export.signingKey':
      "This computer's signing key: {fingerprint}. On receiving the unit's first sealed file, the province will check this fingerprint with you.",
    'sync.export.plainWarning':
      'A plain file holds names, birth dates, ethnicity and religion: store and send it with care.',
    'sync.export.working': 'Preparing the file…',
    'sync.export.done': 'Exported “{file}”.',
    'sync.export.failed': 'The file could not be exported: {message}',

    'sync.exports.title': 'Export history',
    'sync.exports.empty': 'No export yet',
    'sync.exports.emptyText': 'Every export is recorded here: when, what scope, how many records.',
    'sync.exports.when': 'When',
    'sync.exports.kind': 'Kind',
    'sync.exports.kind.full': 'Everything',
    'sync.exports.kind.changes': 'Changes',
    'sync.exports.kind.down': 'Sent down to units',
    'sync.exports.counts': 'Records',
    'sync.exports.sealed': 'Sealed',
    'sync.exports.sealed.yes': 'Encrypted and signed',
    'sync.exports.sealed.no': 'No',
    'sync.exports.file': 'File name',
    'sync.exports.none': 'no records',

    'sync.reminder.banner': {
      by: 'days',
      one: 'Changes not yet sent to the province since {date} ({days} day). Export a file and send it.',
      other:
        'Changes not yet sent to the province since {date} ({days} days). Export a file and send it.',
    },
    'sync.reminder.title': 'Sending reminder',
    'sync.reminder.explain':
      'This page reminds you when changes have not been sent to the province for more than this number of days.',
    'sync.reminder.days': 'Days',
    'sync.reminder.save': 'Save',
    'sync.reminder.saved': {
      by: 'days',
      one: 'Saved: reminder after {days} day of unsent changes.',
      other: 'Saved: reminder after {days} days of unsent changes.',
    },
    'sync.reminder.daysRange': 'Enter a whole number of days from 1 to 365.',
    'sync.reminder.upToDate': 'Every change has been exported.',
    'sync.reminder.pending': 'Changes not exported since {date}.',

    'sync.down.title': 'Export the file for the units',
    'sync.down.explain':
      "The file holds the unit tree, the admission quotas, the member counts and the province's public key; no personal data. Units import it to get the tree and to seal the files they send up.",
    'sync.down.button': 'Export the file for the units',
    'sync.down.noKey':
      'No key pair yet: the file will carry no public key, and units cannot seal the files they send.',

    'sync.keys.title': "The province's encryption key",
    'sync.keys.none':
      'No key pair yet. Create one so that units can send sealed files only the province can open.',
    'sync.keys.lostWarning':
      'Without the private key, sealed files sent to the province cannot be opened. Keep the key backup and its passphrase somewhere safe, away from this computer.',
    'sync.keys.passphrase': 'Passphrase protecting the backup',
    'sync.keys.passphraseHint': 'At least {min} characters. It is needed to restore the key.',
    'sync.keys.passphraseConfirm': 'Repeat the passphrase',
    'sync.keys.mismatch': 'The two passphrases differ.',
    'sync.keys.create': 'Create the key pair and download its backup',
    'sync.keys.creating': 'Creating the key…',
    'sync.keys.created': 'Key pair created; backup “{file}” downloaded.',
    'sync.keys.fingerprint': 'Public key fingerprint',
    'sync.keys.createdAt': 'Created at',
    'sync.keys.backup': 'Back up the key (with passphrase)',
    'sync.keys.noBackup': 'This key has no backup.',
    'sync.keys.restoreTitle': 'Restore the key from a backup',
    'sync.keys.restoreFile': 'Key backup file (.ptdv-key.json)',
    'sync.keys.restorePassphrase': 'Passphrase of the backup',
    'sync.keys.restore': 'Restore the key',
    'sync.keys.restoring': 'Restoring…',
    'sync.keys.restored': 'Key restored ({fingerprint}).',
    'sync.keys.replaceWarning':
      'This computer already has a key pair. Restoring replaces it with the key in the backup.',
    'sync.keys.fileRequired': 'Choose a key backup file.',
    'sync.keys.failed': 'Could not be done: {message}',
    'sync.keys.backup.weakPassphrase': 'The passphrase is too short: at least 10 characters.',
    'sync.keys.backup.notExtractable': 'This key can no longer be backed up.',
    'sync.keys.backup.notBackup': 'This file is not a PTĐV key backup.',
    'sync.keys.backup.newerVersion':
      'The backup was made by a newer version of the program; update the program.',
    'sync.keys.backup.invalidBackup': 'The key backup is damaged or incomplete.',
    'sync.keys.backup.wrongPassphrase': 'Wrong passphrase, or the backup was altered.',
    'sync.keys.backup.keyMismatch': 'The key in the backup does not match its description.',

    'sync.sealed.noProvinceKey':
      'This computer has no public key of the province yet, so it cannot seal a file.',
    'sync.sealed.signerNotSource': 'The signing key does not belong to the exporting unit.',
    'sync.sealed.expected.format': '“ptdv-sealed”',
    'sync.sealed.expected.version': 'version number 1',
    'sync.sealed.expected.dateTime':
      'an ISO 8601 date-time with offset (e.g. 2026-11-28T09:00:00+07:00)',
    'sync.sealed.expected.base64': 'canonical padded base64',
    'sync.sealed.expected.signature': 'a 64-byte ECDSA P-256 signature in canonical base64',
    'sync.sealed.expected.keyId': 'a key fingerprint of 16 hexadecimal digits (0–9, a–f)',
    'sync.sealed.expected.unitId': 'a unit id (UUID)',
    'sync.sealed.expected.publicKey':
      'a P-256 public key as a JWK with exactly “crv”, “kty”, “x”, “y”',
    'sync.sealed.expected.alg': '“ECDH-ES+HKDF-SHA256+A256GCM”',
    'sync.sealed.expected.iv': 'a 12-byte initialisation vector in canonical base64',
    'sync.sealed.expected.object': 'a JSON object',
    'sync.sealed.expected.noMember':
      'no such member: a version-1 sealed file has only the documented members',

    'sync.unitKeys.title': "Units' keys",
    'sync.unitKeys.empty':
      "No unit's key is known yet. A key is recorded when you confirm the unit's first sealed file.",
    'sync.unitKeys.unit': 'Unit',
    'sync.unitKeys.fingerprint': 'Key fingerprint',
    'sync.unitKeys.learned': 'Learned',
    'sync.unitKeys.source.tofu': 'Confirmed on its first file, {date}',
    'sync.unitKeys.source.tree': 'From the unit tree, {date}',

    'sync.board.title': 'Files received from the units',
    'sync.board.period': 'Period',
    'sync.board.period.currentQuarter': 'Quarter {quarter} {year} (this quarter)',
    'sync.board.period.quarter': 'Quarter {quarter} {year}',
    'sync.board.period.year': 'Year {year}',
    'sync.board.unit': 'Unit',
    'sync.board.last': 'Latest file',
    'sync.board.counts': 'Records in the file',
    'sync.board.status': 'In the period',
    'sync.board.sent': 'Sent',
    'sync.board.missing': 'Not sent',
    'sync.board.never': 'No file received yet',
    'sync.board.coveredBy': 'In the file of {unit}',
    'sync.board.throughSubunits': 'Through the files of its sub-units',
    'sync.board.summary': {
      by: 'total',
      one: '{missing} of {total} unit sent no file in the period.',
      other: '{missing} of {total} units sent no file in the period.',
    },
    'sync.board.allSent': {
      by: 'total',
      one: 'The {total} unit sent a file in the period.',
      other: 'All {total} units sent a file in the period.',
    },
    'sync.board.empty': 'No sub-unit to follow yet.',
  },
};
