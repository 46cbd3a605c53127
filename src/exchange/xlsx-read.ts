// An Excel workbook (.xlsx) read into its sheets' cells, with read-excel-file (MIT; by the
// author of write-excel-file, which the reports already use; ~17 KB gzipped with its XML parser
// and fflate). Dates come as the day Excel stores (a date-formatted cell), numbers as numbers,
// text as text; every sheet, in the workbook's order, for the user to pick one.
//
// Runs in the spreadsheet worker only (src/workers/spreadsheet-worker.ts): reading a sheet of
// 5,000 lines takes about half a second. Before the library sees the file, the workbook is
// unpacked here and packed again without compression: the library unzips with fflate's
// asynchronous unzip, which inflates each part over 512 KB (a sheet of a few thousand lines) in
// a worker of its own made from a blob: URL, which the app's Content-Security-Policy
// (worker-src 'self') forbids. Stored parts are only sliced, on this thread.
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import readXlsxFile from 'read-excel-file/web-worker';
import type { SheetCell, SheetTable } from '@/domain/sheet-table';

/** The workbook's bytes are not an .xlsx workbook (a damaged file, another zip). */
export class NotXlsxError extends Error {
  constructor(cause?: unknown) {
    super('not an xlsx workbook', { cause });
    this.name = 'NotXlsxError';
  }
}

/** The parts the library reads: the workbook's XML and its relationships. */
const PARTS = /\.(xml|rels)$/i;

function uncompressed(bytes: Uint8Array): Uint8Array {
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, { filter: (file) => PARTS.test(file.name) });
  } catch (error) {
    throw new NotXlsxError(error);
  }
  if (!parts['[Content_Types].xml']) throw new NotXlsxError();
  return zipSync(parts, { level: 0 });
}

/** A cell as the import reads it: a date as its ISO day (Excel's dates carry no zone). */
function toCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

/** Every sheet of the workbook, each line as Excel numbers it (rows[0] is line 1). */
export async function readXlsx(bytes: Uint8Array): Promise<SheetTable[]> {
  const stored = uncompressed(bytes);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength);
    sheets = await readXlsxFile(buffer as ArrayBuffer);
  } catch (error) {
    throw new NotXlsxError(error);
  }
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) => row.map(toCell)),
  }));
}
