// A province's or a commune's own list (of places) as it keeps it: a CSV or an Excel workbook,
// read into sheets of cells (domain/sheet-table.ts). What the file is comes from its first
// bytes, not its name alone: a workbook renamed .csv is still read as one, and an Excel 97–2003
// .xls (which the library does not read) is refused by name rather than shown as garbage.
import type { SheetBook } from '@/domain/sheet-table';
import { decodeCsvBytes, parseCsv } from './csv-text';
import { NotXlsxError, readXlsx } from './xlsx-read';

export type SpreadsheetErrorCode =
  | 'unreadable'
  | 'tooLarge'
  | 'unsupported'
  | 'xls'
  | 'notXlsx'
  | 'notUtf8'
  | 'binary'
  | 'unclosedQuote'
  | 'empty';

/** Why a file could not be read; structured-clone-safe, so it crosses from the worker. */
export interface SpreadsheetErrorData {
  code: SpreadsheetErrorCode;
  file: string;
  /** unclosedQuote: the line its field started on. */
  line?: number;
  /** unsupported: the file's extension. */
  extension?: string;
}

export class SpreadsheetError extends Error {
  constructor(readonly data: SpreadsheetErrorData) {
    super(`${data.code}: ${data.file}`);
    this.name = 'SpreadsheetError';
  }
}

export function isSpreadsheetErrorData(value: unknown): value is SpreadsheetErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { file?: unknown }).file === 'string'
  );
}

/** A list of a province's 5,000 places is well under 2 MB; 30 MB is no list. */
export const MAX_SPREADSHEET_BYTES = 30 * 1024 * 1024;

export type SpreadsheetPhase = 'read' | 'parse';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Reads a chosen file into its sheets, or throws a SpreadsheetError saying why not. */
export async function readSpreadsheet(
  file: Blob & { name: string },
  onProgress: (phase: SpreadsheetPhase) => void = () => {},
): Promise<SheetBook> {
  const name = file.name;
  const fail = (code: SpreadsheetErrorCode, more: Partial<SpreadsheetErrorData> = {}) =>
    new SpreadsheetError({ code, file: name, ...more });
  const extension = extensionOf(name);
  if (file.size > MAX_SPREADSHEET_BYTES) throw fail('tooLarge');
  onProgress('read');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw fail('unreadable');
  }
  onProgress('parse');
  if (startsWith(bytes, OLE)) throw fail('xls');
  if (startsWith(bytes, ZIP)) {
    try {
      const sheets = await readXlsx(bytes);
      if (sheets.every((sheet) => sheet.rows.length === 0)) throw fail('empty');
      return { fileName: name, format: 'xlsx', sheets };
    } catch (error) {
      if (error instanceof NotXlsxError) throw fail('notXlsx');
      throw error;
    }
  }
  if (WORKBOOK_EXTENSIONS.has(extension)) throw fail('notXlsx');
  if (!TEXT_EXTENSIONS.has(extension)) throw fail('unsupported', { extension });
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) throw fail(decoded.reason);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) throw fail('unclosedQuote', { line: parsed.line });
  if (parsed.records.every((record) => record.every((field) => field.trim() === ''))) {
    throw fail('empty');
  }
  return {
    fileName: name,
    format: 'csv',
    delimiter: parsed.delimiter,
    sheets: [{ name: name.replace(/\.[^.]*$/, ''), rows: parsed.records }],
  };
}
