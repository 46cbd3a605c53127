import type { Area } from './types';

const vi = {
  'settings.title': 'Cài đặt',
  'settings.description': 'Cài đặt này là gì, đơn vị gốc, ngôn ngữ và nơi lưu dữ liệu.',
  'settings.installation.title': 'Cài đặt này',
  'settings.installation.kind': 'Loại cài đặt',
  'settings.installation.kind.unit': 'Tổ chức cơ sở (chi bộ, đảng bộ cơ sở…)',
  'settings.installation.kind.province': 'Văn phòng Tỉnh ủy',
  'settings.installation.home': 'Đơn vị gốc',
  'settings.installation.homeMissing': 'Không tìm thấy (hãy chọn lại bên dưới)',
  'settings.installation.setUpAt': 'Thiết lập lúc',
  'settings.installation.scope': 'Phạm vi',
  'settings.installation.scopeValue': '{count} tổ chức đảng (đơn vị gốc và các đơn vị trực thuộc)',
  'settings.home.title': 'Đổi đơn vị gốc',
  'settings.home.explain':
    'Đơn vị gốc quyết định phạm vi dữ liệu mà ứng dụng hiển thị, thống kê và xuất tệp: đơn vị đó và mọi đơn vị trực thuộc. Đổi đơn vị gốc không xóa hay sửa dữ liệu nào.',
  'settings.home.field': 'Đơn vị gốc mới',
  'settings.home.placeholder': '— Chọn đơn vị —',
  'settings.home.required': 'Vui lòng chọn đơn vị gốc.',
  'settings.home.submit': 'Đổi đơn vị gốc',
  'settings.home.same': 'Đây đã là đơn vị gốc hiện tại.',
  'settings.home.done': 'Đã đổi đơn vị gốc thành {name}.',
  'settings.language.title': 'Ngôn ngữ',
  'settings.language.legend': 'Ngôn ngữ giao diện',
  'settings.language.hint':
    'Cũng có thể đổi ở góc trên bên phải. Ngày tháng luôn hiển thị dạng dd/mm/yyyy.',
  'settings.language.vi': 'Tiếng Việt',
  'settings.language.en': 'English',
  'settings.data.title': 'Về dữ liệu',
  'settings.data.where':
    'Dữ liệu được lưu ngay trong trình duyệt này (IndexedDB), trên máy tính này. Ứng dụng không gửi dữ liệu đi đâu và vẫn dùng được khi không có mạng.',
  'settings.data.browser':
    'Mỗi trình duyệt và mỗi máy có kho dữ liệu riêng: mở ứng dụng bằng trình duyệt khác hoặc máy khác sẽ không thấy dữ liệu này.',
  'settings.data.clearing':
    'Xóa dữ liệu duyệt web (cookie và dữ liệu trang web) hoặc dùng chế độ ẩn danh sẽ làm mất dữ liệu này.',
  'settings.data.backup':
    'Hãy sao lưu định kỳ (mục Sao lưu và khôi phục bên dưới) và đừng xóa dữ liệu duyệt web của trình duyệt này.',
  'settings.data.units': 'Tổ chức đảng trong máy',
  'settings.data.people': 'Hồ sơ quần chúng, đảng viên',
  'settings.demo.title': 'Đang dùng dữ liệu mẫu',
  'settings.demo.text':
    'Dữ liệu trên máy này là một tỉnh mẫu do ứng dụng tạo lúc {date}: tên người, đơn vị và số liệu đều là giả. Khi bắt đầu dùng thật, hãy xóa dữ liệu mẫu rồi thiết lập lại.',
  'settings.demo.remove': 'Xóa dữ liệu mẫu',
  'settings.demo.confirmTitle': 'Xóa dữ liệu mẫu?',
  'settings.demo.confirmText':
    'Toàn bộ dữ liệu trên máy này sẽ bị xóa, kể cả những gì bạn đã nhập thêm sau khi tạo dữ liệu mẫu. Ứng dụng trở về trạng thái mới cài đặt. Không thể hoàn tác.',
  'settings.demo.confirm': 'Xóa toàn bộ',
  'settings.demo.removing': 'Đang xóa…',
  'settings.demo.failed': 'Không xóa được dữ liệu mẫu: {message}',

  'settings.backup.reminder.label': 'Nhắc sao lưu dữ liệu',
  'settings.backup.reminder.notice': 'Lần sao lưu gần nhất: {days} ngày trước ({date}).',
  'settings.backup.reminder.never': 'Chưa sao lưu dữ liệu lần nào: máy này đang là bản duy nhất.',
  'settings.backup.reminder.action': 'Sao lưu ngay',
  'settings.backup.reminder.dismiss': 'Ẩn đến mai',
};

