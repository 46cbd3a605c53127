// Screens whose work belongs to later issues (dashboard, reports, exchange): they say so plainly.
import type { AreaMessages } from './types';

export const later: AreaMessages = {
  vi: {
    'later.dashboard.title': 'Bảng số liệu',
    'later.dashboard.body':
      'Bảng số liệu cho lãnh đạo (kết quả kết nạp, cơ cấu đảng viên mới, tiến độ chỉ tiêu, biểu đồ) đang được xây dựng và chưa có trong phiên bản này. Trong lúc chờ, số kết nạp của năm so với chỉ tiêu có ở Trang chủ và mục Chỉ tiêu.',
    'later.reports.title': 'Báo cáo',
    'later.reports.body':
      'Báo cáo in khổ A4 và xuất CSV/Excel đang được xây dựng và chưa có trong phiên bản này.',
    'later.sync.title': 'Trao đổi dữ liệu',
    'later.sync.body':
      'Xuất tệp gửi Tỉnh ủy và nhập tệp (.ptdv.json) từ Tỉnh ủy hoặc các đơn vị đang được xây dựng và chưa có trong phiên bản này. Dữ liệu bạn nhập được lưu trong trình duyệt của máy này.',
    'later.sync.setupHint': 'Chưa thiết lập cài đặt này? Hãy bắt đầu bằng việc tạo tổ chức đảng.',
    'later.sync.toSetup': 'Đến trang thiết lập ban đầu',
  },
  en: {
    'later.dashboard.title': 'Dashboard',
    'later.dashboard.body':
      'The leadership dashboard (admissions, structure of new members, quota progress, charts) is being built and is not in this version yet. Meanwhile, the year’s admissions against the quota are on the Home and Quotas pages.',
    'later.reports.title': 'Reports',
    'later.reports.body':
      'Printable A4 reports and CSV/Excel export are being built and are not in this version yet.',
    'later.sync.title': 'Data exchange',
    'later.sync.body':
      'Exporting a file for the province and importing .ptdv.json files from the province or from units are being built and are not in this version yet. What you enter is stored in this browser on this computer.',
    'later.sync.setupHint': 'Not set up yet? Start by creating your party unit.',
    'later.sync.toSetup': 'Go to first-run setup',
  },
};
