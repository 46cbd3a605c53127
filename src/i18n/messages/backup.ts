// Full backup, restore and storage (src/features/settings/data-safety-section.tsx, the restore
// card of the first-run page): words the first screen does not need, so they come with the later
// pages' messages. The reminder shown on every page keeps its few words in settings.ts.
import type { Area } from './types';

const vi = {
  'settings.storage.title': 'Lưu trữ trên máy này',
  'settings.storage.persisted': 'Lưu trữ bền vững',
  'settings.storage.persistedYes': 'Đã được trình duyệt chấp nhận',
  'settings.storage.persistedNo': 'Chưa',
  'settings.storage.persistedUnknown': 'Trình duyệt không cho biết',
  'settings.storage.persistedYesText':
    'Trình duyệt sẽ không tự xóa dữ liệu của ứng dụng, kể cả khi máy thiếu dung lượng.',
  'settings.storage.persistedNoText':
    'Khi máy thiếu dung lượng, trình duyệt có thể tự xóa dữ liệu của ứng dụng mà không hỏi.',
  'settings.storage.used': 'Đã dùng',
  'settings.storage.left': 'Còn trống',
  'settings.storage.leftValue': 'khoảng {left} (trình duyệt cho phép tới {quota})',
  'settings.storage.unknown': 'Không xác định',
  'settings.storage.unsupported':
    'Trình duyệt này không hỗ trợ lưu trữ bền vững và không cho biết dung lượng. Hãy sao lưu thường xuyên.',
  'settings.storage.request': 'Xin lưu trữ bền vững',
  'settings.storage.requesting': 'Đang hỏi trình duyệt…',
  'settings.storage.granted': 'Trình duyệt đã chấp nhận lưu trữ bền vững.',
  'settings.storage.refused': 'Trình duyệt chưa chấp nhận. Làm theo các bước dưới đây rồi thử lại.',
  'settings.storage.howTo': 'Khi trình duyệt chưa chấp nhận',
  'settings.storage.howTo.install':
    'Cài ứng dụng vào máy: trong Chrome hoặc Edge, bấm biểu tượng cài đặt ở cuối thanh địa chỉ (hoặc menu ⋮ → “Cài đặt PTĐV”). Trình duyệt chấp nhận lưu trữ bền vững cho ứng dụng đã cài.',
  'settings.storage.howTo.bookmark':
    'Đánh dấu trang (bookmark) và mở ứng dụng thường xuyên: Chrome tự chấp nhận cho trang được dùng nhiều.',
  'settings.storage.howTo.clear':
    'Không xóa “cookie và dữ liệu trang web” của trình duyệt, không dùng cửa sổ ẩn danh.',
  'settings.storage.howTo.backup':
    'Sao lưu định kỳ ra tệp và chép tệp sang USB hoặc máy khác: đây là cách chắc chắn nhất.',
  'settings.backup.title': 'Sao lưu và khôi phục',
  'settings.backup.createTitle': 'Sao lưu ra tệp',
  'settings.backup.explain':
    'Tệp sao lưu chứa toàn bộ dữ liệu trên máy này: tổ chức đảng, hồ sơ, lớp bồi dưỡng, chỉ tiêu, số đảng viên, lịch sử đơn vị, nhật ký trao đổi tệp, cài đặt và khóa. Cho tới khi sao lưu, máy này là bản duy nhất: hãy chép tệp sang USB hoặc máy khác.',
  'settings.backup.personal':
    'Tệp chứa dữ liệu cá nhân (họ tên, ngày sinh, số CCCD…): cất giữ cẩn thận, không gửi qua mạng xã hội.',
  'settings.backup.last': 'Lần sao lưu gần nhất',
  'settings.backup.never': 'Chưa sao lưu lần nào',
  'settings.backup.lastToday': '{date} (hôm nay)',
  'settings.backup.lastDays': '{date} ({days} ngày trước)',
  'settings.backup.create': 'Sao lưu toàn bộ',
  'settings.backup.creating': 'Đang sao lưu…',
  'settings.backup.done':
    'Đã tạo tệp “{file}” ({people} hồ sơ, {units} tổ chức đảng). Hãy chép tệp sang USB hoặc máy khác.',
  'settings.backup.progressLabel': 'Tiến độ',
  'settings.backup.progress.start': 'Đang bắt đầu…',
  'settings.backup.progress.read': 'Đang đọc dữ liệu: {done}/{total} bản ghi',
  'settings.backup.progress.file': 'Đang đọc tệp…',
  'settings.backup.progress.serialize': 'Đang ghi tệp…',
  'settings.backup.progress.validate': 'Đang kiểm tra tệp: {done}/{total} bản ghi',
  'settings.backup.progress.unlock': 'Đang mở khóa của Tỉnh ủy bằng mật khẩu…',
  'settings.backup.progress.write': 'Đang ghi vào máy: {done}/{total} bản ghi',
  'settings.backup.reminder.title': 'Nhắc sao lưu',
  'settings.backup.reminder.days': 'Số ngày',
  'settings.backup.reminder.explain':
    'Mọi trang sẽ nhắc khi lần sao lưu gần nhất đã quá số ngày này.',
  'settings.backup.reminder.save': 'Lưu',
  'settings.backup.reminder.saved': 'Đã lưu: nhắc khi lần sao lưu gần nhất quá {days} ngày.',
  'settings.backup.reminder.range': 'Nhập số ngày nguyên từ 1 đến 365.',
  'settings.backup.count.units': 'Tổ chức đảng',
  'settings.backup.count.people': 'Hồ sơ quần chúng, đảng viên',
  'settings.backup.count.classes': 'Lớp bồi dưỡng',
  'settings.backup.count.targets': 'Chỉ tiêu kết nạp',
  'settings.backup.count.memberCounts': 'Số đảng viên đầu năm',
  'settings.backup.count.places': 'Địa bàn (thôn, tổ dân phố, trường, doanh nghiệp)',
  'settings.backup.count.placeFigures': 'Số liệu địa bàn theo năm',
  'settings.backup.count.tombstones': 'Bản ghi đã xóa (để đồng bộ)',
  'settings.backup.count.unitEvents': 'Sự kiện trong lịch sử đơn vị',
  'settings.backup.count.importLog': 'Tệp đã nhập',
  'settings.backup.count.exportLog': 'Tệp đã xuất',
  'settings.backup.count.settings': 'Mục cài đặt',
  'settings.backup.restore.title': 'Khôi phục từ tệp sao lưu',
  'settings.backup.restore.explain':
    'Chọn tệp sao lưu (ptdv-sao-luu-….ptdv.json) do PTĐV tạo. Trước khi ghi, phần mềm cho xem tệp chứa gì.',
  'settings.backup.restore.choose': 'Chọn tệp sao lưu…',
  'settings.backup.restore.chooseOther': 'Chọn tệp khác…',
  'settings.backup.restore.reading': 'Đang đọc tệp “{file}”…',
  'settings.backup.restore.previewTitle': 'Tệp “{file}”',
  'settings.backup.restore.madeAt': 'Tạo lúc',
  'settings.backup.restore.unit': 'Đơn vị gốc',
  'settings.backup.restore.kind': 'Loại cài đặt',
  'settings.backup.restore.kindNone': 'Chưa thiết lập',
  'settings.backup.restore.app': 'Phần mềm tạo tệp',
  'settings.backup.restore.contents': 'Tệp chứa',
  'settings.backup.restore.appLock':
    'Máy sao lưu có bật khóa ứng dụng: số CCCD vẫn được mã hóa trong tệp. Sau khi khôi phục, nhập mật khẩu khóa ứng dụng như trước để mở.',
  'settings.backup.restore.demo': 'Tệp này là dữ liệu mẫu: người, đơn vị và số liệu đều là giả.',
  'settings.backup.restore.signingKey':
    'Khóa ký tệp của máy cũ không thể sao lưu (trình duyệt không cho lấy ra): máy này sẽ dùng khóa ký mới. Hãy báo Tỉnh ủy mã khóa mới (mục Trao đổi dữ liệu) để họ xác nhận.',
  'settings.backup.restore.provinceKeyNotIncluded':
    'Khóa riêng của Tỉnh ủy không có trong tệp (khóa được tạo không kèm bản sao có mật khẩu): sau khi khôi phục, cần tạo khóa mới và gửi lại cây tổ chức cho các đơn vị.',
  'settings.backup.restore.omitted': 'Các mục cài đặt không có trong tệp: {keys}.',
  'settings.backup.restore.passphrase': 'Mật khẩu khóa của Tỉnh ủy',
  'settings.backup.restore.passphraseHint':
    'Mật khẩu đặt khi tạo khóa của Tỉnh ủy. Cần để mở các tệp niêm phong các đơn vị gửi về.',
  'settings.backup.restore.passphraseRequired':
    'Nhập mật khẩu, hoặc chọn khôi phục không kèm khóa.',
  'settings.backup.restore.withoutKey':
    'Tôi không có mật khẩu: khôi phục dữ liệu, bỏ khóa của Tỉnh ủy',
  'settings.backup.restore.replaceWarning':
    'Máy này đang có dữ liệu ({people} hồ sơ, {units} tổ chức đảng). Khôi phục sẽ thay toàn bộ dữ liệu trên máy này bằng dữ liệu trong tệp.',
  'settings.backup.restore.submit': 'Khôi phục',
  'settings.backup.restore.restoring': 'Đang khôi phục…',
  'settings.backup.restore.confirmTitle': 'Thay toàn bộ dữ liệu trên máy này?',
  'settings.backup.restore.confirmText':
    'Toàn bộ dữ liệu hiện có trên máy này sẽ bị thay bằng dữ liệu trong tệp “{file}” (tạo lúc {date}). Những gì nhập sau thời điểm đó sẽ mất. Không thể hoàn tác.',
  'settings.backup.restore.confirm': 'Thay toàn bộ dữ liệu',
  'settings.backup.restore.done':
    'Đã khôi phục từ tệp “{file}”: {people} hồ sơ, {units} tổ chức đảng, cùng cài đặt và lịch sử.',
  'settings.backup.restore.doneKey': 'Khóa của Tỉnh ủy đã được khôi phục.',
  'settings.backup.restore.open': 'Mở trang chủ',
  'settings.backup.setup.title': 'Khôi phục từ bản sao lưu',
  'settings.backup.setup.text':
    'Máy mới, hoặc trình duyệt đã bị xóa dữ liệu? Chọn tệp sao lưu để lấy lại toàn bộ dữ liệu, cài đặt và lịch sử như lúc sao lưu.',
  'settings.backup.error.notBackup':
    'Tệp “{file}” là tệp trao đổi dữ liệu, không phải tệp sao lưu (không có phần cài đặt, lịch sử và khóa). Để nhập dữ liệu của tệp này, dùng mục Trao đổi dữ liệu.',
  'settings.backup.error.invalidBackup':
    'Tệp “{file}” không phải tệp sao lưu hợp lệ: phần “{field}” không đúng như phần mềm ghi (tệp đã bị sửa hoặc hỏng). Không có gì thay đổi trên máy này.',
  'settings.backup.error.newerBackupVersion':
    'Tệp “{file}” được tạo bởi phiên bản mới hơn của phần mềm: hãy cập nhật phần mềm rồi khôi phục lại.',
  'settings.backup.error.nothingToBackUp':
    'Máy này chưa có tổ chức đảng nào: chưa có gì để sao lưu.',
  'settings.backup.error.passphraseRequired':
    'Tệp có khóa của Tỉnh ủy: hãy nhập mật khẩu của khóa, hoặc chọn khôi phục không kèm khóa.',
  'settings.backup.error.wrongPassphrase':
    'Mật khẩu khóa của Tỉnh ủy không đúng. Không có gì thay đổi trên máy này.',
  'settings.backup.error.other': 'Không thực hiện được: {message}',
};

