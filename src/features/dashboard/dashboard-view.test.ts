import { describe, expect, it } from 'vitest';
import { buildUnit } from '../../../test/builders';
import { periodFormErrors, readView, unitByCode, viewSearch } from './dashboard-view';

const province = buildUnit({ code: 'T', name: 'Đảng bộ tỉnh', kind: 'province' });
const commune = buildUnit({ code: 'X1', name: 'Đảng bộ xã Tân Lập', parentId: province.id });
const closed = buildUnit({
  code: 'X2',
  name: 'Đảng bộ xã cũ',
  parentId: province.id,
  closedOn: '2025-06-30',
  successorId: commune.id,
});
// A closed unit may keep a code that an open unit took over later.
const reusedClosed = buildUnit({ code: 'X1', closedOn: '2020-01-01', parentId: province.id });
const units = [province, reusedClosed, commune, closed];
const today = '2026-11-28';

const read = (query: string) => readView(new URLSearchParams(query), units, province, today);

describe('readView', () => {
  it('defaults to the home unit and the whole current year', () => {
    expect(read('')).toEqual({
      unit: province,
      period: { from: '2026-01-01', to: '2026-12-31' },
      problems: [],
    });
  });

  it('reads a unit by code and a period', () => {
    const view = read('unit=X1&from=2023-01-01&to=2025-12-31');
    expect(view.unit).toBe(commune);
    expect(view.period).toEqual({ from: '2023-01-01', to: '2025-12-31' });
    expect(view.problems).toEqual([]);
  });

  it('lets a closed unit be viewed by its code', () => {
    expect(read('unit=X2').unit).toBe(closed);
  });

  it('reports an unknown unit and falls back to the home unit', () => {
    const view = read('unit=NOPE&from=2026-01-01&to=2026-03-31');
    expect(view.unit).toBe(province);
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(view.problems).toEqual([{ problem: 'unitUnknown', value: 'NOPE' }]);
  });

  it('reports an invalid date and uses the default for it alone', () => {
    const view = read('from=2026-02-30&to=2026-06-30');
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(view.problems).toEqual([{ problem: 'fromInvalid', value: '2026-02-30' }]);
    expect(read('to=31/12/2026').problems).toEqual([{ problem: 'toInvalid', value: '31/12/2026' }]);
  });

  it('reports a reversed period and uses the default period', () => {
    const view = read('from=2026-05-01&to=2026-04-01');
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(view.problems).toEqual([{ problem: 'rangeReversed', value: '2026-05-01 – 2026-04-01' }]);
  });

  it('round-trips through viewSearch', () => {
    const search = viewSearch('X1', { from: '2026-04-01', to: '2026-06-30' });
    expect(search).toBe('?unit=X1&from=2026-04-01&to=2026-06-30');
    const view = read(search.slice(1));
    expect(view.unit).toBe(commune);
    expect(view.period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('encodes codes that need it', () => {
    const search = viewSearch('ĐB 1&2', { from: '2026-01-01', to: '2026-12-31' });
    expect(new URLSearchParams(search).get('unit')).toBe('ĐB 1&2');
  });
});

describe('unitByCode', () => {
  it('prefers the open unit when a closed one kept the same code', () => {
    expect(unitByCode(units, 'X1')).toBe(commune);
  });
});

describe('periodFormErrors', () => {
  it('accepts a period and refuses an end before the start', () => {
    expect(periodFormErrors({ from: '2026-01-01', to: '2026-01-01' })).toEqual({});
    expect(periodFormErrors({ from: '2026-02-01', to: '2026-01-01' })).toEqual({
      to: 'validation.endBeforeStart',
    });
  });

  it('refuses an empty or impossible date, each on its own field', () => {
    expect(periodFormErrors({ from: '', to: '2026-01-01' })).toEqual({ from: 'validation.date' });
    expect(periodFormErrors({ from: '2026-01-01', to: '2026-02-30' })).toEqual({
      to: 'validation.date',
    });
    expect(periodFormErrors({ from: undefined, to: null })).toEqual({
      from: 'validation.date',
      to: 'validation.date',
    });
  });
});
