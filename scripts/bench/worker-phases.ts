// Where the import worker's time went: the worker marks its phases with performance.measure
// ('ptdv:import:<phase>'); their durations are summed per phase, read from the worker itself.
import type { Page } from '@playwright/test';

export async function workerPhases(page: Page): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const worker of page.workers()) {
    const entries = await worker
      .evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('ptdv:import:'))
          .map((entry) => ({ name: entry.name, duration: entry.duration })),
      )
      .catch(() => []);
    for (const { name, duration } of entries) {
      const phase = name.slice('ptdv:import:'.length);
      totals[phase] = Math.round((totals[phase] ?? 0) + duration);
    }
  }
  return totals;
}