export const backup: Area<keyof typeof vi> = {
  vi,
  en: {
    'settings.storage.title': 'Storage on this computer',
    'settings.storage.persisted': 'Persistent storage',
    'settings.storage.persistedYes': 'Granted by the browser',
    'settings.storage.persistedNo': 'Not yet',
    'settings.storage.persistedUnknown': 'The browser does not say',
    'settings.storage.persistedYesText':
      'The browser will not clear the app’s data by itself, even when the disk runs low.',
    'settings.storage.persistedNoText':
      'When the disk runs low, the browser may clear the app’s data without asking.',
    'settings.storage.used': 'Used',
    'settings.storage.left': 'Free',
    'settings.storage.leftValue': 'about {left} (the browser allows up to {quota})',
    'settings.storage.unknown': 'Unknown',
    'settings.storage.unsupported':
      'This browser supports no persistent storage and does not report space. Back up often.',
    'settings.storage.request': 'Ask for persistent storage',
    'settings.storage.requesting': 'Asking the browser…',
    'settings.storage.granted': 'The browser granted persistent storage.',
    'settings.storage.refused':
      'The browser has not granted it. Follow the steps below, then try again.',
    'settings.storage.howTo': 'When the browser does not grant it',
    'settings.storage.howTo.install':
      'Install the app: in Chrome or Edge, click the install icon at the end of the address bar (or menu ⋮ → “Install PTĐV”). Browsers grant persistent storage to installed apps.',
    'settings.storage.howTo.bookmark':
      'Bookmark the app and use it often: Chrome grants it to sites used a lot.',
    'settings.storage.howTo.clear':
      'Do not clear the browser’s “cookies and site data”, and do not use a private window.',
    'settings.storage.howTo.backup':
      'Back up to a file regularly and copy it to a USB stick or another computer: the one sure way.',
    'settings.backup.title': 'Backup and restore',
    'settings.backup.createTitle': 'Back up to a file',
    'settings.backup.explain':
      'A backup file holds everything on this computer: party units, records, classes, quotas, member counts, the units’ history, the exchange logs, settings and keys. Until you back up, this computer is the only copy: copy the file to a USB stick or another computer.',
    'settings.backup.personal':
      'The file holds personal data (names, birth dates, ID numbers…): keep it safe, never send it over social networks.',
    'settings.backup.last': 'Last backup',
    'settings.backup.never': 'Never backed up',
    'settings.backup.lastToday': '{date} (today)',
    'settings.backup.lastDays': {
      by: 'days',
      one: '{date} ({days} day ago)',
      other: '{date} ({days} days ago)',
    },
    'settings.backup.create': 'Back up everything',
    'settings.backup.creating': 'Backing up…',
    'settings.backup.done':
      'Made “{file}” (records: {people}; party units: {units}). Copy it to a USB stick or another computer.',
    'settings.backup.progressLabel': 'Progress',
    'settings.backup.progress.start': 'Starting…',
    'settings.backup.progress.read': 'Reading data: {done}/{total} rows',
    'settings.backup.progress.file': 'Reading the file…',
    'settings.backup.progress.serialize': 'Writing the file…',
    'settings.backup.progress.validate': 'Checking the file: {done}/{total} records',
    'settings.backup.progress.unlock': 'Opening the province’s key with the passphrase…',
    'settings.backup.progress.write': 'Writing to this computer: {done}/{total} rows',
    'settings.backup.reminder.title': 'Backup reminder',
    'settings.backup.reminder.days': 'Days',
    'settings.backup.reminder.explain':
      'Every page reminds you when the last backup is older than this many days.',
    'settings.backup.reminder.save': 'Save',
    'settings.backup.reminder.saved': {
      by: 'days',
      one: 'Saved: a reminder when the last backup is over {days} day old.',
      other: 'Saved: a reminder when the last backup is over {days} days old.',
    },
    'settings.backup.reminder.range': 'Enter a whole number of days from 1 to 365.',
    'settings.backup.count.units': 'Party units',
    'settings.backup.count.people': 'Candidate and member records',
    'settings.backup.count.classes': 'Training classes',
    'settings.backup.count.targets': 'Admission quotas',
    'settings.backup.count.memberCounts': 'Member counts',
    'settings.backup.count.places': 'Places (hamlets, residential groups, schools, enterprises)',
    'settings.backup.count.placeFigures': 'Yearly place figures',
    'settings.backup.count.tombstones': 'Deleted records (for sync)',
    'settings.backup.count.unitEvents': 'Unit history events',
    'settings.backup.count.importLog': 'Files imported',
    'settings.backup.count.exportLog': 'Files exported',
    'settings.backup.count.settings': 'Settings',
    'settings.backup.restore.title': 'Restore from a backup file',
    'settings.backup.restore.explain':
      'Choose a backup file (ptdv-sao-luu-….ptdv.json) made by PTĐV. You see what it holds before anything is written.',
    'settings.backup.restore.choose': 'Choose a backup file…',
    'settings.backup.restore.chooseOther': 'Choose another file…',
    'settings.backup.restore.reading': 'Reading “{file}”…',
    'settings.backup.restore.previewTitle': 'File “{file}”',
    'settings.backup.restore.madeAt': 'Made on',
    'settings.backup.restore.unit': 'Home unit',
    'settings.backup.restore.kind': 'Installation kind',
    'settings.backup.restore.kindNone': 'Not set up',
    'settings.backup.restore.app': 'Written by',
    'settings.backup.restore.contents': 'The file holds',
    'settings.backup.restore.appLock':
      'The app lock was on: the ID numbers stay encrypted in the file. After the restore, type the app lock’s passphrase as before to open them.',
    'settings.backup.restore.demo':
      'This file is demo data: people, units and figures are made up.',
    'settings.backup.restore.signingKey':
      'The old computer’s signing key cannot be backed up (the browser does not let it out): this computer will sign with a new key. Tell the province its fingerprint (Exchange page) so that they accept it.',
    'settings.backup.restore.provinceKeyNotIncluded':
      'The province’s private key is not in the file (it was made without a passphrase copy): after the restore, make a new key and send the unit tree to the units again.',
    'settings.backup.restore.omitted': 'Settings not in the file: {keys}.',
    'settings.backup.restore.passphrase': 'Passphrase of the province’s key',
    'settings.backup.restore.passphraseHint':
      'The passphrase chosen when the province’s key was made. Needed to open the sealed files units send.',
    'settings.backup.restore.passphraseRequired':
      'Enter the passphrase, or choose to restore without the key.',
    'settings.backup.restore.withoutKey':
      'I do not have the passphrase: restore the data, leave out the province’s key',
    'settings.backup.restore.replaceWarning':
      'This computer holds data (records: {people}; party units: {units}). Restoring replaces all data on this computer with the file’s.',
    'settings.backup.restore.submit': 'Restore',
    'settings.backup.restore.restoring': 'Restoring…',
    'settings.backup.restore.confirmTitle': 'Replace all data on this computer?',
    'settings.backup.restore.confirmText':
      'All data on this computer is replaced by the data in “{file}” (made on {date}). Anything entered after that is lost. This cannot be undone.',
    'settings.backup.restore.confirm': 'Replace all data',
    'settings.backup.restore.done':
      'Restored from “{file}” (records: {people}; party units: {units}), with settings and history.',
    'settings.backup.restore.doneKey': 'The province’s key was restored.',
    'settings.backup.restore.open': 'Open the home page',
    'settings.backup.setup.title': 'Restore from a backup',
    'settings.backup.setup.text':
      'A new computer, or a browser whose data was cleared? Choose a backup file to get back all data, settings and history as they were.',
    'settings.backup.error.notBackup':
      '“{file}” is an exchange file, not a backup (it has no settings, history or keys). To import its data, use the Exchange page.',
    'settings.backup.error.invalidBackup':
      '“{file}” is not a valid backup: “{field}” is not what the app writes (the file was edited or damaged). Nothing changed on this computer.',
    'settings.backup.error.newerBackupVersion':
      '“{file}” was made by a newer version of the app: update the app, then restore again.',
    'settings.backup.error.nothingToBackUp':
      'This computer holds no party unit yet: nothing to back up.',
    'settings.backup.error.passphraseRequired':
      'The file holds the province’s key: enter its passphrase, or choose to restore without the key.',
    'settings.backup.error.wrongPassphrase':
      'Wrong passphrase for the province’s key. Nothing changed on this computer.',
    'settings.backup.error.other': 'It could not be done: {message}',
  },
};
