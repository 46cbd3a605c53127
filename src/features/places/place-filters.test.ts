import { describe, expect, it } from 'vitest';
import { buildPlace } from '../../../test/builders';
import {
  filterPlaces,
  indexPlaces,
  readPlaceFilters,
  writePlaceFilters,
  type PlaceFilters,
} from './place-filters';

const commune = 'u-commune';
const other = 'u-other';
const order = new Map([
  [commune, 0],
  [other, 1],
]);
const places = [
  buildPlace({ name: 'Thôn 10', unitId: commune }),
  buildPlace({ name: 'Thôn 2', unitId: commune }),
  buildPlace({
    name: 'Công ty TNHH May Tân An',
    kind: 'enterprise',
    code: '0101234567',
    unitId: commune,
  }),
  buildPlace({ name: 'Thôn Đồng Tâm', unitId: other, closedOn: '2025-07-01' }),
  buildPlace({ name: 'Trường THPT Nguyễn Trãi', kind: 'school', unitId: other }),
];
const base: PlaceFilters = {
  view: 'list',
  unit: '',
  kind: '',
  q: '',
  closed: false,
  year: null,
};
const names = (list: { place: { name: string } }[]) => list.map(({ place }) => place.name);

describe('the places list', () => {
  const index = indexPlaces(places, order);

  it('is ordered by unit, kind, then name with numbers in numeric order', () => {
    expect(names(index)).toEqual([
      'Thôn 2',
      'Thôn 10',
      'Công ty TNHH May Tân An',
      'Thôn Đồng Tâm',
      'Trường THPT Nguyễn Trãi',
    ]);
  });

  it('hides closed places unless asked, and filters by kind and unit subtree', () => {
    expect(names(filterPlaces(index, base, null))).not.toContain('Thôn Đồng Tâm');
    expect(names(filterPlaces(index, { ...base, closed: true }, null))).toContain('Thôn Đồng Tâm');
    expect(names(filterPlaces(index, { ...base, kind: 'school' }, null))).toEqual([
      'Trường THPT Nguyễn Trãi',
    ]);
    expect(names(filterPlaces(index, base, new Set([commune])))).toHaveLength(3);
  });

  it('finds a place without diacritics, by its name or its code', () => {
    const find = (q: string) => names(filterPlaces(index, { ...base, q, closed: true }, null));
    expect(find('dong tam')).toEqual(['Thôn Đồng Tâm']);
    expect(find('nguyen trai')).toEqual(['Trường THPT Nguyễn Trãi']);
    expect(find('1234567')).toEqual(['Công ty TNHH May Tân An']);
    expect(find('thon 1')).toEqual(['Thôn 10']);
  });
});

describe('the URL of the places screen', () => {
  it('round-trips a state and leaves defaults out', () => {
    const state: PlaceFilters = {
      view: 'figures',
      unit: commune,
      kind: 'enterprise',
      q: 'may',
      closed: true,
      year: 2025,
    };
    expect(readPlaceFilters(writePlaceFilters(state))).toEqual(state);
    expect(writePlaceFilters(base).toString()).toBe('');
  });

  it('ignores a kind or a year it does not know', () => {
    const read = readPlaceFilters(new URLSearchParams('kind=farm&year=abc&view=other'));
    expect(read).toEqual(base);
  });
});
