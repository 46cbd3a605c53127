// One line of a province's own spreadsheet of places, read through the user's column mapping
// into a place's values and the year's figures, with every problem that refuses it (a missing
// name, a unit nobody knows, a count that is not one). Matching the line to a stored place is
// place-list-plan.ts's.
import type { EnterpriseSector, PlaceKind } from './code-lists';
import type { PlaceFigure, Unit } from './entities';
import type { ColumnChoice, FigureListField } from './place-list-mapping';
import {
  readCount,
  readDay,
  readEnterpriseSector,
  readPartyOrganisation,
  readPlaceKind,
  readText,
  readYesNo,
  type Reading,
} from './place-list-words';
import { cellText, isEmptyCell, type SheetCell, type SheetRow } from './sheet-table';
import { searchKey } from './text';

/** What the user chose on the mapping step. */
export interface ListMapping {
  /** The line (1-based) of the headers; the data are the lines below it. */
  headerLine: number;
  columns: ColumnChoice;
  /** Every line's kind when no column gives it. */
  kind: PlaceKind | null;
  /** Every line's unit when no column gives it. */
  unitId: string | null;
  /** The year the figures' columns describe. */
  year: number;
}

/** The figures of a year as a place's line gives them: every field, null when unknown. */
export type FigureValues = Omit<PlaceFigure, 'id' | 'updatedAt' | 'placeId' | 'year'>;

/** A place without figures for the year: every figure unknown. */
export const NO_FIGURES: FigureValues = {
  households: null,
  grade12Students: null,
  workers: null,
  partyMembers: null,
  partyOrganisation: null,
  tradeUnion: null,
};
export type CountField = 'households' | 'grade12Students' | 'workers' | 'partyMembers';

/** Why a line is refused; the page words it ("Dòng 14: thiếu tên địa bàn"). */
export type RowProblem =
  | { code: 'nameMissing' }
  | { code: 'totalRow'; value: string }
  | { code: 'kindMissing' }
  | { code: 'kindUnknown'; value: string }
  | { code: 'unitMissing' }
  | { code: 'unitNotFound'; value: string }
  | { code: 'unitAmbiguous'; value: string; count: number }
  | { code: 'unitClosed'; value: string }
  | { code: 'sectorUnknown'; value: string }
  | { code: 'sectorNotEnterprise'; value: string }
  | { code: 'dayInvalid'; value: string }
  | { code: 'countInvalid'; field: CountField; value: string }
  | { code: 'organisationUnknown'; value: string }
  | { code: 'yesNoUnknown'; value: string }
  | { code: 'textInvalid'; field: 'name' | 'code'; value: string }
  | { code: 'duplicateRow'; line: number }
  | { code: 'placeOutOfScope'; name: string; unitId: string }
  | { code: 'nameAmbiguous'; count: number };

/** A line's values: null where its cell is empty (or its column not mapped). */
export interface RowValues {
  line: number;
  name: string | null;
  kind: PlaceKind | null;
  unitId: string | null;
  code: string | null;
  enterpriseSector: EnterpriseSector | null;
  openedOn: string | null;
  /** The figures the line gives (empty cells left out: they keep what is stored). */
  figure: Partial<FigureValues>;
}

/** Finds a unit of the scope by its code or its name (codes first, case and diacritics aside). */
export interface UnitFinder {
  find(text: string): { unit: Unit } | { ambiguous: number } | null;
}

export function unitFinder(units: readonly Unit[]): UnitFinder {
  const byCode = new Map<string, Unit[]>();
  const byName = new Map<string, Unit[]>();
  const add = (map: Map<string, Unit[]>, key: string, unit: Unit) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(unit);
    else map.set(key, [unit]);
  };
  for (const unit of units) {
    add(byCode, searchKey(unit.code), unit);
    add(byName, searchKey(unit.name), unit);
  }
  const seen = new Map<string, ReturnType<UnitFinder['find']>>();
  const find = (text: string) => {
    const key = searchKey(text);
    const found = byCode.get(key) ?? byName.get(key) ?? [];
    // A unit closed into a successor is found, so the line can say so.
    const open = found.filter((unit) => unit.closedOn === null);
    const pool = open.length > 0 ? open : found;
    if (pool.length === 0) return null;
    if (pool.length > 1) return { ambiguous: pool.length };
    return { unit: pool[0]! };
  };
  return {
    // A column of 5,000 lines names a few hundred units: each text is looked up once.
    find(text) {
      if (!seen.has(text)) seen.set(text, find(text));
      return seen.get(text)!;
    },
  };
}

/** Names that are a sheet's total line, not a place. */
const TOTAL_NAMES = new Set([
  'tong',
  'tong cong',
  'cong',
  'tong so',
  'total',
  'sum',
  'grand total',
]);

