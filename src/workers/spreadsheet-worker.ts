// The spreadsheet worker: reads a CSV or an Excel workbook that the places' list import was
// given (src/exchange/spreadsheet-read.ts), off the page's thread.
import { relaySpreadsheetFailure, spreadsheetHandlers } from '@/exchange/spreadsheet-handlers';
import { serveRequests, type WorkerScope } from './serve-requests';

serveRequests(globalThis as unknown as WorkerScope, spreadsheetHandlers, {
  relay: relaySpreadsheetFailure,
});
