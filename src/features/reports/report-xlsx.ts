// The report as an Excel workbook: a first sheet with the heading and the prose, then one sheet
// per table. Shares are real numbers with a percent format, so Excel shows 54,4% in a Vietnamese
// locale and still computes with them; years are numbers, dates are dates. Every sheet prints on
// A4 fitted to the page's width with its header row repeated and the report's title and period
// in the page header (src/ui/xlsx-print.ts). write-excel-file (MIT, small, maintained; the npm
// `xlsx` 0.18 is abandoned) is loaded only when someone asks for a workbook.
import type { Cell, Row, Sheet } from 'write-excel-file/browser';
import { printSetupFeature, rowHeight, wrappedLineCount, type PrintSetup } from '@/ui/xlsx-print';
import type { ReportMeta } from './report-csv';
import { isRatioCell, type ReportCell, type ReportColumn, type ReportTable } from './report-tables';

const SHEET_NAME_MAX = 31;
const FONT_SIZE = 12;
/** The cover's two columns: labels, then values; the prose spans both. */
const COVER_WIDTHS = [24, 76] as const;
const NO_VALUE = '—';

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

const FORMATS: Partial<Record<ReportColumn['kind'], string>> = {
  count: '#,##0',
  decimal: '#,##0.0',
  ratio: '0.0%',
  year: '0',
};

/** An ISO date as the Date Excel stores (a day count; write-excel-file reads it in UTC). */
function utcDate(iso: string): Date | null {
  const [year, month, day] = iso.split('-').map(Number);
  return year && month && day ? new Date(Date.UTC(year, month - 1, day)) : null;
}

function xlsxCell(cell: ReportCell, kind: ReportColumn['kind'], bold: boolean): Cell {
  const style = bold ? { fontWeight: 'bold' as const } : {};
  if (cell === '') return null;
  // A figure that is not there reads "—", as on paper (the tables' notes say what it means).
  const missing = { value: NO_VALUE, type: String, align: 'right' as const, ...style };
  if (cell === null) return kind === 'text' ? null : missing;
  if (typeof cell === 'number') {
    const format = FORMATS[kind] ?? '#,##0';
    return Number.isFinite(cell) ? { value: cell, type: Number, format, ...style } : missing;
  }
  if (isRatioCell(cell)) {
    return cell.ratio === null
      ? missing
      : { value: cell.ratio, type: Number, format: '0.0%', ...style };
  }
  const day = kind === 'date' ? utcDate(cell) : null;
  if (day) return { value: day, type: Date, format: 'dd/mm/yyyy', align: 'left', ...style };
  return { value: cell, type: String, ...style };
}

/** How a cell reads in a spreadsheet, for sizing its column. */
function cellText(cell: ReportCell, kind: ReportColumn['kind']): string {
  if (cell === null || cell === '') return NO_VALUE;
  if (isRatioCell(cell)) return '100.0%';
  if (typeof cell === 'number') {
    return kind === 'year' ? String(cell) : Math.round(cell).toLocaleString('en') + '.0';
  }
  return kind === 'date' ? '00/00/0000' : cell;
}

/** Widths that fit: a text column as wide as its longest cell (up to 50, wrapping beyond). */
export function columnWidths(table: ReportTable): number[] {
  return table.columns.map((column, index) => {
    // The heading may wrap, but not word by word when a little more width keeps it whole.
    const longestWord = Math.max(
      Math.min(column.label.length, column.kind === 'text' ? 30 : 14),
      ...column.label.split(/\s+/).map((word) => word.length),
    );
    const longestCell = Math.max(
      0,
      ...table.rows.map((row) => cellText(row[index] ?? null, column.kind).length),
    );
    const wanted = Math.max(longestWord, longestCell) + 2;
    return column.kind === 'text' ? Math.min(50, Math.max(12, wanted)) : Math.max(10, wanted);
  });
}

/** Lines of the tallest wrapped cell of a row, for the row's height. */
function rowLines(cells: string[], widths: number[]): number {
  return Math.max(1, ...cells.map((text, index) => wrappedLineCount(text, widths[index] ?? 10)));
}

