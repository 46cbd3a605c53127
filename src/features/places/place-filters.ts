// The places screen's state in its URL (reload and Back keep it): the view, the filters and the
// year of the figures. The places are indexed once per read (search key, order), so typing in
// the search box over 5,000 places is one cheap pass.
import { PLACE_KINDS, type PlaceKind } from '@/domain/code-lists';
import type { Place } from '@/domain/entities';
import { searchKey, searchMatcher } from '@/domain/text';

export const PLACE_PARAMS = ['view', 'unit', 'kind', 'q', 'closed', 'year'] as const;
export type PlaceParam = (typeof PLACE_PARAMS)[number];

export interface PlaceFilters {
  view: 'list' | 'figures';
  /** A unit of the scope: its subtree's places; '' for the whole scope. */
  unit: string;
  kind: PlaceKind | '';
  q: string;
  /** Closed places shown too. */
  closed: boolean;
  /** The year of the figures; null for the current year. */
  year: number | null;
}

export const FIRST_FIGURE_YEAR = 2000;

const isKind = (value: string): value is PlaceKind =>
  (PLACE_KINDS as readonly string[]).includes(value);

export function readPlaceFilters(params: URLSearchParams): PlaceFilters {
  const kind = params.get('kind') ?? '';
  const year = Number(params.get('year'));
  return {
    view: params.get('view') === 'figures' ? 'figures' : 'list',
    unit: params.get('unit') ?? '',
    kind: isKind(kind) ? kind : '',
    q: params.get('q') ?? '',
    closed: params.get('closed') === '1',
    year: Number.isInteger(year) && year >= FIRST_FIGURE_YEAR && year <= 2100 ? year : null,
  };
}

/** The URL query of a state; defaults are left out so links stay short. */
export function writePlaceFilters(filters: PlaceFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view === 'figures') params.set('view', 'figures');
  if (filters.unit) params.set('unit', filters.unit);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.q) params.set('q', filters.q);
  if (filters.closed) params.set('closed', '1');
  if (filters.year !== null) params.set('year', String(filters.year));
  return params;
}

export function hasPlaceFilters(filters: PlaceFilters): boolean {
  return filters.unit !== '' || filters.kind !== '' || filters.q.trim() !== '' || filters.closed;
}

export interface IndexedPlace {
  place: Place;
  /** Name and code without diacritics, for the search. */
  key: string;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/**
 * The places in the order lists and spreadsheets keep them: by unit in tree order (a commune's
 * hamlets together), then by kind, then by name with numbers in numeric order ("Thôn 2" before
 * "Thôn 10").
 */
export function indexPlaces(
  places: readonly Place[],
  unitOrder: ReadonlyMap<string, number>,
): IndexedPlace[] {
  const kindOrder = (kind: PlaceKind) => PLACE_KINDS.indexOf(kind);
  const sorted = [...places].sort(
    (a, b) =>
      (unitOrder.get(a.unitId) ?? Number.MAX_SAFE_INTEGER) -
        (unitOrder.get(b.unitId) ?? Number.MAX_SAFE_INTEGER) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      collator.compare(a.name, b.name),
  );
  return sorted.map((place) => ({ place, key: searchKey(`${place.name} ${place.code ?? ''}`) }));
}

/**
 * The places that pass the filters. `unitIds` is the chosen unit's subtree (null: the whole
 * scope); `kind` overrides the filter's (the grid shows one kind at a time).
 */
export function filterPlaces(
  index: readonly IndexedPlace[],
  filters: Pick<PlaceFilters, 'kind' | 'q' | 'closed'>,
  unitIds: ReadonlySet<string> | null,
): IndexedPlace[] {
  const matches = searchMatcher(filters.q);
  return index.filter(({ place, key }) => {
    if (unitIds && !unitIds.has(place.unitId)) return false;
    if (filters.kind && place.kind !== filters.kind) return false;
    if (!filters.closed && place.closedOn) return false;
    return !matches || matches(key);
  });
}
