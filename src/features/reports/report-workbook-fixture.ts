// The report's workbook as the app writes it, with a summary as long as the province's and
// tables of each column kind: shared by the read-back test and the LibreOffice test (tests only).
import writeExcelFile from 'write-excel-file/node';
import type { ReportFact } from './report-csv';
import type { ReportTable } from './report-tables';
import { reportSheets, workbookOptions } from './report-xlsx';

/** A summary as long as the province's (608 characters). */
export const SUMMARY =
  'Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ tỉnh kết nạp được 23.596 đảng viên mới, đạt 98,3% chỉ tiêu nhiệm kỳ, trong đó: 14.866 đảng viên là đoàn viên thanh niên, chiếm 63%; 12.839 đảng viên nữ, chiếm 54,4%; 2.914 đảng viên là người dân tộc thiểu số, chiếm 12,3%; 1.107 đảng viên là người có đạo, chiếm 4,7%; 842 đảng viên là học sinh, sinh viên, chiếm 3,6%; 3.215 đảng viên là người lao động trong doanh nghiệp, chiếm 13,6%. Có 27 đơn vị trực thuộc hoàn thành và vượt chỉ tiêu được giao; 5 đơn vị chưa đạt, cần tập trung chỉ đạo trong thời gian tới để hoàn thành chỉ tiêu của cả nhiệm kỳ theo nghị quyết.';

export const META = {
  title: 'Báo cáo kết quả công tác phát triển đảng viên',
  facts: [
    ['Đơn vị', 'Đảng bộ tỉnh Thái Lâm (TL)'],
    ['Kỳ báo cáo', '01/01/2020 – 31/12/2025', '2020-01-01 – 2025-12-31'],
    ['Ngày lập báo cáo', '07/12/2026', '2026-12-07'],
  ] as ReportFact[],
};

export const TABLES: ReportTable[] = [
  {
    id: 'structure',
    title: 'Kết nạp đảng viên mới và cơ cấu',
    sheetName: 'Kết nạp và cơ cấu',
    columns: [
      { label: 'Nội dung', kind: 'text' },
      { label: 'Số lượng', kind: 'count' },
      { label: 'Tỷ lệ (%)', kind: 'ratio' },
    ],
    rows: [
      ['Tổng số đảng viên mới được kết nạp', 23_596, { ratio: 1 }],
      ['Đoàn viên thanh niên', 14_866, { ratio: 14_866 / 23_596 }],
      ['Nữ', 12_839, { ratio: 12_839 / 23_596 }],
      ['Người dân tộc thiểu số', 2_914, { ratio: 2_914 / 23_596 }],
    ],
    strongRows: [0],
  },
  {
    id: 'rates',
    title: 'Tỷ lệ kết nạp so với số đảng viên đầu năm',
    sheetName: 'Tỷ lệ kết nạp',
    columns: [
      { label: 'Năm', kind: 'year' },
      { label: 'Đảng viên đầu năm', kind: 'count' },
      { label: 'Kết nạp trong năm', kind: 'count' },
      { label: 'Tỷ lệ (%)', kind: 'ratio' },
    ],
    rows: [
      [2024, 120_000, 3_900, { ratio: 3_900 / 120_000 }],
      [2025, 123_500, 4_100, { ratio: 4_100 / 123_500 }],
    ],
    note: 'Mục tiêu: mỗi năm kết nạp 3–4% tổng số đảng viên đầu năm.',
  },
  {
    id: 'placesFirstMembers',
    title: 'Thôn, tổ dân phố có đảng viên đầu tiên',
    sheetName: 'Đảng viên đầu tiên',
    columns: [
      { label: 'Thôn, tổ dân phố', kind: 'text' },
      { label: 'Xã, phường', kind: 'text' },
      { label: 'Ngày kết nạp', kind: 'date' },
    ],
    rows: [['Thôn Nam', 'Đảng bộ xã An Phú', '2025-03-10']],
  },
];

const WORDS = {
  cover: 'Báo cáo',
  headerRight: 'Đảng bộ tỉnh Thái Lâm · 01/01/2020 – 31/12/2025',
  page: 'Trang',
};

/** The workbook's bytes, written by write-excel-file's Node build with the app's sheets. */
export async function reportWorkbookBytes() {
  const { sheets, print } = reportSheets(TABLES, META, [SUMMARY], WORDS);
  return writeExcelFile(sheets as never, workbookOptions(print) as never).toBuffer();
}
