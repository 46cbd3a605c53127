// Writes a province's own spreadsheet of places, already read, validated and planned
// (domain/place-list-plan.ts), in ONE transaction: every place and the chosen year's figures,
// or nothing. Each record is stamped as places-repo.ts stamps it (nextStamp after the stored
// one); a place or a figure another tab changed since the preview is merged with this import
// field by field (domain/merge.ts), and a field both changed differently refuses the whole
// file rather than overwrite the other tab's edit.
import type { Place, PlaceFigure } from '@/domain/entities';
import { threeWayMerge, sameValue, type MergeConflict } from '@/domain/merge';
import type { FigureValues, PlaceDraft } from '@/domain/place-list-plan';
import { NO_FIGURES } from '@/domain/place-list-rows';
import { recordSchemas } from './record-schemas';
import { db } from './schema';
import { nextStamp } from './stamp';

/** One line of the plan to write: its place, and its figures of the year when it gives any. */
export interface PlaceListWrite {
  place: PlaceDraft;
  /** The stored place the preview read (null: a new place). */
  stored: Place | null;
  figure: FigureValues | null;
  /** The stored figures the preview read (null: none). */
  storedFigure: PlaceFigure | null;
}

export interface PlaceListImported {
  created: number;
  updated: number;
  unchanged: number;
  /** Places whose figures of the year were written. */
  figuresWritten: number;
}

export type PlaceListImportProblem = 'deleted' | 'conflict' | 'unknownUnit';

/** Nothing was written: the store changed under the preview in a way only the user can settle. */
export class PlaceListImportError extends Error {
  constructor(
    readonly problem: PlaceListImportProblem,
    /** The place's name as the file gives it. */
    readonly placeName: string,
    readonly conflicts: readonly MergeConflict[] = [],
  ) {
    super(`${problem}: ${placeName}`);
    this.name = 'PlaceListImportError';
  }
}

const IGNORE = ['id', 'updatedAt', 'placeId', 'year'];

function figureValues(figure: PlaceFigure): FigureValues {
  const { id: _id, updatedAt: _stamp, placeId: _place, year: _year, ...values } = figure;
  return values;
}

/** What to store of `mine`, made from `base`, now that `current` is stored; null: nothing. */
function settle<T extends object>(
  base: T | null,
  mine: T,
  current: T | null,
  name: string,
): T | null {
  const merged =
    current === null || base === null || sameValue(stripped(base), stripped(current))
      ? mine
      : resolve(threeWayMerge(base, mine, current, { ignore: IGNORE }), name);
  return current !== null && sameValue(stripped(merged), stripped(current)) ? null : merged;
}

function resolve<T>(result: { merged: T; conflicts: MergeConflict[] }, name: string): T {
  if (result.conflicts.length > 0)
    throw new PlaceListImportError('conflict', name, result.conflicts);
  return result.merged;
}

function stripped(record: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  for (const field of IGNORE) delete copy[field];
  return copy;
}

/** Records are written in chunks, so that a province's 5,000 lines report their progress. */
const CHUNK = 500;

/**
 * Writes the plan's lines (none refused) and the year's figures in one transaction; reports
 * `onProgress(done, total)` as the records go in. Throws PlaceListImportError, writing nothing,
 * when a stored place was deleted since the preview, when another tab changed the same field of
 * a place or of its figures, or when a unit a line names is gone.
 */
export async function importPlaceList(
  year: number,
  writes: readonly PlaceListWrite[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<PlaceListImported> {
  const { placeSchema, placeFigureSchema } = await recordSchemas();
  const d = db();
  return d.transaction('rw', d.units, d.places, d.placeFigures, async () => {
    const unitIds = [...new Set(writes.map((write) => write.place.unitId))];
    const units = await d.units.bulkGet(unitIds);
    const missing = units.findIndex((unit) => unit === undefined);
    if (missing >= 0) {
      const write = writes.find((each) => each.place.unitId === unitIds[missing]);
      throw new PlaceListImportError('unknownUnit', write?.place.name ?? '');
    }
    const currentPlaces = await d.places.bulkGet(writes.map((write) => write.place.id));
    const currentFigures = await d.placeFigures
      .where('[placeId+year]')
      .anyOf(writes.map((write): [string, number] => [write.place.id, year]))
      .toArray();
    const figureOf = new Map(currentFigures.map((figure) => [figure.placeId, figure]));
    const result: PlaceListImported = { created: 0, updated: 0, unchanged: 0, figuresWritten: 0 };
    const places: Place[] = [];
    const figures: PlaceFigure[] = [];
    writes.forEach((write, index) => {
      const name = write.place.name;
      const current = currentPlaces[index] ?? null;
      if (write.stored !== null && current === null) {
        throw new PlaceListImportError('deleted', name);
      }
      const { updatedAt: _stamp, ...currentDraft } = current ?? ({} as Place);
      const place = settle(write.stored, write.place, current ? currentDraft : null, name);
      if (place !== null) {
        places.push(placeSchema.parse({ ...place, updatedAt: nextStamp(current?.updatedAt) }));
      }
      const figureChanged = write.figure !== null && writeFigure(write, figureOf, figures);
      if (figureChanged) result.figuresWritten += 1;
      if (current === null) result.created += 1;
      else if (place !== null || figureChanged) result.updated += 1;
      else result.unchanged += 1;
    });
    const validFigures = figures.map((figure) => placeFigureSchema.parse(figure));
    const total = places.length + validFigures.length;
    let done = 0;
    onProgress(done, total);
    for (const batch of [places, validFigures] as const) {
      for (let start = 0; start < batch.length; start += CHUNK) {
        const chunk = batch.slice(start, start + CHUNK);
        if (batch === places) await d.places.bulkPut(chunk as Place[]);
        else await d.placeFigures.bulkPut(chunk as PlaceFigure[]);
        done += chunk.length;
        onProgress(done, total);
      }
    }
    return result;
  });

  function writeFigure(
    write: PlaceListWrite,
    figureOf: ReadonlyMap<string, PlaceFigure>,
    figures: PlaceFigure[],
  ): boolean {
    const current = figureOf.get(write.place.id) ?? null;
    const base = write.storedFigure ? figureValues(write.storedFigure) : NO_FIGURES;
    const values = settle(
      base,
      write.figure!,
      current ? figureValues(current) : null,
      write.place.name,
    );
    if (values === null) return false;
    figures.push({
      ...values,
      id: current?.id ?? crypto.randomUUID(),
      placeId: write.place.id,
      year,
      updatedAt: nextStamp(current?.updatedAt),
    } as PlaceFigure);
    return true;
  }
}
