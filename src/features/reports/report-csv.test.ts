import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvField, reportCsv, reportFileName, type ReportFact } from './report-csv';
import type { ReportTable } from './report-tables';
import { TABLES } from './report-workbook-fixture';
import { reportSheets, sheetNames } from './report-xlsx';

/** The fixture's structure table, and a share of nothing (no one in enterprises). */
const structure = TABLES[0] as ReportTable;
const table: ReportTable = {
  ...structure,
  rows: [...structure.rows, ['Chủ doanh nghiệp, người quản lý', 0, { ratio: null }]],
};

const meta = {
  title: 'Báo cáo kết quả công tác phát triển đảng viên',
  facts: [
    ['Đơn vị', 'Đảng bộ xã Tân Lập, huyện "Đồng Hỷ"'],
    ['Kỳ báo cáo', '01/01/2025 – 31/12/2025', '2025-01-01 – 2025-12-31'],
    ['Ngày lập báo cáo', '07/12/2026', '2026-12-07'],
  ] as ReportFact[],
};

/** An RFC 4180 reader, written apart from the writer: fields, quotes, CRLF. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

describe('the CSV of the report', () => {
  const csv = reportCsv([table], meta, 'international');

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
      'Kỳ báo cáo,2025-01-01 – 2025-12-31',
      'Ngày lập báo cáo,2026-12-07',
      '',
      'Kết nạp đảng viên mới và cơ cấu',
      'Nội dung,Số lượng,Tỷ lệ (%)',
      'Tổng số đảng viên mới được kết nạp,23596,100',
      'Đoàn viên thanh niên,14866,63',
      'Nữ,12839,54.4',
      'Người dân tộc thiểu số,2914,12.3',
      '"Chủ doanh nghiệp, người quản lý",0,',
      '',
    ]);
  });

  it('in the Vietnamese-locale dialect: semicolons between fields and a decimal comma', () => {
    const lines = reportCsv([table], meta, 'vietnamese').slice(1).split('\r\n');
    expect(lines.slice(1, 4)).toEqual([
      'Đơn vị;"Đảng bộ xã Tân Lập, huyện ""Đồng Hỷ"""',
      'Kỳ báo cáo;2025-01-01 – 2025-12-31',
      'Ngày lập báo cáo;2026-12-07',
    ]);
    expect(lines).toContain('Nữ;12839;54,4');
    expect(lines).toContain('"Chủ doanh nghiệp, người quản lý";0;');
  });

  it('parses back in both dialects: every percentage a number of its locale, dates in ISO', () => {
    for (const [dialect, separator, number] of [
      ['international', ',', /^\d+(\.\d)?$/],
      ['vietnamese', ';', /^\d+(,\d)?$/],
    ] as const) {
      const text = reportCsv([table], meta, dialect);
      const rows = parseCsv(text.slice(1), separator);
      const header = rows.findIndex((row) => row[2] === 'Tỷ lệ (%)');
      const shares = rows.slice(header + 1, header + 1 + table.rows.length).map((row) => row[2]);
      expect(shares.filter(Boolean)).toHaveLength(4);
      for (const share of shares.filter(Boolean)) expect(share).toMatch(number);
      const decimal = Number(shares[2]?.replace(',', '.'));
      expect(decimal).toBe(54.4);
      expect(rows[1]).toEqual(['Đơn vị', 'Đảng bộ xã Tân Lập, huyện "Đồng Hỷ"']);
      expect(rows[3]).toEqual(['Ngày lập báo cáo', '2026-12-07']);
      expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    }
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
    expect(csvCell({ ratio: 0.17689 }, 'vietnamese')).toBe('17,7');
    expect(csvField('a;b')).toBe('"a;b"');
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
    const words = { cover: 'Báo cáo', headerRight: 'Xã Tân Lập', page: 'Trang' };
    const { sheets, print } = reportSheets(
      [table],
      { title: 'Báo cáo', facts: [] },
      ['Đoạn.'],
      words,
    );
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Báo cáo', 'Kết nạp và cơ cấu']);
    expect(print.repeatRows).toEqual([0, 1]);
    const data = sheets[1]?.data ?? [];
    expect(data[0]?.[0]).toMatchObject({ value: 'Nội dung', fontWeight: 'bold' });
    expect(data[2]?.[1]).toMatchObject({ value: 14_866, type: Number });
    expect(data[2]?.[2]).toMatchObject({ value: 14_866 / 23_596, format: '0.0%' });
    // A share of nothing reads "—" as on paper.
    expect(data[5]?.[2]).toMatchObject({ value: '—', type: String });
  });
});
