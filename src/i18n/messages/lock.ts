// The app lock: the lock screen (first screen, before any page loads), the top bar's button and
// the settings section.
import type { Area } from './types';

const vi = {
  'lock.screen.title': 'Ứng dụng đang khóa',
  'lock.screen.body': 'Nhập mật khẩu của ứng dụng để xem và làm việc với dữ liệu.',
  'lock.screen.passphrase': 'Mật khẩu',
  'lock.screen.submit': 'Mở khóa',
  'lock.screen.opening': 'Đang mở khóa…',
  'lock.screen.wrong': 'Mật khẩu không đúng',
  'lock.screen.required': 'Vui lòng nhập mật khẩu.',
  'lock.screen.finishing': 'Đang hoàn tất việc mã hóa dở dang: {done}/{total} người',
  'lock.screen.forgot':
    'Quên mật khẩu thì không ai mở khóa được, kể cả Tỉnh ủy. Khi đó chỉ còn cách xóa dữ liệu của trình duyệt và khôi phục từ bản sao lưu hoặc tệp đã gửi cấp trên.',

  'lock.title': 'Khóa ứng dụng',
  'lock.status': 'Trạng thái',
  'lock.status.off': 'Đang tắt',
  'lock.status.on': 'Đang bật',
  'lock.explain':
    'Khi bật, mỗi lần mở ứng dụng (và sau một thời gian không dùng) phải nhập mật khẩu; trước đó ứng dụng không hiện dữ liệu nào. Số CCCD của từng người được mã hóa trên máy bằng khóa sinh từ mật khẩu (AES-GCM 256, PBKDF2).',
  'lock.clearFields':
    'Họ tên, ngày sinh, dân tộc, tôn giáo và các thông tin khác vẫn lưu không mã hóa, vì bảng số liệu, danh sách, sắp xếp và tìm kiếm cần đọc chúng ngay trong trình duyệt. Màn hình khóa chỉ che chúng khỏi người mở ứng dụng.',
  'lock.disk':
    'Để bảo vệ toàn bộ dữ liệu khi mất máy, hãy bật mã hóa ổ đĩa của hệ điều hành (BitLocker trên Windows, FileVault trên macOS).',
  'lock.searchNote': 'Khi khóa đang bật, tìm theo số CCCD cần nhập đủ 12 chữ số.',
  'lock.autoLock': 'Tự khóa sau',
  'lock.autoLock.option': '{minutes} phút không dùng',
  'lock.autoLock.saved': 'Đã lưu: tự khóa sau {minutes} phút không dùng.',
  'lock.field.passphrase': 'Mật khẩu',
  'lock.field.newPassphrase': 'Mật khẩu mới',
  'lock.field.confirm': 'Nhập lại mật khẩu',
  'lock.field.current': 'Mật khẩu hiện tại',
  'lock.field.passphraseHint':
    'Ít nhất 8 ký tự. Một câu dễ nhớ gồm nhiều từ vừa mạnh vừa khó quên.',
  'lock.strength': 'Độ mạnh: {strength}',
  'lock.strength.tooShort': 'quá ngắn',
  'lock.strength.weak': 'yếu',
  'lock.strength.fair': 'khá',
  'lock.strength.strong': 'mạnh',
  'lock.warning':
    'Nếu quên mật khẩu, không ai khôi phục được số CCCD đã mã hóa — kể cả Tỉnh ủy. Hãy sao lưu trước.',
  'lock.acknowledge': 'Tôi đã hiểu: quên mật khẩu là mất các số CCCD đã mã hóa.',
  'lock.enable.submit': 'Bật khóa ứng dụng',
  'lock.enable.working': 'Đang bật khóa…',
  'lock.enable.progress': 'Đang mã hóa số CCCD: {done}/{total} người',
  'lock.enable.done': 'Đã bật khóa ứng dụng. Các số CCCD đã được mã hóa.',
  'lock.job.note':
    'Với nhiều hồ sơ việc này mất vài phút (khoảng 2,5 phút cho 250.000 người). Nếu trang bị đóng giữa chừng, lần mở khóa sau sẽ làm tiếp; không hồ sơ nào bị hỏng.',
  'lock.change.title': 'Đổi mật khẩu',
  'lock.change.submit': 'Đổi mật khẩu',
  'lock.change.done': 'Đã đổi mật khẩu. Từ nay hãy dùng mật khẩu mới.',
  'lock.disable.title': 'Tắt khóa',
  'lock.disable.explain':
    'Tắt khóa sẽ giải mã lại mọi số CCCD và bỏ màn hình khóa. Cần nhập mật khẩu hiện tại.',
  'lock.disable.submit': 'Tắt khóa ứng dụng',
  'lock.disable.working': 'Đang tắt khóa…',
  'lock.disable.progress': 'Đang giải mã số CCCD: {done}/{total} người',
  'lock.disable.done': 'Đã tắt khóa ứng dụng. Các số CCCD đã được giải mã.',
  'lock.lockNow': 'Khóa ngay',
  'lock.progressLabel': 'Tiến độ',
  'lock.error.tooShort': 'Mật khẩu phải có ít nhất 8 ký tự.',
  'lock.error.mismatch': 'Hai lần nhập mật khẩu không khớp.',
  'lock.error.acknowledge': 'Vui lòng đánh dấu ô xác nhận ở trên.',
  'lock.error.required': 'Vui lòng nhập mật khẩu hiện tại.',
  'lock.error.wrongPassphrase': 'Mật khẩu không đúng',
  'lock.error.locked': 'Ứng dụng đang khóa. Hãy mở khóa rồi thử lại.',
  'lock.error.alreadyEnabled': 'Khóa ứng dụng đã được bật (có thể ở một thẻ khác).',
  'lock.error.notEnabled': 'Khóa ứng dụng chưa được bật.',
  'lock.error.changed':
    'Khóa ứng dụng vừa được bật, tắt hoặc đổi mật khẩu (có thể ở một thẻ khác). Hãy thử lại.',
  'lock.error.failed': 'Không thực hiện được: {message}',
  'lock.error.count': 'Biểu mẫu còn {count} lỗi, xem các ô được đánh dấu.',
};

