// A page of the benchmark, never of the app (built apart, served at /__bench/places/ on the
// app's origin, so it opens the app's own database): saving a year's figures of one grid of
// places through the app's savePlaceFigures (src/db/places-repo.ts), as the /places grid saves
// them, timed in the page. Every run changes every row (party members one up, then back), so
// that each save writes all of them in its one transaction.
import type { Place } from '@/domain/entities';
import { savePlaceFigures, type FigureValues } from '@/db/places-repo';
import { db } from '@/db/schema';

export interface PlaceSaveResult {
  rows: number;
  year: number;
  /** The unit whose places the grid shows (`rows` of them, of one kind). */
  unitId: string;
  kind: Place['kind'];
  runsMs: number[];
  written: number[];
  places: number;
  placeFigures: number;
}

/** The unit with the most open places of one kind: the largest grid a secretary would type. */
function largestGrid(places: readonly Place[]): Place[] {
  const groups = new Map<string, Place[]>();
  for (const place of places) {
    if (place.closedOn) continue;
    const key = `${place.unitId} ${place.kind}`;
    const list = groups.get(key);
    if (list) list.push(place);
    else groups.set(key, [place]);
  }
  const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return largest.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

async function run(rowCount: number, runs: number): Promise<PlaceSaveResult> {
  const d = db();
  const [places, placeFigures] = await Promise.all([d.places.toArray(), d.placeFigures.count()]);
  // S's province has fewer places in any unit: its grid is all it has.
  const grid = largestGrid(places).slice(0, rowCount);
  if (grid.length === 0) throw new Error('bench: the store holds no open place');
  const year = Math.max(...(await d.placeFigures.orderBy('year').uniqueKeys()).map(Number));
  const stored = await d.placeFigures
    .where('[placeId+year]')
    .anyOf(grid.map((place): [string, number] => [place.id, year]))
    .toArray();
  const byPlace = new Map(stored.map((figure) => [figure.placeId, figure]));
  const base = grid.map((place): { placeId: string; values: FigureValues } => {
    const figure = byPlace.get(place.id);
    return {
      placeId: place.id,
      values: {
        households: figure?.households ?? (place.kind === 'residential' ? 100 : null),
        grade12Students: figure?.grade12Students ?? (place.kind === 'school' ? 100 : null),
        workers: figure?.workers ?? (place.kind === 'enterprise' ? 100 : null),
        partyMembers: figure?.partyMembers ?? 0,
        partyOrganisation: figure?.partyOrganisation ?? 'none',
        tradeUnion: figure?.tradeUnion ?? (place.kind === 'enterprise' ? false : null),
      },
    };
  });
  const runsMs: number[] = [];
  const written: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const bump = index % 2 === 0 ? 1 : 0;
    const rows = base.map((row) => ({
      placeId: row.placeId,
      values: { ...row.values, partyMembers: (row.values.partyMembers ?? 0) + bump },
    }));
    const started = performance.now();
    const saved = await savePlaceFigures(year, rows);
    runsMs.push(performance.now() - started);
    written.push(saved.written);
  }
  return {
    rows: grid.length,
    year,
    unitId: grid[0]?.unitId ?? '',
    kind: grid[0]?.kind ?? 'residential',
    runsMs,
    written,
    places: places.length,
    placeFigures,
  };
}

(window as unknown as { __benchPlaceSave: typeof run }).__benchPlaceSave = run;
document.title = 'ready';
