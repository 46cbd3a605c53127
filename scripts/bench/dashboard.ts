// The dashboard's times: page loads of the whole province's figures for a period, then changes
// of the period in the toolbar, each timed in page time until the key figures are shown
// (page-watch.ts; medians of several); beside them, in the same page, the naive way (raw-idb.ts).
import type { Page } from '@playwright/test';
import { naiveAdmitted } from './raw-idb';
import { readWatch, type PageWatch } from './page-watch';

export interface Period {
  from: string;
  to: string;
}

export interface DashboardResult {
  /** Navigation → the province's key figures shown: the median of NAVIGATIONS page loads. */
  dashboardMs: number;
  /** The same, each navigation in turn (the first right after the import). */
  dashboardRunsMs: number[];
  /** Navigation → the figures settled (the aggregates' check done), median. */
  settledMs: number;
  /**
   * Navigation → the whole page drawn, median: the last change of <main> (nodes or text) before
   * it stayed still for QUIET_MS with no loading placeholder left, the figures settled. Every
   * section counts, whatever it reads, however it loads (lazy chunks, queries of its own).
   */
  completeMs: number;
  completeRunsMs: number[];
  /** Submitting another period in the toolbar → its figures shown: median of the changes. */
  recomputeMs: number;
  recomputeRunsMs: number[];
  naiveDashboardMs: number;
  /** The dashboard's "admitted" for the first period, and the naive count: they must agree. */
  admitted: number;
  naiveAdmitted: number;
  naivePeople: number;
  /** Navigation → the page's first heading (the app started), median. */
  shellMs: number | null;
}

/** Page loads of the dashboard timed; the median is the figure. */
export const NAVIGATIONS = 5;
/** Period changes timed (second, first, second… period in turn). */
const CHANGES = 4;
/** How long <main> stays unchanged before the page counts as drawn. */
const QUIET_MS = 1_000;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function waitForWatch(
  page: Page,
  done: (watch: PageWatch) => boolean,
  what: string,
  timeoutMs = 120_000,
): Promise<PageWatch> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const watch = await readWatch(page).catch(() => null);
    if (watch && done(watch)) return watch;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first number of the KPI text ("Kết nạp đảng viên mới", vi-VN digits grouped with dots). */
function admittedOf(text: string): number {
  return Number((text.split('|')[0] ?? '').replace(/\./g, ''));
}

/** One page load of the dashboard: when the figures were shown, settled, and the heading. */
async function loadOnce(page: Page, period: Period) {
  await page.goto(`/dashboard?from=${period.from}&to=${period.to}`);
  const watch = await waitForWatch(
    page,
    (each) => each.figures.length > 0 && each.settled.length > 0,
    'the figures',
  );
  const drawn = await waitForWatch(
    page,
    (each) => {
      const last = each.drawn[each.drawn.length - 1];
      return last !== undefined && !last.loading && each.now - last.at >= QUIET_MS;
    },
    'the whole page',
  );
  const completeMs = (drawn.drawn[drawn.drawn.length - 1] as { at: number }).at;
  // The figures the first time they were shown: the app's mark when it sets one (after React
  // committed them), else the DOM's.
  const first = watch.figures[0] as { at: number; text: string };
  const settled = watch.settled[watch.settled.length - 1] as { at: number; text: string };
  if (settled.text !== first.text) {
    // The check found the aggregates short and rebuilt them: the figures first shown were not
    // the store's, so the time is that of the settled ones.
    return {
      shownMs: settled.at,
      settledMs: settled.at,
      completeMs,
      text: settled.text,
      heading: watch.headings[0]?.at ?? null,
    };
  }
  return {
    shownMs: Math.max(first.at, watch.marks[0] ?? 0),
    settledMs: settled.at,
    completeMs,
    text: settled.text,
    heading: watch.headings[0]?.at ?? null,
  };
}

export async function measureDashboard(
  page: Page,
  first: Period,
  second: Period,
): Promise<DashboardResult> {
  const loads = [];
  for (let run = 0; run < NAVIGATIONS; run += 1) loads.push(await loadOnce(page, first));
  const last = loads[loads.length - 1] as Awaited<ReturnType<typeof loadOnce>>;
  const admitted = admittedOf(last.text);
  if (loads.some((load) => load.text !== last.text)) {
    throw new Error('bench: the dashboard showed different figures on different loads');
  }

  // Other periods through the toolbar, as a user types them, on the last page load.
  const recomputes: number[] = [];
  for (let change = 0; change < CHANGES; change += 1) {
    const period = change % 2 === 0 ? second : first;
    const before = await readWatch(page);
    await page.getByLabel('Từ ngày').fill(period.from);
    await page.getByLabel('Đến ngày').fill(period.to);
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    const changed = await waitForWatch(
      page,
      (watch) => watch.figures.length > before.figures.length,
      'the recomputed figures',
    );
    const submit = changed.inputs
      .slice(before.inputs.length)
      .find((input) => input.type === 'submit');
    if (!submit) throw new Error('bench: the period was not submitted');
    const shownAt = (changed.figures[before.figures.length] as { at: number }).at;
    // The app's own mark of those figures, when it sets one shortly after.
    await page.waitForTimeout(100);
    const after = await readWatch(page);
    const mark = after.recomputeMarks[before.recomputeMarks.length];
    recomputes.push(Math.max(shownAt, mark ?? 0) - submit.at);
  }

  const naive = await naiveAdmitted(page, first);
  const headings = loads.flatMap((load) => (load.heading == null ? [] : [load.heading]));
  return {
    dashboardMs: median(loads.map((load) => load.shownMs)),
    dashboardRunsMs: loads.map((load) => load.shownMs),
    settledMs: median(loads.map((load) => load.settledMs)),
    completeMs: median(loads.map((load) => load.completeMs)),
    completeRunsMs: loads.map((load) => load.completeMs),
    recomputeMs: median(recomputes),
    recomputeRunsMs: recomputes,
    naiveDashboardMs: naive.ms,
    admitted,
    naiveAdmitted: naive.admitted,
    naivePeople: naive.people,
    shellMs: headings.length > 0 ? median(headings) : null,
  };
}
