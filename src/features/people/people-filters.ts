// The list's filters: read from and written to the URL (reload and back keep them), applied to
// the list aggregate's columns (domain/people-list-view.ts), whose keys are computed when a
// person is written, so typing in the search box over 250,000 people stays a cheap pass of
// string comparisons.
import { isEthnicMinority } from '@/domain/code-lists';
import type { ListFilter } from '@/domain/people-list-view';
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
 * What the list keeps for these filters (domain/people-list-view.ts), or null when nothing is
 * filtered. `unitIds` is the chosen unit's subtree (null: no unit filter). The query is folded
 * once, not once per row. Under the app lock the CCCD is not in the search key: `idSearch` (a
 * full CCCD of the query and its token) finds the row by its stored token, the other words of
 * the query matching the name as usual.
 */
export function listFilterOf(
  filters: PeopleFilters,
  unitIds: ReadonlySet<string> | null,
  idSearch: NationalIdSearch | null = null,
): ListFilter | null {
  const byText = searchMatcher(filters.q);
  const rest = idSearch
    ? searchMatcher(
        searchKey(filters.q)
          .split(' ')
          .filter((word) => word !== idSearch.nationalId)
          .join(' '),
      )
    : null;
  const text =
    byText &&
    ((key: string, token: string) =>
      byText(key) ||
      (idSearch !== null && token !== '' && token === idSearch.token && (rest?.(key) ?? true)));
  const { stage, year, gender, ethnicity, occupation } = filters;
  if (!unitIds && !stage && !year && !gender && !ethnicity && !occupation && !text) return null;
  return {
    units: unitIds,
    stage,
    year,
    gender,
    occupation,
    ethnicity: !ethnicity
      ? null
      : ethnicity === MINORITY
        ? isEthnicMinority
        : (value: string) => value === ethnicity,
    text: text || null,
  };
}
