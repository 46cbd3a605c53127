import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvField, reportCsv, reportFileName } from './report-csv';
import type { ReportTable } from './report-tables';
import { reportSheets, sheetNames } from './report-xlsx';

const table: ReportTable = {
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
    ['Chủ doanh nghiệp, người quản lý', 0, { ratio: null }],
  ],
  strongRows: [0],
};

describe('the CSV of the report', () => {
  const csv = reportCsv([table], {
    title: 'Báo cáo kết quả công tác phát triển đảng viên',
    facts: [
      ['Đơn vị', 'Đảng bộ xã Tân Lập, huyện "Đồng Hỷ"'],
      ['Kỳ báo cáo', '01/01/2025 – 31/12/2025'],
    ],
  });

  it('starts with the byte-order mark and keeps the diacritics', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Đoàn viên thanh niên,14866,63\r\n');
    expect(csv).toContain('Nữ,12839,54.4\r\n');
    expect(csv).toBe(csv.normalize('NFC'));
  });

  it('writes plain numbers, an empty cell for a share of nothing, one table after another', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Báo cáo kết quả công tác phát triển đảng viên',
      'Đơn vị,"Đảng bộ xã Tân Lập, huyện ""Đồng Hỷ"""',
      'Kỳ báo cáo,01/01/2025 – 31/12/2025',
      '',
      'Kết nạp đảng viên mới và cơ cấu',
      'Nội dung,Số lượng,Tỷ lệ (%)',
      'Tổng số đảng viên mới được kết nạp,23596,100',
      'Đoàn viên thanh niên,14866,63',
      'Nữ,12839,54.4',
      '"Chủ doanh nghiệp, người quản lý",0,',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('Chi bộ A')).toBe('Chi bộ A');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
    expect(csvField(' lề ')).toBe('" lề "');
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('–  trong đó: công nhân')).toBe('–  trong đó: công nhân');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell({ ratio: 0.17689 })).toBe('17.7');
  });

  it('names the file after the unit code and the period, in ASCII', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    expect(reportFileName('TL-D', period, 'csv')).toBe('bao-cao-TL-D-2025-01-01-2025-12-31.csv');
    expect(reportFileName('Đảng bộ/01', period, 'xlsx')).toBe(
      'bao-cao-Dang-bo-01-2025-01-01-2025-12-31.xlsx',
    );
    expect(reportFileName('  ', period, 'csv')).toBe('bao-cao-don-vi-2025-01-01-2025-12-31.csv');
  });
});

describe('the workbook', () => {
  it('keeps sheet names within Excel’s rules', () => {
    expect(
      sheetNames([
        'Báo cáo',
        'Kết nạp đảng viên mới và cơ cấu theo đơn vị trực thuộc',
        'Chỉ tiêu [2023/2025]',
        'báo cáo',
      ]),
    ).toEqual(['Báo cáo', 'Kết nạp đảng viên mới và cơ cấu', 'Chỉ tiêu 2023 2025', 'báo cáo (2)']);
  });

  it('has a cover sheet then one sheet per table, numbers as numbers, shares as percents', () => {
    const sheets = reportSheets([table], { title: 'Báo cáo', facts: [] }, ['Đoạn văn.'], 'Báo cáo');
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Báo cáo', 'Kết nạp và cơ cấu']);
    const data = sheets[1]?.data ?? [];
    expect(data[0]?.[0]).toMatchObject({ value: 'Nội dung', fontWeight: 'bold' });
    expect(data[2]?.[1]).toMatchObject({ value: 14_866, type: Number });
    expect(data[2]?.[2]).toMatchObject({ value: 14_866 / 23_596, format: '0.0%' });
    expect(data[4]?.[2]).toBeNull();
  });
});
