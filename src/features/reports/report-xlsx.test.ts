// The report's workbook written as the app writes it and read back by an independent reader
// (read-excel-file for the cells, the sheets' XML unzipped with fflate for the print setup).
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { SUMMARY, reportWorkbookBytes } from './report-workbook-fixture';

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('the report as a workbook, read back', () => {
  it('keeps figures, years and dates typed, and the first sheet as the cover', async () => {
    const sheets = await readXlsxFile(await reportWorkbookBytes());
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      'Báo cáo',
      'Kết nạp và cơ cấu',
      'Tỷ lệ kết nạp',
      'Đảng viên đầu tiên',
    ]);
    const [cover, structure, rates, first] = sheets.map((sheet) => sheet.data);
    expect(cover?.[6]?.[0]).toBe(SUMMARY);
    expect(structure?.[2]).toEqual(['Đoàn viên thanh niên', 14_866, 14_866 / 23_596]);
    expect(rates?.slice(1, 3)).toEqual([
      [2024, 120_000, 3_900, 3_900 / 120_000],
      [2025, 123_500, 4_100, 4_100 / 123_500],
    ]);
    for (const row of rates?.slice(1, 3) ?? []) {
      for (const cell of row) expect(typeof cell).toBe('number');
    }
    expect(first?.[1]?.[2]).toEqual(new Date(Date.UTC(2025, 2, 10)));
  });

  it('gives the summary paragraph a row tall enough for every line of it', async () => {
    const xml = parts(await reportWorkbookBytes())['xl/worksheets/sheet1.xml'] ?? '';
    const row = /<row r="7"[^>]*>/.exec(xml)?.[0] ?? '';
    expect(row).toContain('customHeight="1"');
    const height = Number(/ht="([\d.]+)"/.exec(row)?.[1]);
    // Merged A:B is 100 digits wide; even at 1.25 characters a digit's width, 608 characters
    // take 5 lines of 12-point text (Excel's row for it: 15.75 points).
    expect(SUMMARY.length).toBeGreaterThan(600);
    expect(height).toBeGreaterThanOrEqual(Math.ceil(SUMMARY.length / 125) * 15.75);
    expect(xml).toMatch(/<mergeCell ref="A7:B7"\/>/);
  });

  it('prints every sheet on A4, fitted to the width, header rows repeated, titled', async () => {
    const files = parts(await reportWorkbookBytes());
    const sheetFiles = Object.keys(files).filter((name) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
    );
    expect(sheetFiles).toHaveLength(4);
    for (const name of sheetFiles) {
      const xml = files[name] ?? '';
      expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(xml).toMatch(
        /<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"\/>/,
      );
      const header = /<oddHeader>(.*?)<\/oddHeader>/.exec(xml)?.[1] ?? '';
      expect(header).toContain('&amp;LBáo cáo kết quả công tác phát triển đảng viên');
      expect(header).toContain('01/01/2020 – 31/12/2025');
      // The schema's order: sheetPr first; cells, merged cells, then the print elements.
      const order = [
        '<sheetPr',
        '<sheetData',
        '<printOptions',
        '<pageMargins',
        '<pageSetup',
        '<headerFooter',
      ];
      const at = order.map((tag) => xml.indexOf(tag));
      expect(at.every((index) => index >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      if (xml.includes('<mergeCells')) expect(xml.indexOf('<mergeCells')).toBeLessThan(at[2] ?? 0);
    }
    const workbook = files['xl/workbook.xml'] ?? '';
    const titles = [
      ...workbook.matchAll(
        /<definedName name="_xlnm.Print_Titles" localSheetId="(\d)">([^<]*)<\/definedName>/g,
      ),
    ];
    expect(titles.map((match) => [match[1], match[2]])).toEqual([
      ['1', '&apos;Kết nạp và cơ cấu&apos;!$1:$1'],
      ['2', '&apos;Tỷ lệ kết nạp&apos;!$1:$1'],
      ['3', '&apos;Đảng viên đầu tiên&apos;!$1:$1'],
    ]);
  });
});
