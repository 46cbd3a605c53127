// What importing a province's own spreadsheet of places would do, line by line: create a place,
// update one, leave one unchanged, or refuse the line with its reasons. A line is the place it
// names when both have a code and the codes agree (a tax code, a school code), else when the
// unit, the kind and the name agree (the name compared without diacritics or case). An empty
// cell keeps what is stored: an import adds and corrects, it never erases. Any refused line
// refuses the whole file (db/place-list-import.ts writes only a plan with none).
import type { Place, PlaceFigure, Unit } from './entities';
import { FIGURE_LIST_FIELDS, type ListField } from './place-list-mapping';
import {
  isBlankLine,
  readListRow,
  unitFinder,
  NO_FIGURES,
  type FigureValues,
  type ListMapping,
  type RowProblem,
  type RowValues,
} from './place-list-rows';
import type { SheetRow } from './sheet-table';

export type { FigureValues } from './place-list-rows';
import { searchKey } from './text';

export type PlaceDraft = Omit<Place, 'updatedAt'>;
export type RowAction = 'create' | 'update' | 'unchanged' | 'refused';

export interface PlannedRow {
  /** The line's number in the sheet (1-based, as Excel shows it). */
  line: number;
  action: RowAction;
  /** Why the line is refused (empty otherwise). */
  problems: RowProblem[];
  /** The place as it would be stored (null for a refused line). */
  place: PlaceDraft | null;
  /** The stored place it updates, as read for this preview (null: a new place). */
  stored: Place | null;
  /** The year's figures as they would be stored; null when the line gives none. */
  figure: FigureValues | null;
  /** The stored figures of the place for the year, as read for this preview. */
  storedFigure: PlaceFigure | null;
  /** The fields that change, for the preview. */
  changed: ListField[];
}

export interface PlaceListPlan {
  year: number;
  rows: PlannedRow[];
  counts: Record<RowAction, number>;
  /** Lines whose figures of the year would be written (created or changed). */
  figuresWritten: number;
}

export interface PlaceListContext {
  /** The units of the installation's scope: a line names one of these. */
  units: readonly Unit[];
  /** Every stored place (one outside the scope is named when a line's code meets it). */
  places: readonly Place[];
  /** The stored figures of the mapping's year. */
  figures: readonly PlaceFigure[];
  scopeUnitIds: ReadonlySet<string>;
  /** A new place's id. */
  newId: () => string;
}

const PLACE_FIELDS = ['name', 'kind', 'unitId', 'code', 'enterpriseSector', 'openedOn'] as const;
const FIELD_OF_PLACE: Record<(typeof PLACE_FIELDS)[number], ListField> = {
  name: 'name',
  kind: 'kind',
  unitId: 'unit',
  code: 'code',
  enterpriseSector: 'enterpriseSector',
  openedOn: 'openedOn',
};

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const codeKey = (kind: string, code: string | null) => {
  const key = code === null ? '' : searchKey(code);
  return key ? `${kind}|${key}` : null;
};
const nameKey = (unitId: string, kind: string, name: string) =>
  `${unitId}|${kind}|${searchKey(name)}`;

/** Open places first: a hamlet merged away keeps its name beside the one that took it over. */
function preferOpen(places: readonly Place[]): readonly Place[] {
  const open = places.filter((place) => place.closedOn === null);
  return open.length > 0 ? open : places;
}

type Match = { place: Place } | { problem: RowProblem } | null;

interface Matcher {
  match(values: Complete): Match;
}

type Complete = RowValues & { name: string; kind: Place['kind']; unitId: string };

function matcher(context: PlaceListContext): Matcher {
  const byCode = groupBy(context.places, (place) => codeKey(place.kind, place.code));
  const byName = groupBy(context.places, (place) => nameKey(place.unitId, place.kind, place.name));
  return {
    match(values) {
      const key = codeKey(values.kind, values.code);
      const sameCode = key === null ? [] : preferOpen(byCode.get(key) ?? []);
      if (sameCode.length > 0) {
        const place = sameCode[0]!;
        if (!context.scopeUnitIds.has(place.unitId)) {
          return {
            problem: { code: 'placeOutOfScope', name: place.name, unitId: place.unitId },
          };
        }
        return { place };
      }
      const sameName = (byName.get(nameKey(values.unitId, values.kind, values.name)) ?? []).filter(
        // Two places of one name with different codes are two places (two companies).
        (place) => key === null || codeKey(place.kind, place.code) === null,
      );
      const candidates = preferOpen(sameName);
      if (candidates.length > 1)
        return { problem: { code: 'nameAmbiguous', count: candidates.length } };
      return candidates.length === 1 ? { place: candidates[0]! } : null;
    },
  };
}

