// Planning a province's 5,000 lines takes 60–200 ms on the 2-core machine (folding every name
// and code for the comparisons): too long to hold the page. The lines are planned in slices of
// about 12 ms, each followed by a yield, so that the page draws the progress between them and
// stays responsive. The reading of the file itself is in the spreadsheet worker.
import {
  placeListPlanner,
  type PlaceListContext,
  type PlaceListPlan,
} from '@/domain/place-list-plan';
import type { ListMapping } from '@/domain/place-list-rows';
import type { SheetRow } from '@/domain/sheet-table';

const SLICE_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Plans every line below the header; `onProgress(done, total)` between slices. Resolves with
 * null when `cancelled()` turns true meanwhile (the user went back to another file).
 */
export async function planInSlices(
  rows: readonly SheetRow[],
  mapping: ListMapping,
  context: PlaceListContext,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<PlaceListPlan | null> {
  const planner = placeListPlanner(mapping, context);
  const first = mapping.headerLine;
  const total = Math.max(0, rows.length - first);
  let sliceStart = performance.now();
  for (let index = first; index < rows.length; index += 1) {
    planner.add(rows[index]!, index + 1);
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(index + 1 - first, total);
      await nextTask();
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
  }
  return planner.finish();
}
