import type { Area } from './types';

const vi = {
  'setup.nav': 'Thiết lập ban đầu',
  'setup.notSetUp': 'Chưa thiết lập',
  'setup.kind.unit': 'Cài đặt của tổ chức cơ sở',
  'setup.kind.province': 'Cài đặt của Văn phòng Tỉnh ủy',
  'setup.title': 'Thiết lập ban đầu',
  'setup.description':
    'Chỉ cần làm một lần trên máy này. Đơn vị gốc có thể đổi lại sau trong mục Cài đặt.',
  'setup.import.before': 'Nếu Tỉnh ủy đã gửi tệp dữ liệu (.ptdv.json), hãy vào mục ',
  'setup.import.link': 'Trao đổi dữ liệu',
  'setup.import.after': ' để nhập.',
  'setup.step1': 'Bước 1. Cài đặt này dùng cho ai?',
  'setup.choice.unit.title': 'Tổ chức cơ sở (chi bộ, đảng bộ cơ sở…)',
  'setup.choice.unit.text':
    'Dùng tại đảng bộ, chi bộ để theo dõi quần chúng ưu tú, đảng viên mới của đơn vị mình và gửi số liệu lên cấp trên.',
  'setup.choice.province.title': 'Văn phòng Tỉnh ủy',
  'setup.choice.province.text':
    'Dùng tại cơ quan Tỉnh ủy để quản lý cây tổ chức đảng toàn tỉnh, giao chỉ tiêu và tổng hợp số liệu các đơn vị gửi lên.',
  'setup.step2.unit': 'Bước 2. Đơn vị của bạn',
  'setup.step2.province': 'Bước 2. Tỉnh ủy',
  'setup.step2.unitHint':
    'Nhập tổ chức đảng sử dụng cài đặt này. Các chi bộ trực thuộc có thể thêm sau trong mục Tổ chức đảng.',
  'setup.step2.provinceHint':
    'Nhập Tỉnh ủy. Sau khi lưu, hãy thêm các đảng bộ trực thuộc trong mục Tổ chức đảng.',
  'setup.step2.pickHint':
    'Máy này đã có cây tổ chức đảng (ví dụ nhập từ tệp của Tỉnh ủy). Hãy chọn đơn vị của bạn trong cây.',
  'setup.field.homeUnit': 'Đơn vị gốc của cài đặt này',
  'setup.field.homeUnitHint':
    'Ứng dụng hiển thị và thống kê đơn vị này cùng mọi đơn vị trực thuộc.',
  'setup.field.code': 'Mã đơn vị',
  'setup.field.codeHint': 'Mã chính thức do cấp ủy cấp trên quy định.',
  'setup.field.name': 'Tên đơn vị',
  'setup.field.namePlaceholder': 'Ví dụ: Đảng bộ xã Tân Lập',
  'setup.field.provinceNamePlaceholder': 'Ví dụ: Tỉnh ủy Thái Nguyên',
  'setup.field.kind': 'Loại tổ chức đảng',
  'setup.field.sector': 'Lĩnh vực',
  'setup.field.sectorNone': '— Chưa chọn —',
  'setup.field.pickPlaceholder': '— Chọn đơn vị —',
  'setup.step3': 'Bước 3. Lưu thiết lập',
  'setup.submit': 'Hoàn tất thiết lập',
  'setup.error.pickHome': 'Vui lòng chọn đơn vị gốc.',
  'setup.error.duplicateCode': 'Mã này đã được dùng cho một đơn vị đang hoạt động khác.',
  'setup.welcome.unit':
    'Đã thiết lập xong. Bắt đầu bằng việc thêm quần chúng vào danh sách nguồn, hoặc thêm các chi bộ trực thuộc trong mục Tổ chức đảng.',
  'setup.demo.title': 'Xem thử với dữ liệu mẫu',
  'setup.demo.text':
    'Chưa có dữ liệu? Ứng dụng có thể tạo một tỉnh mẫu (tên người, đơn vị, số liệu đều là giả) để bạn xem ngay bảng số liệu và báo cáo. Dữ liệu mẫu được đánh dấu rõ và xóa được bằng một nút trong mục Cài đặt.',
  'setup.demo.size': 'Quy mô dữ liệu mẫu',
  'setup.demo.size.small': 'Tỉnh nhỏ: {count} hồ sơ, tạo trong vài giây',
  'setup.demo.size.province': 'Quy mô cả tỉnh: {count} hồ sơ, mất khoảng một đến vài phút',
  'setup.demo.load': 'Tạo dữ liệu mẫu',
  'setup.demo.loading': 'Đang tạo dữ liệu mẫu…',
  'setup.demo.preparing': 'Đang chuẩn bị…',
  'setup.demo.progressLabel': 'Tiến độ tạo dữ liệu mẫu',
  'setup.demo.progress': 'Đã ghi {done}/{total}',
  'setup.demo.failed': 'Không tạo được dữ liệu mẫu: {message}',
  'setup.demo.badge': 'Dữ liệu mẫu',
  'setup.demo.badgeTitle': 'Số liệu đang xem là dữ liệu mẫu, không phải số liệu thật.',
};

