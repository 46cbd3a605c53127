// The list's filters: read from and written to the URL (reload and back keep them), applied to
// rows whose filter keys are computed once per load, so typing in the search box over 50,000
// people stays a cheap pass of string comparisons.
import { deadlinesFor } from '@/domain/deadlines';
import { isEthnicMinority } from '@/domain/code-lists';
import type { IsoDate } from '@/domain/dates';
import { searchKey, searchMatcher } from '@/domain/text';
import type { PersonRow } from '@/db/rows';

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
  row: PersonRow;
  /** Year of the admission ceremony, '' when not admitted. */
  admittedYear: string;
  /** Some legal deadline is past and not met. */
  overdue: boolean;
}

/** Given name first: Vietnamese lists are ordered by tên, then by the whole name. */
function sortKey(fullName: string): string {
  const key = searchKey(fullName);
  const given = key.slice(key.lastIndexOf(' ') + 1);
  return `${given} ${key}`;
}

/**
 * Rows with their filter keys, sorted by name. The sort compares diacritic-free keys: an
 * Intl.Collator sort of 50,000 names takes most of a second on the target machines, this takes
 * a few tens of milliseconds, and the order differs only between names that differ by marks.
 */
export function indexPeople(rows: readonly PersonRow[], today: IsoDate): IndexedPerson[] {
  const keyed = rows.map((row) => ({
    key: sortKey(row.fullName),
    item: {
      row,
      admittedYear: row.milestones.admittedOn?.slice(0, 4) ?? '',
      overdue: deadlinesFor(row, today).some((deadline) => deadline.status === 'overdue'),
    },
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.item);
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
    ((key: string, token: string | undefined) =>
      byText(key) || (idSearch !== null && token === idSearch.token && (rest?.(key) ?? true)));
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
    return !matches || matches(row.searchKey, row.nationalIdToken);
  });
}