function tableSheet(table: ReportTable, name: string): Sheet<Blob> {
  const strong = new Set(table.strongRows ?? []);
  const widths = columnWidths(table);
  const headerLines = rowLines(
    table.columns.map((column) => column.label),
    widths,
  );
  const header: Row = table.columns.map((column, index) => ({
    value: column.label,
    type: String,
    fontWeight: 'bold',
    wrap: true,
    backgroundColor: '#EFECE6',
    align: column.kind === 'text' ? 'left' : 'right',
    alignVertical: 'top',
    ...(index === 0 ? { height: rowHeight(headerLines, FONT_SIZE) } : {}),
  }));
  const data: Row[] = [
    header,
    ...table.rows.map((row, index): Row => {
      const texts = row.map((cell, column) =>
        table.columns[column]?.kind === 'text' && typeof cell === 'string' ? cell : '',
      );
      const lines = rowLines(texts, widths);
      return row.map((cell, column) => {
        const written = xlsxCell(cell, table.columns[column]?.kind ?? 'text', strong.has(index));
        if (lines === 1 || written === null || typeof written !== 'object') return written;
        return { ...written, wrap: true, alignVertical: 'top', height: rowHeight(lines, 12) };
      });
    }),
  ];
  if (table.note) {
    const span = widths.reduce((sum, width) => sum + width, 0);
    data.push(
      [],
      [
        {
          value: table.note,
          type: String,
          fontStyle: 'italic',
          wrap: true,
          alignVertical: 'top',
          columnSpan: table.columns.length,
          height: rowHeight(wrappedLineCount(table.note, span), FONT_SIZE),
        },
        ...table.columns.slice(1).map(() => null),
      ],
    );
  }
  return {
    data,
    sheet: name,
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

function coverSheet(meta: ReportMeta, paragraphs: string[], name: string): Sheet<Blob> {
  const [labelWidth, valueWidth] = COVER_WIDTHS;
  const data: Row[] = [
    [{ value: meta.title, type: String, fontWeight: 'bold', fontSize: 14, columnSpan: 2 }, null],
    [],
    ...meta.facts.map(([label, value]): Row => [
      { value: label, type: String, fontWeight: 'bold', alignVertical: 'top' },
      {
        value,
        type: String,
        wrap: true,
        height: rowHeight(wrappedLineCount(value, valueWidth), FONT_SIZE),
      },
    ]),
    [],
    // A paragraph is one merged cell: its row is as tall as the text wrapped to both columns.
    ...paragraphs.map((paragraph): Row => [
      {
        value: paragraph,
        type: String,
        wrap: true,
        alignVertical: 'top',
        columnSpan: 2,
        height: rowHeight(wrappedLineCount(paragraph, labelWidth + valueWidth), FONT_SIZE),
      },
      null,
    ]),
  ];
  return {
    data,
    sheet: name,
    columns: COVER_WIDTHS.map((width) => ({ width })),
  };
}

/** The words of the printed page around the sheets. */
export interface WorkbookWords {
  /** The first sheet's name. */
  cover: string;
  /** The right of the page header: the unit and the period. */
  headerRight: string;
  /** "Trang": the footer's word before the page number. */
  page: string;
}

export interface ReportWorkbook {
  sheets: Sheet<Blob>[];
  print: PrintSetup;
}

/** The sheets of the workbook, in order, with their print setup; pure, so a test reads them. */
export function reportSheets(
  tables: ReportTable[],
  meta: ReportMeta,
  paragraphs: string[],
  words: WorkbookWords,
): ReportWorkbook {
  const names = sheetNames([words.cover, ...tables.map((table) => table.sheetName)]);
  const sheets = [
    coverSheet(meta, paragraphs, names[0] ?? words.cover),
    ...tables.map((table, index) => tableSheet(table, names[index + 1] ?? table.sheetName)),
  ];
  return {
    sheets,
    print: {
      headerLeft: meta.title,
      headerRight: words.headerRight,
      pageWord: words.page,
      sheetNames: names,
      repeatRows: sheets.map((_, index) => (index === 0 ? 0 : 1)),
      gridLines: sheets.map((_, index) => index > 0),
    },
  };
}

/** The workbook-wide options: the report's serif face and the print setup. */
export function workbookOptions(print: PrintSetup) {
  return {
    fontFamily: 'Times New Roman',
    fontSize: FONT_SIZE,
    features: [printSetupFeature(print)],
  };
}

export async function reportXlsx({ sheets, print }: ReportWorkbook): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(sheets, workbookOptions(print)).toBlob();
}
