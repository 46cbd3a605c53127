// Saving a grid of places' figures in the real browser: the bench page places-save/ (built apart
// from the app, served on its origin at /__bench/places/) calls the app's savePlaceFigures on the
// imported store, several times; the median is the figure.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PlaceSaveResult } from './places-save/main';

/** Rows of the grid saved (the issue's: 60 places × their figures). */
export const GRID_ROWS = 60;
/** Saves timed: the first also loads the record schemas (zod), as the grid's first save does. */
const RUNS = 7;

export interface PlaceSaveTiming extends PlaceSaveResult {
  medianMs: number;
}

/** Builds the bench page into `<outDir>/places` (the server maps /__bench/ onto `outDir`). */
export function buildBenchPages(outDir: string): void {
  const result = spawnSync(
    'npx',
    [
      'vite',
      'build',
      'scripts/bench/places-save',
      '--config',
      'scripts/bench/places-save/vite.config.ts',
      '--outDir',
      join(outDir, 'places'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('bench: the bench pages failed to build');
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export async function measurePlaceSave(page: Page): Promise<PlaceSaveTiming> {
  await page.goto('/__bench/places/');
  await page.waitForFunction(() => document.title === 'ready');
  const result = await page.evaluate(
    ([rows, runs]) =>
      (
        window as unknown as {
          __benchPlaceSave: (rows: number, runs: number) => Promise<PlaceSaveResult>;
        }
      ).__benchPlaceSave(rows, runs),
    [GRID_ROWS, RUNS] as const,
  );
  if (result.written.some((count) => count !== result.rows)) {
    throw new Error(`bench: a grid save wrote ${result.written.join(', ')} of ${result.rows} rows`);
  }
  return { ...result, medianMs: median(result.runsMs) };
}
