// The shared CSV buttons (src/ui/csv-buttons.tsx): the file in the dialect of the app's language,
// and the other dialect beside it.
import type { Area } from './types';

const vi = {
  'exports.csv.first.vietnamese': 'Tải CSV (dấu chấm phẩy)',
  'exports.csv.first.international': 'Tải CSV (dấu phẩy)',
  'exports.csv.second.vietnamese': 'CSV tiếng Việt (dấu chấm phẩy)',
  'exports.csv.second.international': 'CSV quốc tế (dấu phẩy)',
  'exports.csv.hint.vietnamese':
    'Dấu chấm phẩy giữa các cột, dấu phẩy thập phân (54,4): mở đúng trong Excel, LibreOffice đặt tiếng Việt. Ngày viết dạng 2026-12-07.',
  'exports.csv.hint.international':
    'Dấu phẩy giữa các cột, dấu chấm thập phân (54.4): cho Excel, LibreOffice đặt tiếng Anh và các chương trình khác. Ngày viết dạng 2026-12-07.',
};

export const exportsArea: Area<keyof typeof vi> = {
  vi,
  en: {
    'exports.csv.first.vietnamese': 'Download CSV (semicolon)',
    'exports.csv.first.international': 'Download CSV (comma)',
    'exports.csv.second.vietnamese': 'Vietnamese-locale CSV (semicolon)',
    'exports.csv.second.international': 'International CSV (comma)',
    'exports.csv.hint.vietnamese':
      'Semicolon between columns, decimal comma (54,4): opens right in Excel or LibreOffice set to Vietnamese. Dates as 2026-12-07.',
    'exports.csv.hint.international':
      'Comma between columns, decimal point (54.4): for Excel or LibreOffice set to English, and other programs. Dates as 2026-12-07.',
  },
};
