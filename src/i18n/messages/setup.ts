import type { FirstScreenArea } from './types';

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

export type SetupKey = keyof typeof vi;

/** Its English words are in en/setup.ts, loaded only when English is chosen. */
export const setup: FirstScreenArea<SetupKey> = { vi };
