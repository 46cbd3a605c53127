// The values a province's or a commune's own spreadsheet of places holds, read into the
// records' values: the words people type in Vietnamese or English ("Tổ dân phố", "ngoài nhà
// nước", "ghép", "có"), compared without diacritics or case; whole numbers with "." or ","
// between thousands; days as dd/mm/yyyy or as Excel stores them. An empty cell reads as null;
// a value that is none of these is refused, never guessed.
import type { EnterpriseSector, PartyOrganisation, PlaceKind } from './code-lists';
import { fromParts, isIsoDate } from './dates';
import { isEmptyCell, type SheetCell } from './sheet-table';
import { cleanText, searchKey } from './text';

/** A cell read: its value (null for an empty cell), or not a value of that field. */
export type Reading<T> = { ok: true; value: T | null } | { ok: false };

const EMPTY: Reading<never> = { ok: true, value: null };
const INVALID: Reading<never> = { ok: false };
const valueOf = <T>(value: T): Reading<T> => ({ ok: true, value });

/**
 * A table of words (as search keys: no diacritics, lower case) to the value each names. A
 * column of 5,000 lines repeats a handful of words: each cell's text is folded once.
 */
interface WordTable<T> {
  words: Map<string, T>;
  seen: Map<string, Reading<T>>;
}

function wordTable<T>(entries: readonly (readonly [T, readonly string[]])[]): WordTable<T> {
  const words = new Map<string, T>();
  for (const [value, list] of entries) for (const word of list) words.set(searchKey(word), value);
  return { words, seen: new Map() };
}

function readWord<T>(cell: SheetCell, table: WordTable<T>): Reading<T> {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell !== 'string') return INVALID;
  let reading = table.seen.get(cell);
  if (!reading) {
    const value = table.words.get(searchKey(cell));
    reading = value === undefined ? INVALID : valueOf(value);
    if (table.seen.size < 1000) table.seen.set(cell, reading);
  }
  return reading;
}

const KIND_WORDS = wordTable<PlaceKind>([
  [
    'residential',
    [
      'residential',
      'residential area',
      'hamlet',
      'village',
      'neighbourhood',
      'neighborhood',
      'residential group',
      'Thôn',
      'Bản',
      'Ấp',
      'Buôn',
      'Làng',
      'Sóc',
      'Xóm',
      'Plei',
      'Tổ dân phố',
      'TDP',
      'Khu phố',
      'Khu dân cư',
      'Khu',
      'Tổ',
      'Thôn, tổ dân phố',
      'Thôn/tổ dân phố',
      'Thôn, bản',
      'Địa bàn dân cư',
    ],
  ],
  [
    'school',
    [
      'school',
      'high school',
      'Trường',
      'Trường học',
      'Trường THPT',
      'THPT',
      'Trường trung học phổ thông',
      'Trung học phổ thông',
      'Trường phổ thông',
      'Trường PTDTNT',
      'Trường THCS và THPT',
      'Trung tâm GDNN-GDTX',
      'Trung tâm GDTX',
    ],
  ],
  [
    'enterprise',
    [
      'enterprise',
      'company',
      'business',
      'firm',
      'Doanh nghiệp',
      'DN',
      'Công ty',
      'Cty',
      'Công ty TNHH',
      'Công ty cổ phần',
      'Doanh nghiệp tư nhân',
    ],
  ],
]);

/** A place's kind: "Thôn", "Tổ dân phố", "Trường", "Doanh nghiệp", "school"… */
export function readPlaceKind(cell: SheetCell): Reading<PlaceKind> {
  return readWord(cell, KIND_WORDS);
}

const SECTOR_WORDS = wordTable<EnterpriseSector>([
  [
    'non_state',
    [
      'non_state',
      'non-state',
      'private',
      'private sector',
      'Ngoài nhà nước',
      'Ngoài quốc doanh',
      'Khu vực ngoài nhà nước',
      'Doanh nghiệp ngoài nhà nước',
      'DN ngoài nhà nước',
      'Tư nhân',
      'Dân doanh',
      'NNN',
    ],
  ],
  [
    'fdi',
    [
      'fdi',
      'foreign',
      'foreign-invested',
      'foreign invested',
      'foreign-owned',
      'Có vốn đầu tư nước ngoài',
      'Vốn đầu tư nước ngoài',
      'Đầu tư nước ngoài',
      'Doanh nghiệp có vốn đầu tư nước ngoài',
      'DN có vốn đầu tư nước ngoài',
      'DN FDI',
      'Doanh nghiệp FDI',
      'Khu vực có vốn đầu tư nước ngoài',
      '100% vốn nước ngoài',
      'Vốn nước ngoài',
      'Liên doanh',
    ],
  ],
  [
    'state',
    [
      'state',
      'state-owned',
      'state owned',
      'public',
      'Nhà nước',
      'Doanh nghiệp nhà nước',
      'DN nhà nước',
      'DNNN',
      'Quốc doanh',
      'Khu vực nhà nước',
      'Vốn nhà nước',
    ],
  ],
]);

