// The spreadsheet worker's one request (src/workers/spreadsheet-worker.ts): read a chosen CSV or
// workbook into its sheets. The page's side is spreadsheet-client.ts.
import type { SheetBook } from '@/domain/sheet-table';
import {
  isSpreadsheetErrorData,
  readSpreadsheet,
  SpreadsheetError,
  type SpreadsheetErrorData,
  type SpreadsheetPhase,
} from './spreadsheet-read';

export const spreadsheetHandlers = {
  read: (args: { file: File }, progress: (phase: SpreadsheetPhase) => void): Promise<SheetBook> =>
    readSpreadsheet(args.file, progress),
};
export type SpreadsheetHandlers = typeof spreadsheetHandlers;

/** What crosses back of a failure: a refusal's data, or an unexpected error's message. */
export type SpreadsheetFailure = SpreadsheetErrorData | { message: string };

export function relaySpreadsheetFailure(error: unknown): SpreadsheetFailure {
  if (error instanceof SpreadsheetError) return error.data;
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error a request rejects with on the page, from what the worker relayed. */
export function spreadsheetFailureError(failure: SpreadsheetFailure): Error {
  return isSpreadsheetErrorData(failure)
    ? new SpreadsheetError(failure)
    : new Error(failure.message);
}
