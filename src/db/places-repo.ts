// Places (hamlets and residential groups, schools, enterprises) and their yearly figures: the
// places a unit answers for, edited on /places and brought by exchange files. A place has at most
// one set of figures per year; a grid of a year's figures is saved in one transaction.
import type { Place, PlaceFigure } from '@/domain/entities';
import { FIGURE_LIST_FIELDS } from '@/domain/place-list-mapping';
import type { FigureValues } from '@/domain/place-list-rows';
import { recordSchemas } from './record-schemas';
import { saveAgainstStored, type AssertUnchanged } from './save-conflict';
import { db } from './schema';
import { nextStamp } from './stamp';

export class PlaceRuleError extends Error {
  constructor(readonly code: 'unknownPlace' | 'successorIsSelf' | 'unknownSuccessor') {
    super(code);
    this.name = 'PlaceRuleError';
  }
}

/** Every place, or those of a set of units. */
export async function listPlaces(unitIds?: ReadonlySet<string>): Promise<Place[]> {
  const rows = await db().places.toArray();
  return unitIds ? rows.filter((row) => unitIds.has(row.unitId)) : rows;
}

export async function getPlace(id: string): Promise<Place | undefined> {
  return db().places.get(id);
}

/** The figures of a year (all places, or those named). */
export async function listPlaceFigures(
  year: number,
  placeIds?: ReadonlySet<string>,
): Promise<PlaceFigure[]> {
  const rows = await db().placeFigures.where('year').equals(year).toArray();
  return placeIds ? rows.filter((row) => placeIds.has(row.placeId)) : rows;
}

/** Every figure of one place, oldest year first. */
export async function figuresOfPlace(placeId: string): Promise<PlaceFigure[]> {
  const rows = await db().placeFigures.where('placeId').equals(placeId).toArray();
  return rows.sort((a, b) => a.year - b.year);
}

/**
 * Creates or edits a place. With `base`, the version the form loaded, an edit made meanwhile in
 * another tab is merged with this one, or nothing is saved (save-conflict.ts).
 */
export async function savePlace(input: Omit<Place, 'updatedAt'>, base?: Place): Promise<Place> {
  return saveAgainstStored(base, input, () => db().places.get(input.id), writePlace);
}

async function writePlace(
  input: Omit<Place, 'updatedAt'>,
  assertUnchanged: AssertUnchanged,
): Promise<Place> {
  const { placeSchema } = await recordSchemas();
  const d = db();
  return d.transaction('rw', d.places, async () => {
    const current = await d.places.get(input.id);
    assertUnchanged(current);
    const record = placeSchema.parse({ ...input, updatedAt: nextStamp(current?.updatedAt) });
    if (record.successorId !== null) {
      if (record.successorId === record.id) throw new PlaceRuleError('successorIsSelf');
      if (!(await d.places.get(record.successorId))) {
        throw new PlaceRuleError('unknownSuccessor');
      }
    }
    await d.places.put(record);
    return record;
  });
}

/** Closes a place on a day, naming the place that takes it over (a merger of hamlets). */
export async function closePlace(
  id: string,
  closedOn: string,
  successorId: string | null,
): Promise<Place> {
  const current = await db().places.get(id);
  if (!current) throw new PlaceRuleError('unknownPlace');
  const { updatedAt: _stamp, ...rest } = current;
  return savePlace({ ...rest, closedOn, successorId }, current);
}

/** Reopens a closed place. */
export async function reopenPlace(id: string): Promise<Place> {
  const current = await db().places.get(id);
  if (!current) throw new PlaceRuleError('unknownPlace');
  const { updatedAt: _stamp, ...rest } = current;
  return savePlace({ ...rest, closedOn: null, successorId: null }, current);
}

/** One row of a year's figures as a grid holds it: every figure of the place, or null. */
export type { FigureValues } from '@/domain/place-list-rows';

function sameFigures(a: FigureValues, b: FigureValues): boolean {
  return FIGURE_LIST_FIELDS.every((field) => a[field] === b[field]);
}

/** What saving a grid did: figures written, and unchanged rows left as they were. */
export interface FiguresSaved {
  written: number;
  unchanged: number;
}

/**
 * Saves a year's figures of several places in ONE transaction: a row whose values equal the
 * stored figure is left alone (its updatedAt unchanged, so it does not travel in the next
 * export); a row with every value empty removes nothing (an empty row is no figure). Every row
 * is checked by the schema first: one invalid row refuses the whole grid.
 */
export async function savePlaceFigures(
  year: number,
  rows: readonly { placeId: string; values: FigureValues }[],
): Promise<FiguresSaved> {
  const { placeFigureSchema } = await recordSchemas();
  const d = db();
  return d.transaction('rw', d.places, d.placeFigures, async () => {
    const places = await d.places.bulkGet(rows.map((row) => row.placeId));
    if (places.some((place) => place === undefined)) throw new PlaceRuleError('unknownPlace');
    const stored = await d.placeFigures
      .where('[placeId+year]')
      .anyOf(rows.map((row): [string, number] => [row.placeId, year]))
      .toArray();
    const byPlace = new Map(stored.map((figure) => [figure.placeId, figure]));
    const writes: PlaceFigure[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const current = byPlace.get(row.placeId);
      const empty = FIGURE_LIST_FIELDS.every((field) => row.values[field] === null);
      if (current ? sameFigures(current, row.values) : empty) {
        unchanged += 1;
        continue;
      }
      writes.push(
        placeFigureSchema.parse({
          ...row.values,
          id: current?.id ?? crypto.randomUUID(),
          placeId: row.placeId,
          year,
          updatedAt: nextStamp(current?.updatedAt),
        }),
      );
    }
    if (writes.length > 0) await d.placeFigures.bulkPut(writes);
    return { written: writes.length, unchanged };
  });
}
