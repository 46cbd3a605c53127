// CSV as Excel and LibreOffice write it (RFC 4180): UTF-8 with or without a byte-order mark,
// the delimiter a comma, a semicolon (Excel in a Vietnamese or European locale) or a tab,
// fields in double quotes holding delimiters, line breaks and doubled quotes, lines ended by
// CRLF, LF or CR. Each record keeps its place, empty lines included, so that record n is line n
// of the sheet as Excel shows it (a quoted line break stays inside its cell).
//
// Encodings: UTF-8 (the BOM dropped) and UTF-16 with a BOM (Excel's "Unicode text") are read;
// anything else is refused. A Vietnamese CSV in Windows-1258 (Excel's plain "CSV" on Windows)
// cannot be told reliably from Windows-1252 or from other single-byte pages by its bytes, and a
// wrong guess turns every "ư" and "ơ" into garbage that would then be stored as names: the user
// is told how to save the file as "CSV UTF-8" instead.

export type CsvDelimiter = ',' | ';' | '\t';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export type CsvDecoding =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: 'notUtf8' | 'binary' };

/** Decodes a CSV file's bytes, refusing what is not UTF-8 (or UTF-16 with its BOM). */
export function decodeCsvBytes(bytes: Uint8Array): CsvDecoding {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD. The decoder
    // drops the byte-order mark itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'notUtf8' };
  }
  // A text file holds no NUL: this is a binary file (an .xls renamed .csv, say).
  if (text.includes('\u0000')) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding };
}

export type CsvParse =
  | { ok: true; records: string[][]; delimiter: CsvDelimiter }
  | { ok: false; reason: 'unclosedQuote'; line: number };

/** Excel's hint line ("sep=;"), which names the delimiter and is no record. */
const SEPARATOR_HINT = /^sep=(.)\r?\n?/i;

/**
 * Splits CSV text into records of fields. `delimiter` when known, else detected from the first
 * lines (see detectDelimiter). A quote opened and never closed refuses the text, naming the
 * line where its field started.
 */
export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvParse {
  let text = input;
  let hinted: CsvDelimiter | undefined;
  const hint = SEPARATOR_HINT.exec(text);
  if (hint && DELIMITERS.includes(hint[1] as CsvDelimiter)) {
    hinted = hint[1] as CsvDelimiter;
    text = text.slice(hint[0].length);
  }
  const chosen = delimiter ?? hinted ?? detectDelimiter(text);
  const result = splitRecords(text, chosen, Infinity);
  if (result.unclosedAt !== null)
    return { ok: false, reason: 'unclosedQuote', line: result.unclosedAt };
  return { ok: true, records: result.records, delimiter: chosen };
}

/**
 * The delimiter of the first lines: the one that splits the most of them into the same number
 * of fields (two or more); a semicolon before a comma on a tie (Excel in Vietnamese writes
 * numbers with a decimal comma, so its CSV uses semicolons). A single column: a comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: CsvDelimiter; lines: number; fields: number } | null = null;
  for (const delimiter of [';', ',', '\t'] as const) {
    const { records } = splitRecords(sample, delimiter, 50);
    const widths = new Map<number, number>();
    for (const record of records) {
      if (record.length < 2) continue;
      widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
    }
    for (const [fields, lines] of widths) {
      if (!best || lines > best.lines || (lines === best.lines && fields > best.fields)) {
        best = { delimiter, lines, fields };
      }
    }
  }
  return best?.delimiter ?? ',';
}

interface Split {
  records: string[][];
  /** The record (line of the sheet) a never-closed quote opened in, or null. */
  unclosedAt: number | null;
}

/**
 * The one pass over the text. A quote opens a quoted field only at the start of a field;
 * elsewhere it is a character like any other (Excel reads `12" pipe` so). After a closing
 * quote, characters up to the next delimiter are kept (lenient, as Excel is).
 */
function splitRecords(text: string, delimiter: CsvDelimiter, limit: number): Split {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  let quoteLine = 0;
  const end = text.length;
  for (let index = 0; index < end; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      quoteLine = records.length + 1;
    } else if (char === delimiter) {
      record.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      if (records.length >= limit) return { records, unclosedAt: null };
      record = [];
      field = '';
      fieldStart = true;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (quoted) return { records, unclosedAt: quoteLine };
  // The last record, unless the text ended with its line break.
  if (field !== '' || record.length > 0 || !fieldStart) {
    record.push(field);
    records.push(record);
  }
  return { records, unclosedAt: null };
}
