// A spreadsheet as the places' list import reads it: the cells of each sheet, line by line, as
// the user sees them in Excel (rows[0] is line 1, empty lines kept, so that "Dòng 14" is the
// fourteenth line of the sheet). A date cell arrives as its ISO day ("2020-01-15"), a number as
// a number: a CSV's cells are all text.

export type SheetCell = string | number | boolean | null;
export type SheetRow = readonly SheetCell[];

export interface SheetTable {
  name: string;
  rows: readonly SheetRow[];
}

/** A whole file: one sheet for a CSV, each sheet of a workbook in order. */
export interface SheetBook {
  fileName: string;
  format: 'csv' | 'xlsx';
  sheets: readonly SheetTable[];
  /** A CSV's delimiter, as detected. */
  delimiter?: ',' | ';' | '\t';
}

/** Whether a cell holds nothing (null, or text of white space only). */
export function isEmptyCell(cell: SheetCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The number of columns of a sheet: its widest line. */
export function columnCount(rows: readonly SheetRow[]): number {
  let widest = 0;
  for (const row of rows) {
    for (let index = row.length - 1; index >= widest; index -= 1) {
      if (!isEmptyCell(row[index])) {
        widest = index + 1;
        break;
      }
    }
  }
  return widest;
}

/** A column's letter as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell as text for a label or a message (a header, the value a refusal quotes). */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}
