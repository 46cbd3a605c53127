// An init script for the pages the benchmark times: it notes, in page time (ms since the
// navigation began), when the dashboard's key figures are shown (the KPI group present, every
// value filled in), each time they change, and when they are settled (the group no longer
// aria-busy: the app's check that its aggregates hold every person is done); when the app marks
// 'ptdv:dashboard-figures' (if it does); when each first-level heading appears; when the page's
// main region changed (nodes or text: every section drawing, whatever it reads), and whether an
// app's loading placeholder (`Loading`, src/ui/components.tsx) was in it then; and when the user submits a form or
// changes a select. Nothing here runs work of its own between events.
import type { BrowserContext, Page } from '@playwright/test';

export interface PageWatch {
  figures: { at: number; text: string }[];
  /** When the figures group stopped being aria-busy, with the figures then. */
  settled: { at: number; text: string }[];
  marks: number[];
  /** The app's marks of figures recomputed for another view ('ptdv:dashboard-recomputed'). */
  recomputeMarks: number[];
  /** Each first-level heading the page showed, when it first appeared. */
  headings: { at: number; text: string }[];
  inputs: { at: number; type: string }[];
  /** Each change of nodes or text in <main>, and whether a loading placeholder was there. */
  drawn: { at: number; loading: boolean }[];
  /** The page's clock when the watch was read. */
  now: number;
}

export async function installPageWatch(context: BrowserContext, kpiLabel: string): Promise<void> {
  await context.addInitScript((label: string) => {
    const watch: PageWatch = {
      figures: [],
      settled: [],
      marks: [],
      recomputeMarks: [],
      headings: [],
      inputs: [],
      drawn: [],
      now: 0,
    };
    (window as unknown as { __benchWatch: PageWatch }).__benchWatch = watch;
    let lastText = '';
    let lastSettled = '';
    const check = () => {
      const now = performance.now();
      const heading = document.querySelector('h1')?.textContent?.trim();
      if (heading && !watch.headings.some((seen) => seen.text === heading)) {
        watch.headings.push({ at: now, text: heading });
      }
      const group = document.querySelector(`[role="group"][aria-label="${label}"]`);
      if (!group) return;
      const values = Array.from(group.querySelectorAll('.stat__value')).map(
        (node) => node.textContent?.trim() ?? '',
      );
      if (values.length === 0 || values.some((value) => value === '' || value === '…')) return;
      const text = values.join('|');
      if (text !== lastText) {
        lastText = text;
        watch.figures.push({ at: now, text });
      }
      const busy = group.getAttribute('aria-busy') === 'true';
      if (busy) lastSettled = '';
      else if (text !== lastSettled) {
        lastSettled = text;
        watch.settled.push({ at: now, text });
      }
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    new MutationObserver((records) => {
      const main = document.querySelector('main');
      if (!main || !records.some((record) => main.contains(record.target))) return;
      const loading = main.querySelector('p.muted[role="status"]') !== null;
      watch.drawn.push({ at: performance.now(), loading });
    }).observe(document, { subtree: true, childList: true, characterData: true });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'ptdv:dashboard-figures') watch.marks.push(entry.startTime);
          if (entry.name === 'ptdv:dashboard-recomputed') {
            watch.recomputeMarks.push(entry.startTime);
          }
        }
      }).observe({ type: 'mark', buffered: true });
    } catch {
      // No mark observer: the DOM's figures alone.
    }
    for (const type of ['submit', 'change']) {
      document.addEventListener(
        type,
        (event) => watch.inputs.push({ at: event.timeStamp, type }),
        true,
      );
    }
  }, kpiLabel);
}

export function readWatch(page: Page): Promise<PageWatch> {
  return page.evaluate(() => ({
    ...(window as unknown as { __benchWatch: PageWatch }).__benchWatch,
    now: performance.now(),
  }));
}
