import { describe, expect, it } from 'vitest';
import { buildPlace, buildPlaceFigure, buildUnit, testId } from '../../test/builders';
import type { Place, PlaceFigure } from './entities';
import type { ColumnChoice } from './place-list-mapping';
import { planPlaceList, type PlaceListContext } from './place-list-plan';
import type { ListMapping } from './place-list-rows';
import type { SheetCell } from './sheet-table';

const commune = buildUnit({
  code: 'X01',
  name: 'Đảng bộ xã An Bình',
  kind: 'grassroots_committee',
});
const cell = buildUnit({ code: 'X01-01', name: 'Chi bộ thôn Đông', parentId: commune.id });
const closedUnit = buildUnit({ code: 'X02', name: 'Chi bộ cũ', closedOn: '2025-07-01' });
const elsewhere = buildUnit({ code: 'Y01', name: 'Đảng bộ xã khác' });
const scopeUnits = [commune, cell, closedUnit];

const dong = buildPlace({ unitId: commune.id, name: 'Thôn Đông' });
const tanAn = buildPlace({
  unitId: commune.id,
  kind: 'enterprise',
  name: 'Công ty TNHH May Tân An',
  code: '0101234567',
  enterpriseSector: 'non_state',
});
const foreign = buildPlace({ unitId: elsewhere.id, kind: 'school', name: 'THPT Xa', code: 'S9' });
const dongFigure = buildPlaceFigure({ placeId: dong.id, year: 2026, households: 100 });

/** Columns A–H: name, kind, unit, code, sector, households, workers, party organisation. */
const COLUMNS: ColumnChoice = {
  name: 0,
  kind: 1,
  unit: 2,
  code: 3,
  enterpriseSector: 4,
  households: 5,
  workers: 6,
  partyOrganisation: 7,
};
const HEADER = ['Tên', 'Loại', 'Đơn vị', 'Mã', 'Khu vực', 'Số hộ', 'Số công nhân', 'Chi bộ'];

function mapping(overrides: Partial<ListMapping> = {}): ListMapping {
  return { headerLine: 1, columns: COLUMNS, kind: null, unitId: null, year: 2026, ...overrides };
}

function context(
  places: Place[] = [dong, tanAn, foreign],
  figures: PlaceFigure[] = [dongFigure],
): PlaceListContext {
  let next = 0;
  return {
    units: scopeUnits,
    places,
    figures,
    scopeUnitIds: new Set(scopeUnits.map((unit) => unit.id)),
    newId: () => `new-${(next += 1)}`,
  };
}

const plan = (rows: SheetCell[][], map = mapping(), ctx = context()) =>
  planPlaceList([HEADER, ...rows], map, ctx);

