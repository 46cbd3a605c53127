/// <reference types="node" />
// The report's files opened by LibreOffice (headless, where it is installed): the CSV in both
// dialects under the locale each is for, and the workbook, converted and read back, keep every
// figure a number (a SUM of the percentages counts them all), the dates the same day, and the
// whole summary paragraph on the printed page.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { percentNumber, reportCsv } from './report-csv';
import { isRatioCell } from './report-tables';
import { META, SUMMARY, TABLES, reportWorkbookBytes } from './report-workbook-fixture';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!soffice) {
  console.warn(
    '\n*** LibreOffice (soffice) is not installed: the report files are NOT checked in LibreOffice. ***\n' +
      '*** Install it (apt-get install libreoffice-calc) to run report-libreoffice.test.ts.       ***\n',
  );
}

const dir = mkdtempSync(join(tmpdir(), 'ptdv-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One conversion, in a profile of its own (another LibreOffice may be running). */
function convert(file: string, to: string, infilter?: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      join(dir, 'out'),
      file,
    ],
    { stdio: 'pipe', timeout: 90_000 },
  );
}

/** The percentages of the report's tables, as the CSV writes them (one decimal). */
const percents = TABLES.flatMap((table) =>
  table.rows.flatMap((row) =>
    row.filter(isRatioCell).map((cell) => percentNumber(cell.ratio ?? 0)),
  ),
);
const percentSum = percents.reduce((sum, value) => sum + value, 0);

/** Every number in a sheet whose column heading is "Tỷ lệ (%)". */
function percentColumn(rows: unknown[][]): unknown[] {
  const found: unknown[] = [];
  let column = -1;
  for (const row of rows) {
    const heading = row.indexOf('Tỷ lệ (%)');
    if (heading >= 0) {
      column = heading;
      continue;
    }
    if (column >= 0 && row[column] !== null && row[column] !== undefined) found.push(row[column]);
    if (row.every((cell) => cell === null)) column = -1;
  }
  return found;
}

describe.skipIf(!soffice)('the report in LibreOffice', () => {
  for (const [dialect, infilter] of [
    // Separator, quote, UTF-8, from line 1, no column types, the locale (1066 vi-VN, 1033 en-US).
    ['vietnamese', 'CSV:59,34,76,1,,1066'],
    ['international', 'CSV:44,34,76,1,,1033'],
  ] as const) {
    it(`reads the ${dialect} CSV in its locale with every percentage a number`, async () => {
      const file = join(dir, `${dialect}.csv`);
      writeFileSync(file, reportCsv(TABLES, META, dialect));
      convert(file, 'xlsx', infilter);
      const [sheet] = await readXlsxFile(readFileSync(join(dir, 'out', `${dialect}.xlsx`)));
      const rows = sheet?.data ?? [];
      const column = percentColumn(rows);
      expect(column).toHaveLength(percents.length);
      for (const value of column) expect(typeof value).toBe('number');
      const sum = (column as number[]).reduce((total, value) => total + value, 0);
      expect(sum).toBeCloseTo(percentSum, 6);
      // The date of the report stays 7 December 2026, whatever the locale.
      const created = rows.find((row) => row[0] === 'Ngày lập báo cáo')?.[1];
      expect(created).toEqual(new Date(Date.UTC(2026, 11, 7)));
      // Years stay numbers too.
      expect(rows.some((row) => row[0] === 2025)).toBe(true);
    }, 120_000);
  }

  it('keeps the workbook’s figures as numbers through a round trip', async () => {
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, await reportWorkbookBytes());
    convert(file, 'ods');
    convert(join(dir, 'out', 'report.ods'), 'xlsx');
    const sheets = await readXlsxFile(readFileSync(join(dir, 'out', 'report.xlsx')));
    const ratios = sheets.flatMap((sheet) => percentColumn(sheet.data));
    expect(ratios).toHaveLength(percents.length);
    const sum = (ratios as number[]).reduce((total, value) => total + value, 0);
    expect(sum * 100).toBeCloseTo(percentSum, 0);
    expect(sheets[0]?.data[6]?.[0]).toBe(SUMMARY);
  }, 120_000);

  it.skipIf(!pdftotext)(
    'prints the whole summary and each sheet a page wide',
    () => {
      const file = join(dir, 'printed.xlsx');
      return reportWorkbookBytes().then((bytes) => {
        writeFileSync(file, bytes);
        convert(file, 'pdf');
        const text = execFileSync('pdftotext', ['-layout', join(dir, 'out', 'printed.pdf'), '-'], {
          encoding: 'utf8',
        });
        const pages = text.split('\f').filter((page) => page.trim());
        // One page per sheet: nothing cut into vertical strips.
        expect(pages).toHaveLength(4);
        const flat = (page: string) => page.replace(/\s+/g, ' ');
        expect(flat(pages[0] ?? '')).toContain(SUMMARY);
        for (const page of pages) {
          expect(page).toContain('Báo cáo kết quả công tác phát triển đảng viên');
          expect(page).toContain('01/01/2020 – 31/12/2025');
        }
        // A unit's name and its figures on the same line of the same page.
        expect(pages[1]).toMatch(/Đoàn viên thanh niên\s+14[.,]866\s+63[.,]0%/);
      });
    },
    120_000,
  );
});