/** An enterprise's sector: "ngoài nhà nước", "FDI", "có vốn đầu tư nước ngoài", "nhà nước"… */
export function readEnterpriseSector(cell: SheetCell): Reading<EnterpriseSector> {
  return readWord(cell, SECTOR_WORDS);
}

const YES = ['yes', 'y', 'true', 'x', 'Có', 'Đã có', 'Rồi', 'Đúng'];
const NO = ['no', 'n', 'false', 'Không', 'Không có', 'Chưa', 'Chưa có', 'Sai'];

const ORGANISATION_WORDS = wordTable<PartyOrganisation>([
  [
    'own',
    [
      'own',
      'own cell',
      'Riêng',
      'Chi bộ riêng',
      'Có chi bộ riêng',
      'Có chi bộ',
      'Tổ chức đảng riêng',
      'Có tổ chức đảng',
      'Có tổ chức đảng riêng',
      'Đảng bộ',
      'Chi bộ',
      ...YES,
    ],
  ],
  [
    'shared',
    ['shared', 'shared cell', 'Ghép', 'Chi bộ ghép', 'Sinh hoạt ghép', 'Ghép chi bộ', 'Chung'],
  ],
  ['none', ['none', 'Chưa có chi bộ', 'Chưa có tổ chức đảng', 'Không có chi bộ', ...NO]],
]);

/** A place's party organisation: "riêng", "ghép", "chưa có"; a "Có chi bộ" column's có/không. */
export function readPartyOrganisation(cell: SheetCell): Reading<PartyOrganisation> {
  if (typeof cell === 'boolean') return valueOf(cell ? 'own' : 'none');
  if (cell === 1 || cell === 0) return valueOf(cell === 1 ? 'own' : 'none');
  return readWord(cell, ORGANISATION_WORDS);
}

const YES_NO_WORDS = wordTable<boolean>([
  [true, [...YES, '1']],
  [false, [...NO, '0']],
]);

/** Có/không, yes/no, x, 1/0, and Excel's TRUE/FALSE. */
export function readYesNo(cell: SheetCell): Reading<boolean> {
  if (typeof cell === 'boolean') return valueOf(cell);
  if (cell === 1 || cell === 0) return valueOf(cell === 1);
  return readWord(cell, YES_NO_WORDS);
}

// White space a number may hold between its thousands: a space, a no-break space, a narrow one.
const NUMBER_SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_DIGITS = /^\d+$/;
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;

/**
 * A count (households, students, workers, members): a whole number, 0 or more. "1.234",
 * "1,234" and "1 234" are one thousand two hundred and thirty-four (a count has no decimals,
 * so a separator between groups of three digits can only be one of thousands); "12,5" and
 * "-3" are refused.
 */
export function readCount(cell: SheetCell): Reading<number> {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell) && cell >= 0 ? valueOf(cell) : INVALID;
  }
  if (typeof cell !== 'string') return INVALID;
  const text = cell.trim();
  const spaced = text.replace(NUMBER_SPACES, ' ');
  let digits: string | null = null;
  if (PLAIN_DIGITS.test(text)) digits = text;
  else if (GROUPED_DOT.test(text) || GROUPED_COMMA.test(text)) digits = text.replace(/[.,]/g, '');
  else if (GROUPED_SPACE.test(spaced)) digits = spaced.replace(/ /g, '');
  if (digits === null) return INVALID;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? valueOf(value) : INVALID;
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A day: a date cell of a workbook (read as its ISO day), or text as dd/mm/yyyy (also with "-"
 * or "."), or yyyy-mm-dd. Vietnamese write the day first, so 03/04/2020 is the 3rd of April.
 * A number is refused: a date Excel stores without a date format is a day count nobody reads.
 */
export function readDay(cell: SheetCell): Reading<string> {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell !== 'string') return INVALID;
  const text = cell.trim();
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  let day: string | null = null;
  if (dayFirst) day = fromParts(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  else if (yearFirst) {
    day = fromParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  }
  return day !== null && isIsoDate(day) ? valueOf(day) : INVALID;
}

/**
 * Text (a name, a code): trimmed, inner spaces collapsed, NFC. A number is written as Excel
 * shows it without a format (a tax code typed as a number: its leading zero is already lost).
 */
export function readText(cell: SheetCell): Reading<string> {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell === 'number') return Number.isFinite(cell) ? valueOf(String(cell)) : INVALID;
  if (typeof cell === 'boolean') return INVALID;
  return valueOf(cleanText(cell as string));
}