export const lock: Area<keyof typeof vi> = {
  vi,
  en: {
    'lock.screen.title': 'The app is locked',
    'lock.screen.body': 'Enter the app’s passphrase to see and work with the data.',
    'lock.screen.passphrase': 'Passphrase',
    'lock.screen.submit': 'Unlock',
    'lock.screen.opening': 'Unlocking…',
    'lock.screen.wrong': 'Wrong passphrase',
    'lock.screen.required': 'Please enter the passphrase.',
    'lock.screen.finishing': 'Finishing an interrupted encryption: {done}/{total} people',
    'lock.screen.forgot':
      'A forgotten passphrase cannot be recovered by anyone, not even the provincial office. The only way back is to clear the browser’s data and restore a backup or a file sent upwards.',

    'lock.title': 'App lock',
    'lock.status': 'Status',
    'lock.status.off': 'Off',
    'lock.status.on': 'On',
    'lock.explain':
      'When on, the app asks for a passphrase every time it opens (and after a while unused), and shows no data before. Each person’s national ID (CCCD) is encrypted on this computer with a key derived from the passphrase (AES-GCM 256, PBKDF2).',
    'lock.clearFields':
      'Names, birth dates, ethnicity, religion and the other details stay unencrypted, because the dashboard, the list, sorting and search read them in the browser. The lock screen only hides them from whoever opens the app.',
    'lock.disk':
      'To protect all the data if the computer is lost, turn on the operating system’s disk encryption (BitLocker on Windows, FileVault on macOS).',
    'lock.searchNote': 'While the lock is on, searching by CCCD needs all 12 digits.',
    'lock.autoLock': 'Lock automatically after',
    'lock.autoLock.option': '{minutes} minutes unused',
    'lock.autoLock.saved': 'Saved: the app locks after {minutes} minutes unused.',
    'lock.field.passphrase': 'Passphrase',
    'lock.field.newPassphrase': 'New passphrase',
    'lock.field.confirm': 'Repeat the passphrase',
    'lock.field.current': 'Current passphrase',
    'lock.field.passphraseHint':
      'At least 8 characters. A sentence of several words is both strong and easy to remember.',
    'lock.strength': 'Strength: {strength}',
    'lock.strength.tooShort': 'too short',
    'lock.strength.weak': 'weak',
    'lock.strength.fair': 'fair',
    'lock.strength.strong': 'strong',
    'lock.warning':
      'If the passphrase is forgotten, nobody can recover the encrypted CCCD numbers — not even the provincial office. Make a backup first.',
    'lock.acknowledge': 'I understand: a forgotten passphrase loses the encrypted CCCD numbers.',
    'lock.enable.submit': 'Turn the app lock on',
    'lock.enable.working': 'Turning the lock on…',
    'lock.enable.progress': 'Encrypting CCCD numbers: {done}/{total} people',
    'lock.enable.done': 'The app lock is on. The CCCD numbers are encrypted.',
    'lock.job.note':
      'With many records this takes a few minutes (about 2.5 minutes for 250,000 people). If the page closes half-way, the next unlock carries on; no record is left damaged.',
    'lock.change.title': 'Change the passphrase',
    'lock.change.submit': 'Change the passphrase',
    'lock.change.done': 'Passphrase changed. Use the new one from now on.',
    'lock.disable.title': 'Turn the lock off',
    'lock.disable.explain':
      'Turning the lock off decrypts every CCCD number and removes the lock screen. The current passphrase is needed.',
    'lock.disable.submit': 'Turn the app lock off',
    'lock.disable.working': 'Turning the lock off…',
    'lock.disable.progress': 'Decrypting CCCD numbers: {done}/{total} people',
    'lock.disable.done': 'The app lock is off. The CCCD numbers are decrypted.',
    'lock.lockNow': 'Lock now',
    'lock.progressLabel': 'Progress',
    'lock.error.tooShort': 'The passphrase needs at least 8 characters.',
    'lock.error.mismatch': 'The two passphrases differ.',
    'lock.error.acknowledge': 'Please tick the box above.',
    'lock.error.required': 'Please enter the current passphrase.',
    'lock.error.wrongPassphrase': 'Wrong passphrase',
    'lock.error.locked': 'The app is locked. Unlock it and try again.',
    'lock.error.alreadyEnabled': 'The app lock is already on (perhaps in another tab).',
    'lock.error.notEnabled': 'The app lock is not on.',
    'lock.error.changed':
      'The app lock was just turned on, off or its passphrase changed (perhaps in another tab). Try again.',
    'lock.error.failed': 'Could not do it: {message}',
    'lock.error.count': {
      one: 'The form has {count} error; see the marked field.',
      other: 'The form has {count} errors; see the marked fields.',
    },
  },
};