export const setup: Area<keyof typeof vi> = {
  vi,
  en: {
    'setup.nav': 'First-run setup',
    'setup.notSetUp': 'Not set up',
    'setup.kind.unit': 'Grassroots unit installation',
    'setup.kind.province': 'Provincial office installation',
    'setup.title': 'First-run setup',
    'setup.description':
      'Done once on this computer. The home unit can be changed later under Settings.',
    'setup.import.before':
      'If the Provincial Committee has sent you a data file (.ptdv.json), go to ',
    'setup.import.link': 'Data exchange',
    'setup.import.after': ' to import it.',
    'setup.step1': 'Step 1. Who is this installation for?',
    'setup.choice.unit.title': 'Grassroots unit (cell, grassroots committee…)',
    'setup.choice.unit.text':
      'Used by a party committee or cell to follow its candidates and new members and send figures upwards.',
    'setup.choice.province.title': 'Provincial Committee office',
    'setup.choice.province.text':
      'Used at the Provincial Committee to manage the province’s party tree, assign quotas and combine the figures units send in.',
    'setup.step2.unit': 'Step 2. Your unit',
    'setup.step2.province': 'Step 2. The Provincial Committee',
    'setup.step2.unitHint':
      'Enter the party unit using this installation. Its cells can be added later under Party units.',
    'setup.step2.provinceHint':
      'Enter the Provincial Committee. After saving, add its subordinate committees under Party units.',
    'setup.step2.pickHint':
      'This computer already holds a party tree (for example imported from a province file). Pick your unit in it.',
    'setup.field.homeUnit': 'Home unit of this installation',
    'setup.field.homeUnitHint': 'The app shows and counts this unit and every unit below it.',
    'setup.field.code': 'Unit code',
    'setup.field.codeHint': 'The official code set by the higher committee.',
    'setup.field.name': 'Unit name',
    'setup.field.namePlaceholder': 'e.g. Đảng bộ xã Tân Lập',
    'setup.field.provinceNamePlaceholder': 'e.g. Tỉnh ủy Thái Nguyên',
    'setup.field.kind': 'Kind of party unit',
    'setup.field.sector': 'Sector',
    'setup.field.sectorNone': '— Not chosen —',
    'setup.field.pickPlaceholder': '— Choose a unit —',
    'setup.step3': 'Step 3. Save',
    'setup.submit': 'Finish setup',
    'setup.error.pickHome': 'Please choose the home unit.',
    'setup.error.duplicateCode': 'This code is already used by another open unit.',
    'setup.welcome.unit':
      'Setup is complete. Start by adding candidates to the source list, or add your cells under Party units.',
    'setup.demo.title': 'Try it with demo data',
    'setup.demo.text':
      'No data yet? The app can generate a demo province (made-up people, units and figures) so you can see the dashboard and reports at once. Demo data is clearly marked and removed with one button under Settings.',
    'setup.demo.size': 'Size of the demo data',
    'setup.demo.size.small': 'Small province: {count} records, made in seconds',
    'setup.demo.size.province': 'Whole province: {count} records, takes one to a few minutes',
    'setup.demo.load': 'Make demo data',
    'setup.demo.loading': 'Making demo data…',
    'setup.demo.preparing': 'Preparing…',
    'setup.demo.progressLabel': 'Progress of the demo data',
    'setup.demo.progress': '{done}/{total} written',
    'setup.demo.failed': 'The demo data could not be made: {message}',
    'setup.demo.badge': 'Demo data',
    'setup.demo.badgeTitle': 'The figures shown are demo data, not real figures.',
  },
};
