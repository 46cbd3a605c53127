// The page's side of the spreadsheet worker: a workbook of 5,000 lines takes about half a second
// to read, which would freeze the page; in the worker it does not. Started on the first file.
import type { SheetBook } from '@/domain/sheet-table';
import {
  spreadsheetFailureError,
  type SpreadsheetFailure,
  type SpreadsheetHandlers,
} from './spreadsheet-handlers';
import type { SpreadsheetPhase } from './spreadsheet-read';
import { createWorkerRpc } from './worker-rpc';

export {
  SpreadsheetError,
  type SpreadsheetErrorData,
  type SpreadsheetPhase,
} from './spreadsheet-read';

const rpc = createWorkerRpc<SpreadsheetHandlers, SpreadsheetFailure>({
  start: () =>
    new Worker(new URL('../workers/spreadsheet-worker.ts', import.meta.url), { type: 'module' }),
  name: 'spreadsheet worker',
  failure: spreadsheetFailureError,
});

/** Reads a chosen file into its sheets, in the worker; rejects with a SpreadsheetError. */
export function readSpreadsheetFile(
  file: File,
  onProgress?: (phase: SpreadsheetPhase) => void,
): Promise<SheetBook> {
  return rpc.call('read', { file }, onProgress);
}
