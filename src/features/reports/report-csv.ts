// The report's tables as one CSV file, one table after another. UTF-8 with a byte-order mark,
// because Excel reads a CSV without one in the machine's legacy code page and garbles "Đoàn viên";
// numbers are plain (23596, 54.4) so that a spreadsheet computes with them.
import type { Period } from '@/domain/indicator-types';
import { BOM, LINE_END, csvField } from '@/ui/csv';
import { isRatioCell, type ReportCell, type ReportTable } from './report-tables';

export { BOM, csvField } from '@/ui/csv';

/** The heading lines of the file: the title, then label–value pairs (unit, period, date). */
export interface ReportMeta {
  title: string;
  facts: [string, string][];
}

/** A percentage with one decimal and a point (54.4), the ratio kept out of rounding noise. */
export function percentNumber(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

export function csvCell(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (isRatioCell(cell)) return cell.ratio === null ? '' : String(percentNumber(cell.ratio));
  return csvField(cell);
}

function csvRow(cells: ReportCell[]): string {
  return cells.map(csvCell).join(',');
}

export function reportCsv(tables: ReportTable[], meta: ReportMeta): string {
  const lines: string[] = [csvRow([meta.title]), ...meta.facts.map((fact) => csvRow(fact))];
  for (const table of tables) {
    lines.push('', csvRow([table.title]), csvRow(table.columns.map((column) => column.label)));
    for (const row of table.rows) lines.push(csvRow(row));
  }
  return BOM + lines.join(LINE_END) + LINE_END;
}

/** "bao-cao-TL-D-2025-01-01-2025-12-31.csv": ASCII only, safe on every file system. */
export function reportFileName(unitCode: string, period: Period, extension: string): string {
  const ascii =
    unitCode
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'don-vi';
  return `bao-cao-${ascii}-${period.from}-${period.to}.${extension}`;
}
