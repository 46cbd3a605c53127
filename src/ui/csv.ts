// CSV as spreadsheets read it: UTF-8 with a byte-order mark (without one, Excel reads the
// machine's legacy code page and garbles "Đoàn viên"), RFC 4180 quoting, CRLF line ends, and a
// leading apostrophe where Excel would read text as a formula. Two dialects, because a CSV is
// read with the separators of the machine's locale: the international one (comma between fields,
// decimal point) and the Vietnamese-locale one (semicolon between fields, decimal comma), in
// which "54.4" would stay text and a SUM skip it. Dates are written ISO (2026-12-07): every
// locale of Excel and LibreOffice reads that as the same day, where 07/12/2026 is 12 July in an
// English one. Shared by the report and the data checks.

export const BOM = '\uFEFF';
export const LINE_END = '\r\n';

export type CsvDialect = 'international' | 'vietnamese';

export const CSV_DIALECTS: Record<CsvDialect, { separator: string; decimal: string }> = {
  international: { separator: ',', decimal: '.' },
  vietnamese: { separator: ';', decimal: ',' },
};

/** The dialect offered first: the one of the app's language (the other is beside it). */
export function defaultCsvDialect(language: string): CsvDialect {
  return language === 'vi' ? 'vietnamese' : 'international';
}

/** RFC 4180 quoting, and a leading apostrophe where Excel would read text as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as the dialect's spreadsheet reads one: no grouping, its decimal mark. */
export function csvNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  return String(value).replace('.', CSV_DIALECTS[dialect].decimal);
}

/** Fields already written (quoted or numbers) as one line. */
export function csvLine(fields: readonly string[], dialect: CsvDialect): string {
  return fields.join(CSV_DIALECTS[dialect].separator);
}

/** Rows of text as a whole CSV file. */
export function csvText(rows: readonly (readonly string[])[], dialect: CsvDialect): string {
  const lines = rows.map((row) => csvLine(row.map(csvField), dialect));
  return BOM + lines.join(LINE_END) + LINE_END;
}
