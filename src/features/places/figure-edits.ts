// The grid's unsaved input: per place, the text of each cell the user changed (cells not changed
// show the stored figure). Kept as text, as typed, so that an invalid entry stays on screen to be
// corrected and a draft brings back exactly what was typed. Pure: the grid and its tests share it.
import type { PlaceFigure } from '@/domain/entities';
import type { FigureValues } from '@/db/places-repo';
import { FIELD_TYPES, NO_FIGURES, isFigureField, type FigureField } from './figure-columns';
import {
  formatCell,
  parseCell,
  type CellError,
  type CellValue,
  type CellWords,
} from './figure-cells';

/** placeId → field → the text typed. */
export type FigureEdits = Readonly<Record<string, Readonly<Partial<Record<FigureField, string>>>>>;

export const NO_EDITS: FigureEdits = {};

/** The stored value of a figure (null when the place has no figure for the year). */
export function storedValue(stored: PlaceFigure | undefined, field: FigureField): CellValue {
  return stored ? stored[field] : null;
}

/** The text a cell shows: what was typed, else the stored figure in the user's words. */
export function cellText(
  edits: FigureEdits,
  stored: PlaceFigure | undefined,
  placeId: string,
  field: FigureField,
  words: CellWords,
): string {
  const typed = edits[placeId]?.[field];
  if (typed !== undefined) return typed;
  return formatCell(FIELD_TYPES[field], storedValue(stored, field), words);
}

/** The edits with one cell's text set (as typed: no clean-up while the user is typing). */
export function setCellText(
  edits: FigureEdits,
  placeId: string,
  field: FigureField,
  text: string,
): FigureEdits {
  return { ...edits, [placeId]: { ...edits[placeId], [field]: text } };
}

function withoutCell(edits: FigureEdits, placeId: string, field: FigureField): FigureEdits {
  const row = edits[placeId];
  if (!row || row[field] === undefined) return edits;
  const { [field]: _gone, ...rest } = row;
  const next = { ...edits };
  if (Object.keys(rest).length === 0) delete next[placeId];
  else next[placeId] = rest;
  return next;
}

/**
 * A cell the user leaves: a valid entry is written the way the grid writes it ("1234" → "1.234",
 * "rieng" → "riêng"), and dropped from the edits when it equals the stored figure; an invalid
 * entry stays as typed, to be corrected.
 */
export function commitCell(
  edits: FigureEdits,
  stored: PlaceFigure | undefined,
  placeId: string,
  field: FigureField,
  words: CellWords,
): FigureEdits {
  const typed = edits[placeId]?.[field];
  if (typed === undefined) return edits;
  const type = FIELD_TYPES[field];
  const parsed = parseCell(type, typed);
  if (!parsed.ok) return edits;
  if (parsed.value === storedValue(stored, field)) return withoutCell(edits, placeId, field);
  const text = formatCell(type, parsed.value, words);
  return text === typed ? edits : setCellText(edits, placeId, field, text);
}

/** Every cell of the edits whose text is no figure. */
export interface CellProblem {
  placeId: string;
  field: FigureField;
  error: CellError;
}

export function findProblems(edits: FigureEdits): CellProblem[] {
  const problems: CellProblem[] = [];
  for (const [placeId, row] of Object.entries(edits)) {
    for (const [field, text] of Object.entries(row)) {
      if (!isFigureField(field) || text === undefined) continue;
      const parsed = parseCell(FIELD_TYPES[field], text);
      if (!parsed.ok) problems.push({ placeId, field, error: parsed.error });
    }
  }
  return problems;
}

export function countEdits(edits: FigureEdits): number {
  let count = 0;
  for (const row of Object.values(edits)) count += Object.keys(row).length;
  return count;
}

/**
 * A place's figures to save: the stored ones with the edited cells laid over them. Every edited
 * cell must be valid (findProblems is empty): an invalid one throws, it must never be saved.
 */
export function rowValues(
  stored: PlaceFigure | undefined,
  edited: FigureEdits[string] | undefined,
): FigureValues {
  const values: Record<FigureField, CellValue> = { ...NO_FIGURES };
  for (const field of Object.keys(NO_FIGURES) as FigureField[]) {
    values[field] = storedValue(stored, field);
    const typed = edited?.[field];
    if (typed === undefined) continue;
    const parsed = parseCell(FIELD_TYPES[field], typed);
    if (!parsed.ok) throw new Error(`place figures: an invalid ${field} reached the save`);
    values[field] = parsed.value;
  }
  return values as FigureValues;
}

/**
 * Edits read back from a draft: only text cells of known fields, for places that still exist.
 * A hand-edited or stale draft never puts anything else into the grid.
 */
export function editsFromDraft(value: unknown, placeIds: ReadonlySet<string>): FigureEdits {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO_EDITS;
  const edits: Record<string, Partial<Record<FigureField, string>>> = {};
  for (const [placeId, row] of Object.entries(value)) {
    if (!placeIds.has(placeId) || typeof row !== 'object' || row === null) continue;
    const cells: Partial<Record<FigureField, string>> = {};
    for (const [field, text] of Object.entries(row as Record<string, unknown>)) {
      if (isFigureField(field) && typeof text === 'string') cells[field] = text;
    }
    if (Object.keys(cells).length > 0) edits[placeId] = cells;
  }
  return edits;
}