function cellAt(row: SheetRow, column: number | undefined): SheetCell {
  return column === undefined ? null : (row[column] ?? null);
}

/** Whether a line gives nothing in any mapped column (a blank line, a spacer): it is skipped. */
export function isBlankLine(row: SheetRow, columns: ColumnChoice): boolean {
  return Object.values(columns).every((column) => isEmptyCell(cellAt(row, column)));
}

const COUNT_FIELDS: readonly CountField[] = [
  'households',
  'grade12Students',
  'workers',
  'partyMembers',
];

interface Reader {
  row: SheetRow;
  columns: ColumnChoice;
  problems: RowProblem[];
}

/** Reads a field's cell; a value it is not adds the problem `refuse` makes of the cell's text. */
function take<T>(
  reader: Reader,
  column: number | undefined,
  read: (cell: SheetCell) => Reading<T>,
  refuse: (value: string) => RowProblem,
): T | null {
  const cell = cellAt(reader.row, column);
  const reading = read(cell);
  if (reading.ok) return reading.value;
  reader.problems.push(refuse(cellText(cell)));
  return null;
}

function readKindOf(reader: Reader, mapping: ListMapping): PlaceKind | null {
  const { columns } = mapping;
  const cell = cellAt(reader.row, columns.kind);
  if (columns.kind !== undefined && !isEmptyCell(cell)) {
    return take(reader, columns.kind, readPlaceKind, (value) => ({ code: 'kindUnknown', value }));
  }
  if (mapping.kind === null) reader.problems.push({ code: 'kindMissing' });
  return mapping.kind;
}

function readUnitOf(reader: Reader, mapping: ListMapping, units: UnitFinder): string | null {
  const cell = cellAt(reader.row, mapping.columns.unit);
  if (mapping.columns.unit === undefined || isEmptyCell(cell)) {
    if (mapping.unitId === null) reader.problems.push({ code: 'unitMissing' });
    return mapping.unitId;
  }
  const value = cellText(cell);
  const found = units.find(value);
  if (found === null) reader.problems.push({ code: 'unitNotFound', value });
  else if ('ambiguous' in found) {
    reader.problems.push({ code: 'unitAmbiguous', value, count: found.ambiguous });
  } else if (found.unit.closedOn !== null) reader.problems.push({ code: 'unitClosed', value });
  else return found.unit.id;
  return null;
}

function readFigures(reader: Reader): Partial<FigureValues> {
  const { columns } = reader;
  const figure: Partial<FigureValues> = {};
  const put = <F extends FigureListField>(field: F, value: FigureValues[F] | null) => {
    if (value !== null) figure[field] = value;
  };
  for (const field of COUNT_FIELDS) {
    put(
      field,
      take(reader, columns[field], readCount, (value) => ({ code: 'countInvalid', field, value })),
    );
  }
  put(
    'partyOrganisation',
    take(reader, columns.partyOrganisation, readPartyOrganisation, (value) => ({
      code: 'organisationUnknown',
      value,
    })),
  );
  put(
    'tradeUnion',
    take(reader, columns.tradeUnion, readYesNo, (value) => ({ code: 'yesNoUnknown', value })),
  );
  return figure;
}

/** Reads one line (`line` is its 1-based number in the sheet) into values and problems. */
export function readListRow(
  row: SheetRow,
  line: number,
  mapping: ListMapping,
  units: UnitFinder,
): { values: RowValues; problems: RowProblem[] } {
  const { columns } = mapping;
  const reader: Reader = { row, columns, problems: [] };
  const name = take(reader, columns.name, readText, (value) => ({
    code: 'textInvalid',
    field: 'name',
    value,
  }));
  if (name === null && !reader.problems.length) reader.problems.push({ code: 'nameMissing' });
  if (name !== null && TOTAL_NAMES.has(searchKey(name))) {
    reader.problems.push({ code: 'totalRow', value: name });
  }
  const kind = readKindOf(reader, mapping);
  const unitId = readUnitOf(reader, mapping, units);
  const code = take(reader, columns.code, readText, (value) => ({
    code: 'textInvalid',
    field: 'code',
    value,
  }));
  const enterpriseSector = take(
    reader,
    columns.enterpriseSector,
    readEnterpriseSector,
    (value) => ({
      code: 'sectorUnknown',
      value,
    }),
  );
  if (enterpriseSector !== null && kind !== null && kind !== 'enterprise') {
    reader.problems.push({
      code: 'sectorNotEnterprise',
      value: cellText(cellAt(row, columns.enterpriseSector)),
    });
  }
  const openedOn = take(reader, columns.openedOn, readDay, (value) => ({
    code: 'dayInvalid',
    value,
  }));
  const figure = readFigures(reader);
  return {
    values: { line, name, kind, unitId, code, enterpriseSector, openedOn, figure },
    problems: reader.problems,
  };
}
