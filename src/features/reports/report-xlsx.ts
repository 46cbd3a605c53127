// The report as an Excel workbook: a first sheet with the heading and the prose, then one sheet
// per table. Shares are real numbers with a percent format, so Excel shows 54,4% in a Vietnamese
// locale and still computes with them. write-excel-file (MIT, small, maintained; the npm `xlsx`
// 0.18 is abandoned) is loaded only when someone asks for a workbook.
import type { Cell, Row, Sheet } from 'write-excel-file/browser';
import type { ReportMeta } from './report-csv';
import { isRatioCell, type ReportCell, type ReportTable } from './report-tables';

const SHEET_NAME_MAX = 31;

/** Excel refuses sheet names over 31 characters, with []:*?/\ or repeated (case-insensitive). */
export function sheetNames(wanted: string[]): string[] {
  const used = new Set<string>();
  return wanted.map((name, index) => {
    const clean =
      name
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || `Sheet ${index + 1}`;
    let candidate = clean.slice(0, SHEET_NAME_MAX).trim();
    for (let n = 2; used.has(candidate.toLocaleLowerCase('vi')); n += 1) {
      const suffix = ` (${n})`;
      candidate = clean.slice(0, SHEET_NAME_MAX - suffix.length).trim() + suffix;
    }
    used.add(candidate.toLocaleLowerCase('vi'));
    return candidate;
  });
}

function xlsxCell(cell: ReportCell, bold: boolean, decimal: boolean): Cell {
  const style = bold ? { fontWeight: 'bold' as const } : {};
  if (cell === null || cell === '') return null;
  if (typeof cell === 'number') {
    const format = decimal ? '#,##0.0' : '#,##0';
    return Number.isFinite(cell) ? { value: cell, type: Number, format, ...style } : null;
  }
  if (isRatioCell(cell)) {
    return cell.ratio === null
      ? null
      : { value: cell.ratio, type: Number, format: '0.0%', ...style };
  }
  return { value: cell, type: String, ...style };
}

function tableSheet(table: ReportTable, name: string): Sheet<Blob> {
  const strong = new Set(table.strongRows ?? []);
  const header: Row = table.columns.map((column) => ({
    value: column.label,
    type: String,
    fontWeight: 'bold',
    wrap: true,
    backgroundColor: '#EFECE6',
    align: column.kind === 'text' ? 'left' : 'right',
  }));
  const data: Row[] = [
    header,
    ...table.rows.map((row, index) =>
      row.map((cell, column) =>
        xlsxCell(cell, strong.has(index), table.columns[column]?.kind === 'decimal'),
      ),
    ),
  ];
  if (table.note) data.push([], [{ value: table.note, type: String, fontStyle: 'italic' }]);
  return {
    data,
    sheet: name,
    columns: table.columns.map((column) => ({ width: column.kind === 'text' ? 46 : 16 })),
    stickyRowsCount: 1,
  };
}

function coverSheet(meta: ReportMeta, paragraphs: string[], name: string): Sheet<Blob> {
  const data: Row[] = [
    [{ value: meta.title, type: String, fontWeight: 'bold', fontSize: 14 }],
    [],
    ...meta.facts.map(([label, value]): Row => [
      { value: label, type: String, fontWeight: 'bold' },
      { value, type: String },
    ]),
    [],
    ...paragraphs.map((paragraph): Row => [
      { value: paragraph, type: String, wrap: true, columnSpan: 2 },
      null,
    ]),
  ];
  return { data, sheet: name, columns: [{ width: 28 }, { width: 90 }] };
}

/** The sheets of the workbook, in order; pure so that a test can read them without a zip. */
export function reportSheets(
  tables: ReportTable[],
  meta: ReportMeta,
  paragraphs: string[],
  coverName: string,
): Sheet<Blob>[] {
  const names = sheetNames([coverName, ...tables.map((table) => table.sheetName)]);
  return [
    coverSheet(meta, paragraphs, names[0] ?? coverName),
    ...tables.map((table, index) => tableSheet(table, names[index + 1] ?? table.sheetName)),
  ];
}

export async function reportXlsx(sheets: Sheet<Blob>[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(sheets, { fontFamily: 'Times New Roman', fontSize: 12 }).toBlob();
}
