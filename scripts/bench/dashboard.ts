// The dashboard's times: a navigation to the whole province's figures for a period, then a
// change of the period in the toolbar, each timed in page time until the key figures are shown
// and settled (page-watch.ts); beside them, in the same page, the naive way (raw-idb.ts).
import type { Page } from '@playwright/test';
import { naiveAdmitted } from './raw-idb';
import { readWatch, type PageWatch } from './page-watch';

export interface Period {
  from: string;
  to: string;
}

export interface DashboardResult {
  /** Navigation → the province's key figures shown (and the app's mark, when it sets one). */
  dashboardMs: number;
  /** Submitting another period in the toolbar → its figures shown. */
  recomputeMs: number;
  naiveDashboardMs: number;
  /** The dashboard's "admitted" for the first period, and the naive count: they must agree. */
  admitted: number;
  naiveAdmitted: number;
  naivePeople: number;
  /** Navigation → the page's first heading: the app started, before any figure. */
  shellMs: number | null;
  /** Figures from the app's own mark 'ptdv:dashboard-figures', when present. */
  markMs: number | null;
  recomputeMarkMs: number | null;
}

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

export async function measureDashboard(
  page: Page,
  first: Period,
  second: Period,
): Promise<DashboardResult> {
  await page.goto(`/dashboard?from=${first.from}&to=${first.to}`);
  const shown = await waitForWatch(page, (watch) => watch.figures.length > 0, 'the figures');
  // A moment for the app's own mark, if it sets one after the figures.
  await page.waitForTimeout(300);
  const settled = await readWatch(page);
  const domAt = (shown.figures[0] as { at: number }).at;
  const markMs = settled.marks[0] ?? null;
  const admitted = admittedOf((shown.figures[0] as { text: string }).text);

  // Another period through the toolbar, as a user types it.
  const before = settled.figures.length;
  const marksBefore = settled.marks.length;
  await page.getByLabel('Từ ngày').fill(second.from);
  await page.getByLabel('Đến ngày').fill(second.to);
  await page.getByRole('button', { name: 'Xem số liệu' }).click();
  const changed = await waitForWatch(
    page,
    (watch) => watch.figures.length > before,
    'the recomputed figures',
  );
  await page.waitForTimeout(300);
  const after = await readWatch(page);
  const submit = [...changed.inputs].reverse().find((input) => input.type === 'submit');
  if (!submit) throw new Error('bench: the period was not submitted');
  const recomputeAt = (changed.figures[before] as { at: number }).at;
  const recomputeMark = after.marks[marksBefore];

  const naive = await naiveAdmitted(page, first);
  return {
    dashboardMs: Math.max(domAt, markMs ?? 0),
    recomputeMs: Math.max(recomputeAt, recomputeMark ?? 0) - submit.at,
    naiveDashboardMs: naive.ms,
    admitted,
    naiveAdmitted: naive.admitted,
    naivePeople: naive.people,
    shellMs: settled.headings[0]?.at ?? null,
    markMs,
    recomputeMarkMs: recomputeMark === undefined ? null : recomputeMark - submit.at,
  };
}
