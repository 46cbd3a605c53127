// Saving the grid: every row shown (and every edited row hidden by the filters) in ONE
// transaction (savePlaceFigures). The edited cells are laid over the figures as stored at the
// moment of the save, so a cell another tab saved meanwhile in an unedited column is kept.
import { listPlaceFigures, savePlaceFigures } from '@/db/places-repo';
import { useLocalMutation } from '@/queries/mutation';
import { rowValues, type FigureEdits } from './figure-edits';

/** User Timing names: the save from its start to the transaction's end (read by the e2e). */
export const FIGURES_SAVE_START = 'ptdv:place-figures-save-start';
export const FIGURES_SAVE_MEASURE = 'ptdv:place-figures-save';

export interface SaveFiguresVariables {
  year: number;
  placeIds: readonly string[];
  edits: FigureEdits;
}

export async function saveFigures({ year, placeIds, edits }: SaveFiguresVariables) {
  performance.mark(FIGURES_SAVE_START);
  const stored = await listPlaceFigures(year, new Set(placeIds));
  const byPlace = new Map(stored.map((figure) => [figure.placeId, figure]));
  const rows = placeIds.map((placeId) => ({
    placeId,
    values: rowValues(byPlace.get(placeId), edits[placeId]),
  }));
  const saved = await savePlaceFigures(year, rows);
  performance.measure(FIGURES_SAVE_MEASURE, FIGURES_SAVE_START);
  return saved;
}

export function useSaveFigures() {
  return useLocalMutation(saveFigures);
}
