// The report's tables as one CSV file, one table after another, in either dialect of src/ui/csv.ts
// (comma and decimal point, or semicolon and decimal comma). Numbers are plain (23596, 54.4 or
// 54,4) so that a spreadsheet computes with them; years are numbers; dates are ISO (2026-12-07),
// which no locale reads as another day.
import type { Period } from '@/domain/indicator-types';
import { BOM, LINE_END, csvField, csvLine, csvNumber, type CsvDialect } from '@/ui/csv';
import { isRatioCell, type ReportCell, type ReportTable } from './report-tables';

export { BOM, csvField } from '@/ui/csv';

/**
 * A line of the file's heading: a label, its value as the page shows it, and where that value
 * holds dates, the same in ISO for the CSV (a spreadsheet would re-read "07/12/2026").
 */
export type ReportFact = [label: string, value: string, iso?: string];

/** The heading lines of the file: the title, then label–value pairs (unit, period, date). */
export interface ReportMeta {
  title: string;
  facts: ReportFact[];
}

/** A percentage with one decimal (54.4), the ratio kept out of rounding noise. */
export function percentNumber(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

export function csvCell(cell: ReportCell, dialect: CsvDialect = 'international'): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell, dialect);
  if (isRatioCell(cell))
    return cell.ratio === null ? '' : csvNumber(percentNumber(cell.ratio), dialect);
  return csvField(cell);
}

function csvRow(cells: ReportCell[], dialect: CsvDialect): string {
  return csvLine(
    cells.map((cell) => csvCell(cell, dialect)),
    dialect,
  );
}

export function reportCsv(tables: ReportTable[], meta: ReportMeta, dialect: CsvDialect): string {
  const lines: string[] = [
    csvRow([meta.title], dialect),
    ...meta.facts.map(([label, value, iso]) => csvRow([label, iso ?? value], dialect)),
  ];
  for (const table of tables) {
    lines.push(
      '',
      csvRow([table.title], dialect),
      csvRow(
        table.columns.map((column) => column.label),
        dialect,
      ),
    );
    for (const row of table.rows) lines.push(csvRow(row, dialect));
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
