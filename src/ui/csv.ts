// CSV as Excel reads it: UTF-8 with a byte-order mark (without one, Excel reads the machine's
// legacy code page and garbles "Đoàn viên"), RFC 4180 quoting, CRLF line ends, and a leading
// apostrophe where Excel would read text as a formula. Shared by the report and the data checks.

export const BOM = '\uFEFF';
export const LINE_END = '\r\n';

/** RFC 4180 quoting, and a leading apostrophe where Excel would read text as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of text as a whole CSV file. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(LINE_END) + LINE_END;
}