describe('planning a list of places', () => {
  it('creates, updates, leaves unchanged and refuses, each line by its number in the sheet', () => {
    const result = plan([
      /* 2 */ ['Thôn Đông', 'Thôn', 'X01', null, null, '100', null, null],
      /* 3 */ ['Cty May Tân An', 'Doanh nghiệp', 'X01', '0101234567', null, null, '1.350', 'riêng'],
      /* 4 */ ['Thôn Mới', 'Thôn', 'X01-01', null, null, '80', null, 'ghép'],
      /* 5 */ [null, null, null, null, null, null, null, null],
      /* 6 */ [null, 'Thôn', 'X01', null, null, '12', null, null],
      /* 7 */ ['Thôn Nam', 'Thôn', 'X09', null, null, null, null, null],
      /* 8 */ ['Thôn Bắc', 'Thôn', 'X01', null, null, '12,5', null, null],
      /* 9 */ ['THÔN MỚI', 'thôn', 'x01-01', null, null, null, null, null],
      /* 10 */ ['Thôn Hạ', 'Thôn', 'X01', null, 'FDI', null, null, null],
      /* 11 */ ['Tổng cộng', 'Thôn', 'X01', null, null, '192', null, null],
      /* 12 */ ['Thôn Cũ', 'Thôn', 'X02', null, null, null, null, null],
      /* 13 */ ['Trường Ba', 'trường học cũ', 'X01', null, null, null, null, 'đang lập'],
    ]);
    expect(result.counts).toEqual({ create: 1, update: 1, unchanged: 1, refused: 8 });
    const byLine = new Map(result.rows.map((row) => [row.line, row]));
    expect(byLine.get(2)).toMatchObject({ action: 'unchanged', stored: dong, changed: [] });
    expect(byLine.get(3)).toMatchObject({
      action: 'update',
      stored: tanAn,
      changed: ['name', 'workers', 'partyOrganisation'],
      place: { id: tanAn.id, name: 'Cty May Tân An', enterpriseSector: 'non_state' },
      figure: { workers: 1350, partyOrganisation: 'own', households: null },
    });
    expect(byLine.get(4)).toMatchObject({
      action: 'create',
      place: { id: 'new-1', unitId: cell.id, kind: 'residential', name: 'Thôn Mới', code: null },
      figure: { households: 80, partyOrganisation: 'shared' },
    });
    expect(byLine.has(5)).toBe(false);
    const problems = (line: number) => byLine.get(line)?.problems;
    expect(problems(6)).toEqual([{ code: 'nameMissing' }]);
    expect(problems(7)).toEqual([{ code: 'unitNotFound', value: 'X09' }]);
    expect(problems(8)).toEqual([{ code: 'countInvalid', field: 'households', value: '12,5' }]);
    expect(problems(9)).toEqual([{ code: 'duplicateRow', line: 4 }]);
    expect(problems(10)).toEqual([{ code: 'sectorNotEnterprise', value: 'FDI' }]);
    expect(problems(11)).toEqual([{ code: 'totalRow', value: 'Tổng cộng' }]);
    expect(problems(12)).toEqual([{ code: 'unitClosed', value: 'X02' }]);
    expect(problems(13)).toEqual([
      { code: 'kindUnknown', value: 'trường học cũ' },
      { code: 'organisationUnknown', value: 'đang lập' },
    ]);
    expect(result.figuresWritten).toBe(2);
  });

  it('matches by unit, kind and name without diacritics or case; an empty cell keeps what is stored', () => {
    const result = plan([
      ['thon dong', 'THON', 'Đảng bộ xã An Bình', 'T-01', null, null, null, 'có'],
    ]);
    expect(result.rows[0]).toMatchObject({
      action: 'update',
      changed: ['name', 'code', 'partyOrganisation'],
      place: { id: dong.id, name: 'thon dong', code: 'T-01' },
      figure: { households: 100, partyOrganisation: 'own' },
      storedFigure: dongFigure,
    });
  });

  it('matches by code when both have one, even across units (the place moves)', () => {
    const result = plan([
      ['Công ty TNHH May Tân An', 'DN', 'X01-01', '0101234567', 'ngoài nhà nước', null, null, null],
    ]);
    expect(result.rows[0]).toMatchObject({
      action: 'update',
      changed: ['unit'],
      place: { id: tanAn.id, unitId: cell.id },
    });
  });

  it('takes two places of one name with different codes as two places', () => {
    const result = plan([
      ['Công ty TNHH May Tân An', 'DN', 'X01', '0309999999', null, null, null, null],
    ]);
    expect(result.rows[0]).toMatchObject({ action: 'create', place: { code: '0309999999' } });
  });

  it('refuses a line whose code is a place outside the installation’s scope', () => {
    const result = plan([['THPT Xa', 'Trường', 'X01', 'S9', null, null, null, null]]);
    expect(result.rows[0]?.problems).toEqual([
      { code: 'placeOutOfScope', name: 'THPT Xa', unitId: elsewhere.id },
    ]);
  });

  it('refuses two lines for the same stored place, and a name two stored places share', () => {
    const twin = buildPlace({ unitId: commune.id, name: 'Thôn Đông' });
    const result = plan(
      [
        ['Thôn Đông', 'Thôn', 'X01', null, null, '1', null, null],
        ['Thôn Đông', 'Thôn', 'X01', null, null, '2', null, null],
      ],
      mapping(),
      context([dong, twin]),
    );
    expect(result.rows.map((row) => row.problems)).toEqual([
      [{ code: 'nameAmbiguous', count: 2 }],
      [{ code: 'nameAmbiguous', count: 2 }],
    ]);
    const again = plan([
      ['Cty May Tân An', 'DN', 'X01', '0101234567', null, null, null, null],
      ['Công ty khác', 'DN', 'X01', '0101234567', null, null, null, null],
    ]);
    expect(again.rows[1]?.problems).toEqual([{ code: 'duplicateRow', line: 2 }]);
  });
});

describe('planning a list of places: the whole file’s choices and the figures', () => {
  it('takes one kind and one unit for the whole file when no column gives them', () => {
    const columns: ColumnChoice = { name: 0, households: 1 };
    const result = planPlaceList(
      [['Danh sách thôn'], ['Tên thôn', 'Số hộ'], ['Thôn Đông', '100'], ['Thôn Tây', '1 020']],
      mapping({ headerLine: 2, columns, kind: 'residential', unitId: commune.id }),
      context(),
    );
    expect(result.rows.map((row) => [row.line, row.action])).toEqual([
      [3, 'unchanged'],
      [4, 'create'],
    ]);
    expect(result.rows[1]?.figure?.households).toBe(1020);
  });

  it('says what is missing when neither a column nor the whole file gives the kind or the unit', () => {
    const result = planPlaceList(
      [['Tên'], ['Thôn Đông']],
      mapping({ columns: { name: 0 } }),
      context(),
    );
    expect(result.rows[0]?.problems).toEqual([{ code: 'kindMissing' }, { code: 'unitMissing' }]);
  });

  it('writes no figures for a line that gives none, and leaves unchanged figures unwritten', () => {
    const result = plan([
      ['Thôn Mới', 'Thôn', 'X01', null, null, null, null, null],
      ['Thôn Đông', 'Thôn', 'X01', null, null, '100', null, null],
    ]);
    expect(result.rows.map((row) => [row.action, row.figure === null])).toEqual([
      ['create', true],
      ['unchanged', false],
    ]);
    expect(result.figuresWritten).toBe(0);
  });

  // The page plans in slices between which it draws its progress (place-import hooks); here, the
  // whole. Its speed (about 60 ms warm on the 2-core build machine) is not asserted: a timed unit
  // test fails on a busy machine (3.7 s at load average 50), and speed belongs to the bench.
  it('plans a province’s 5,000 lines, each one created', () => {
    const rows: SheetCell[][] = [];
    for (let index = 0; index < 5000; index += 1) {
      rows.push([
        `Công ty ${index}`,
        'DN',
        'X01',
        String(1e9 + index),
        'FDI',
        null,
        '120',
        'không',
      ]);
    }
    const result = plan(rows, mapping(), { ...context(), newId: () => testId() });
    expect(result.counts.create).toBe(5000);
    expect(result.rows.every((row) => row.action === 'create')).toBe(true);
  });
});