function draftOf(values: Complete, stored: Place | null, newId: () => string): PlaceDraft {
  if (!stored) {
    return {
      id: newId(),
      unitId: values.unitId,
      kind: values.kind,
      name: values.name,
      code: values.code,
      enterpriseSector: values.enterpriseSector,
      openedOn: values.openedOn,
      closedOn: null,
      successorId: null,
    };
  }
  const { updatedAt: _stamp, ...rest } = stored;
  return {
    ...rest,
    unitId: values.unitId,
    kind: values.kind,
    name: values.name,
    code: values.code ?? stored.code,
    enterpriseSector: values.enterpriseSector ?? stored.enterpriseSector,
    openedOn: values.openedOn ?? stored.openedOn,
  };
}

function plannedFigure(
  values: RowValues,
  storedFigure: PlaceFigure | null,
): { figure: FigureValues | null; changed: ListField[] } {
  if (Object.keys(values.figure).length === 0) return { figure: null, changed: [] };
  const before: FigureValues = storedFigure ?? NO_FIGURES;
  const figure: FigureValues = { ...NO_FIGURES };
  for (const field of FIGURE_LIST_FIELDS) {
    (figure as Record<string, unknown>)[field] = values.figure[field] ?? before[field] ?? null;
  }
  const changed = FIGURE_LIST_FIELDS.filter((field) => figure[field] !== (before[field] ?? null));
  return { figure: changed.length > 0 || storedFigure ? figure : null, changed };
}

/** The identities a planned line claims in the file: a second line claiming one is a duplicate. */
function claimsOf(values: Complete, stored: Place | null): string[] {
  if (stored) return [`id:${stored.id}`];
  const key = codeKey(values.kind, values.code);
  return key !== null
    ? [`code:${key}`]
    : [`name:${nameKey(values.unitId, values.kind, values.name)}`];
}

function refused(line: number, problems: RowProblem[]): PlannedRow {
  return {
    line,
    action: 'refused',
    problems,
    place: null,
    stored: null,
    figure: null,
    storedFigure: null,
    changed: [],
  };
}

/**
 * Plans a sheet's lines one at a time, so that a page can plan a province's 5,000 lines in
 * slices between which it stays responsive and shows progress. Pure: it writes nothing.
 */
export interface PlaceListPlanner {
  /** Plans one line of the sheet (`line` is its 1-based number). */
  add(row: SheetRow, line: number): void;
  finish(): PlaceListPlan;
}

export function placeListPlanner(
  mapping: ListMapping,
  context: PlaceListContext,
): PlaceListPlanner {
  const units = unitFinder(context.units);
  const places = matcher(context);
  const figureOf = new Map(context.figures.map((figure) => [figure.placeId, figure]));
  const claimed = new Map<string, number>();
  const planned: PlannedRow[] = [];

  function planLine(row: SheetRow, line: number): PlannedRow | null {
    if (isBlankLine(row, mapping.columns)) return null;
    const { values, problems } = readListRow(row, line, mapping, units);
    if (problems.length > 0 || !values.name || !values.kind || !values.unitId) {
      return refused(line, problems);
    }
    const complete = values as Complete;
    const match = places.match(complete);
    if (match && 'problem' in match) return refused(line, [match.problem]);
    const stored = match?.place ?? null;
    const claims = claimsOf(complete, stored);
    const earlier = claims.map((claim) => claimed.get(claim)).find((seen) => seen !== undefined);
    if (earlier !== undefined) return refused(line, [{ code: 'duplicateRow', line: earlier }]);
    for (const claim of claims) claimed.set(claim, line);
    const place = draftOf(complete, stored, context.newId);
    const storedFigure = stored ? (figureOf.get(stored.id) ?? null) : null;
    const { figure, changed: figureChanges } = plannedFigure(values, storedFigure);
    const placeChanges = stored
      ? PLACE_FIELDS.filter((field) => place[field] !== stored[field]).map(
          (field) => FIELD_OF_PLACE[field],
        )
      : [];
    const changed = [...placeChanges, ...figureChanges];
    return {
      line,
      action: !stored ? 'create' : changed.length > 0 ? 'update' : 'unchanged',
      problems: [],
      place,
      stored,
      figure,
      storedFigure,
      changed,
    };
  }

  return {
    add(row, line) {
      const result = planLine(row, line);
      if (result) planned.push(result);
    },
    finish() {
      const counts: Record<RowAction, number> = {
        create: 0,
        update: 0,
        unchanged: 0,
        refused: 0,
      };
      let figuresWritten = 0;
      for (const row of planned) {
        counts[row.action] += 1;
        if (row.figure && (row.action === 'create' || row.changed.some(isFigureField))) {
          figuresWritten += 1;
        }
      }
      return { year: mapping.year, rows: planned, counts, figuresWritten };
    },
  };
}

/** Plans every line below the header at once (tests, small files). */
export function planPlaceList(
  rows: readonly SheetRow[],
  mapping: ListMapping,
  context: PlaceListContext,
): PlaceListPlan {
  const planner = placeListPlanner(mapping, context);
  for (let index = mapping.headerLine; index < rows.length; index += 1) {
    planner.add(rows[index]!, index + 1);
  }
  return planner.finish();
}

function isFigureField(field: ListField): boolean {
  return (FIGURE_LIST_FIELDS as readonly string[]).includes(field);
}
