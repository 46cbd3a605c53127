// The data checks' time: page loads of /quality for the whole province, each timed in page time
// from the navigation until the counts are shown (the summary's total), and the main thread's
// longest task meanwhile (long tasks, browser.ts). The median of several loads is the figure.
import type { Page } from '@playwright/test';
import { longTasksSince } from './browser';

export interface QualityResult {
  /** Navigation → the counts shown, median of QUALITY_LOADS loads. */
  qualityMs: number;
  qualityRunsMs: number[];
  /** The longest main-thread task during the loads. */
  qualityLongestTaskMs: number;
  /** The total the page showed ("Tổng số vấn đề: …"), kept in the report. */
  qualityTotal: string;
}

const QUALITY_LOADS = 3;

export async function measureQuality(
  page: Page,
  log: (line: string) => void,
): Promise<QualityResult> {
  log('data checks (/quality)');
  const runs: number[] = [];
  let longest = 0;
  let total = '';
  for (let load = 0; load < QUALITY_LOADS; load += 1) {
    await page.goto('/quality');
    const handle = await page.waitForFunction(
      () => {
        const found = Array.from(document.querySelectorAll('p')).find((p) =>
          p.textContent?.startsWith('Tổng số vấn đề'),
        );
        const empty = Array.from(document.querySelectorAll('h2')).find(
          (h) => h.textContent === 'Không phát hiện vấn đề',
        );
        const shown = found ?? empty;
        return shown ? { at: performance.now(), text: shown.textContent ?? '' } : null;
      },
      undefined,
      { timeout: 300_000, polling: 'raf' },
    );
    const shown = (await handle.jsonValue()) as { at: number; text: string };
    runs.push(shown.at);
    total = shown.text;
    for (const task of await longTasksSince(page, 0)) longest = Math.max(longest, task.duration);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value);
  log(
    `/quality counts shown in ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms (runs ` +
      `${runs.map(ms).join(', ')}), longest main-thread task ${ms(longest)} ms; ${total}`,
  );
  return {
    qualityMs: ms(sorted[Math.floor(sorted.length / 2)] ?? 0),
    qualityRunsMs: runs.map(ms),
    qualityLongestTaskMs: ms(longest),
    qualityTotal: total,
  };
}
