// The list's filters: read from and written to the URL (reload and back keep them), applied to
// the list aggregate's entries (domain/people-list.ts), whose keys are computed when a person is
// written, so typing in the search box over 250,000 people stays a cheap pass of string
// comparisons.
import { isEthnicMinority } from '@/domain/code-lists';
import { toDayNumber, type IsoDate } from '@/domain/dates';
import type { ListEntry } from '@/domain/people-list';
import { searchKey, searchMatcher } from '@/domain/text';

export const FILTER_KEYS = [
  'unit',
  'stage',
  'year',
  'gender',
  'ethnicity',
  'occupation',
  'q',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type PeopleFilters = Record<FilterKey, string>;

/** The ethnicity filter's value for "every group but Kinh". */
export const MINORITY = 'minority';

export function readFilters(params: URLSearchParams): PeopleFilters {
  return Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as PeopleFilters;
}

/** The URL query for a set of filters; empty ones are left out so links stay short. */
export function writeFilters(filters: PeopleFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key] !== '') params.set(key, filters[key]);
  return params;
}

export function hasFilters(filters: PeopleFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

export interface IndexedPerson {
  row: ListEntry;
  /** Year of the admission ceremony, '' when not admitted. */
  admittedYear: string;
  /** Some legal deadline is past and not met. */
  overdue: boolean;
}

/**
 * Entries with their filter keys, sorted by given name, then the whole name (the entries' sort
 * keys, diacritic-free: an Intl.Collator sort of 250,000 names takes seconds on the target
 * machines, this a fraction of one, and the order differs only between names that differ by
 * marks). Equal keys keep the id order, so the list never reorders between loads.
 */
export function indexPeople(rows: readonly ListEntry[], today: IsoDate): IndexedPerson[] {
  const todayNumber = toDayNumber(today);
  const items = rows.map((row) => ({
    row,
    admittedYear: row.admittedOn.slice(0, 4),
    overdue: row.firstDue < todayNumber,
  }));
  items.sort((a, b) =>
    a.row.sortKey < b.row.sortKey
      ? -1
      : a.row.sortKey > b.row.sortKey
        ? 1
        : a.row.id < b.row.id
          ? -1
          : a.row.id > b.row.id
            ? 1
            : 0,
  );
  return items;
}

/** Admission years present, newest first, for the year filter. */
export function admissionYears(index: readonly IndexedPerson[]): string[] {
  const years = new Set<string>();
  for (const item of index) if (item.admittedYear) years.add(item.admittedYear);
  return [...years].sort().reverse();
}

/** A full CCCD typed in the search box and its token under the app lock (app-lock.ts). */
export interface NationalIdSearch {
  nationalId: string;
  token: string;
}

/** The first full 12-digit CCCD in a query, or null. */
export function nationalIdInQuery(query: string): string | null {
  return (
    searchKey(query)
      .split(' ')
      .find((word) => /^\d{12}$/.test(word)) ?? null
  );
}

/**
 * The rows that pass every filter. `unitIds` is the chosen unit's subtree (null: no unit filter).
 * The query is folded once, not once per row. Under the app lock the CCCD is not in the search
 * key: `idSearch` (a full CCCD of the query and its token) finds the row by its stored token,
 * the other words of the query matching the name as usual.
 */
export function filterPeople(
  index: readonly IndexedPerson[],
  filters: PeopleFilters,
  unitIds: ReadonlySet<string> | null,
  idSearch: NationalIdSearch | null = null,
): IndexedPerson[] {
  const byText = searchMatcher(filters.q);
  const rest = idSearch
    ? searchMatcher(
        searchKey(filters.q)
          .split(' ')
          .filter((word) => word !== idSearch.nationalId)
          .join(' '),
      )
    : null;
  const matches =
    byText &&
    ((key: string, token: string) =>
      byText(key) ||
      (idSearch !== null && token !== '' && token === idSearch.token && (rest?.(key) ?? true)));
  const { stage, year, gender, ethnicity, occupation } = filters;
  if (!unitIds && !stage && !year && !gender && !ethnicity && !occupation && !matches)
    return index as IndexedPerson[];
  return index.filter(({ row, admittedYear }) => {
    if (unitIds && !unitIds.has(row.unitId)) return false;
    if (stage && row.stage !== stage) return false;
    if (year && admittedYear !== year) return false;
    if (gender && row.gender !== gender) return false;
    if (ethnicity) {
      if (ethnicity === MINORITY ? !isEthnicMinority(row.ethnicity) : row.ethnicity !== ethnicity)
        return false;
    }
    if (occupation && row.occupation !== occupation) return false;
    return !matches || matches(row.searchKey, row.token);
  });
}