export const settings: Area<keyof typeof vi> = {
  vi,
  en: {
    'settings.title': 'Settings',
    'settings.description':
      'What this installation is, its home unit, the language and where data lives.',
    'settings.installation.title': 'This installation',
    'settings.installation.kind': 'Installation kind',
    'settings.installation.kind.unit': 'Grassroots unit (cell, grassroots committee…)',
    'settings.installation.kind.province': 'Provincial Committee office',
    'settings.installation.home': 'Home unit',
    'settings.installation.homeMissing': 'Not found (choose it again below)',
    'settings.installation.setUpAt': 'Set up on',
    'settings.installation.scope': 'Scope',
    'settings.installation.scopeValue': {
      one: '{count} party unit (the home unit)',
      other: '{count} party units (the home unit and those below it)',
    },
    'settings.home.title': 'Change the home unit',
    'settings.home.explain':
      'The home unit decides what the app shows, counts and exports: that unit and every unit below it. Changing it deletes or alters no data.',
    'settings.home.field': 'New home unit',
    'settings.home.placeholder': '— Choose a unit —',
    'settings.home.required': 'Please choose the home unit.',
    'settings.home.submit': 'Change home unit',
    'settings.home.same': 'This is already the home unit.',
    'settings.home.done': 'The home unit is now {name}.',
    'settings.language.title': 'Language',
    'settings.language.legend': 'Interface language',
    'settings.language.hint':
      'Also available at the top right. Dates are always shown as dd/mm/yyyy.',
    'settings.language.vi': 'Tiếng Việt',
    'settings.language.en': 'English',
    'settings.data.title': 'About your data',
    'settings.data.where':
      'Data is stored in this browser (IndexedDB), on this computer. The app sends it nowhere and works offline.',
    'settings.data.browser':
      'Each browser and each computer has its own store: another browser or computer will not see this data.',
    'settings.data.clearing':
      'Clearing browsing data (cookies and site data) or using a private window loses this data.',
    'settings.data.backup':
      'Back up regularly (Backup and restore, below) and do not clear this browser’s browsing data.',
    'settings.data.units': 'Party units on this computer',
    'settings.data.people': 'Candidate and member records',
    'settings.demo.title': 'Demo data in use',
    'settings.demo.text':
      'The data on this computer is a demo province the app generated on {date}: people, units and figures are made up. When you start for real, remove the demo data and set up again.',
    'settings.demo.remove': 'Remove demo data',
    'settings.demo.confirmTitle': 'Remove the demo data?',
    'settings.demo.confirmText':
      'All data on this computer is deleted, including anything you entered after the demo was made. The app goes back to a fresh install. This cannot be undone.',
    'settings.demo.confirm': 'Delete everything',
    'settings.demo.removing': 'Deleting…',
    'settings.demo.failed': 'The demo data could not be removed: {message}',

    'settings.backup.reminder.label': 'Backup reminder',
    'settings.backup.reminder.notice': {
      by: 'days',
      one: 'Last backup: {days} day ago ({date}).',
      other: 'Last backup: {days} days ago ({date}).',
    },
    'settings.backup.reminder.never': 'Never backed up: this computer holds the only copy.',
    'settings.backup.reminder.action': 'Back up now',
    'settings.backup.reminder.dismiss': 'Hide until tomorrow',
  },
};
