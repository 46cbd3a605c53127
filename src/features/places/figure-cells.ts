// A grid cell's text and the figure it stands for. Secretaries type, or paste from Excel and
// LibreOffice in Vietnamese or English: numbers with thousands separators ("1.234", "1,234",
// "1 234"), the party-organisation words ("riêng", "ghép", "chưa có"; "own", "shared", "none")
// and yes/no ("có", "không"; "yes", "no", TRUE/FALSE, ĐÚNG/SAI as spreadsheets write them).
// Words are compared without diacritics or case, so "chua co" and "CHƯA CÓ" are both understood.
import type { PartyOrganisation } from '@/domain/code-lists';
import { searchKey } from '@/domain/text';
import type { CellType } from './figure-columns';

export type CellValue = number | boolean | PartyOrganisation | null;

/** Why a cell's text is not a figure: what the cell needs (a message per type). */
export type CellError = CellType;

export type CellResult = { ok: true; value: CellValue } | { ok: false; error: CellError };

const ORGANISATION_WORDS: Record<string, PartyOrganisation> = {};
const BOOLEAN_WORDS: Record<string, boolean> = {};
const words = <T>(into: Record<string, T>, value: T, list: readonly string[]) => {
  for (const word of list) into[word] = value;
};
words(ORGANISATION_WORDS, 'own', [
  'rieng',
  'co rieng',
  'chi bo rieng',
  'co chi bo rieng',
  'to chuc dang rieng',
  'own',
]);
words(ORGANISATION_WORDS, 'shared', [
  'ghep',
  'chi bo ghep',
  'co chi bo ghep',
  'sinh hoat ghep',
  'chung',
  'shared',
]);
words(ORGANISATION_WORDS, 'none', [
  'chua co',
  'chua',
  'khong',
  'khong co',
  'chua co chi bo',
  'none',
  'no',
]);
words(BOOLEAN_WORDS, true, ['co', 'yes', 'y', 'true', 'dung', 'x', '1', 'co cong doan']);
words(BOOLEAN_WORDS, false, [
  'khong',
  'khong co',
  'chua co',
  'chua',
  'no',
  'n',
  'false',
  'sai',
  '0',
]);

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (error: CellError): CellResult => ({ ok: false, error });

/** Spaces a spreadsheet may put in a number: ordinary, no-break and narrow no-break. */
const SPACES = /[\s\u00a0\u202f]+/g;
/** Digits grouped by three with one kind of separator throughout: 1.234, 1,234,567, 12 345. */
const GROUPED = /^\d{1,3}([.,\s])\d{3}(?:\1\d{3})*$/;

/** A count: a whole number, 0 or more; '' is no figure. "1.5" and "-3" are refused. */
export function parseCount(text: string): CellResult {
  const trimmed = text.replace(SPACES, ' ').trim();
  if (trimmed === '') return ok(null);
  let digits: string | null = null;
  if (/^\d+$/.test(trimmed)) digits = trimmed;
  else if (GROUPED.test(trimmed)) digits = trimmed.replace(/[^\d]/g, '');
  if (digits === null) return fail('count');
  const value = Number(digits);
  return Number.isSafeInteger(value) ? ok(value) : fail('count');
}

export function parseOrganisation(text: string): CellResult {
  const key = searchKey(text);
  if (key === '') return ok(null);
  const value = ORGANISATION_WORDS[key];
  return value ? ok(value) : fail('organisation');
}

export function parseBoolean(text: string): CellResult {
  const key = searchKey(text);
  if (key === '') return ok(null);
  const value = BOOLEAN_WORDS[key];
  return value === undefined ? fail('boolean') : ok(value);
}

export function parseCell(type: CellType, text: string): CellResult {
  switch (type) {
    case 'count':
      return parseCount(text);
    case 'organisation':
      return parseOrganisation(text);
    default:
      return parseBoolean(text);
  }
}

/** The words a cell shows, in the user's language. */
export interface CellWords {
  own: string;
  shared: string;
  none: string;
  yes: string;
  no: string;
  /** A count as the language writes it ("1.234" in Vietnamese). */
  number: (value: number) => string;
}

/** The text a cell shows for a figure; a value that does not fit the type shows as empty. */
export function formatCell(type: CellType, value: CellValue, words: CellWords): string {
  if (value === null) return '';
  if (type === 'count') return typeof value === 'number' ? words.number(value) : '';
  if (type === 'boolean') return typeof value === 'boolean' ? (value ? words.yes : words.no) : '';
  return typeof value === 'string' ? words[value] : '';
}
