import { describe, expect, it } from 'vitest';
import { buildPlace, buildUnit } from '../../../test/builders';
import { placeChoices } from './person-places';

const commune = buildUnit({ name: 'Đảng bộ xã Tân Lập', kind: 'grassroots_committee' });
const cell = buildUnit({ name: 'Chi bộ thôn 3', parentId: commune.id });
const neighbour = buildUnit({ name: 'Chi bộ thôn 4', parentId: commune.id });
const units = [commune, cell, neighbour];
const hamlet10 = buildPlace({ name: 'Thôn 10', unitId: commune.id });
const hamlet3 = buildPlace({ name: 'Thôn 3', unitId: commune.id });
const merged = buildPlace({ name: 'Thôn 2', unitId: commune.id, closedOn: '2025-07-01' });
const school = buildPlace({ name: 'Trường THPT Tân Lập', kind: 'school', unitId: cell.id });
const elsewhere = buildPlace({ name: 'Công ty May', kind: 'enterprise', unitId: neighbour.id });
const places = [hamlet10, hamlet3, merged, school, elsewhere];

describe('the places a person may come from', () => {
  it('are the open places of the unit and of the units above it, not a sibling’s, by kind and name', () => {
    const { groups, other } = placeChoices(places, units, cell.id, '');
    expect(groups.map((group) => [group.kind, group.places.map((place) => place.name)])).toEqual([
      ['residential', ['Thôn 3', 'Thôn 10']],
      ['school', ['Trường THPT Tân Lập']],
    ]);
    expect(other).toBeUndefined();
  });

  it('keep a place already recorded that is closed or of another unit, apart', () => {
    expect(placeChoices(places, units, cell.id, merged.id).other).toBe(merged);
    expect(placeChoices(places, units, cell.id, elsewhere.id).other).toBe(elsewhere);
    expect(placeChoices(places, units, cell.id, hamlet3.id).other).toBeUndefined();
  });

  it('include those of the units under the unit', () => {
    const { groups } = placeChoices(places, units, commune.id, '');
    expect(groups.map((group) => group.places.map((place) => place.name))).toEqual([
      ['Thôn 3', 'Thôn 10'],
      ['Trường THPT Tân Lập'],
      ['Công ty May'],
    ]);
  });

  it('are none before a unit is chosen', () => {
    expect(placeChoices(places, units, '', '').groups).toEqual([]);
  });
});
