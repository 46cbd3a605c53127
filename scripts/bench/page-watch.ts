// An init script for the pages the benchmark times: it notes, in page time (ms since the
// navigation began), when the dashboard's key figures are shown and settled (the KPI group
// present, not aria-busy, every value filled in), each time they change; when the app marks
// 'ptdv:dashboard-figures' (if it does); when each first-level heading appears; and when the
// user submits a form or changes a select. Nothing here runs work of its own between events.
import type { BrowserContext, Page } from '@playwright/test';

export interface PageWatch {
  figures: { at: number; text: string }[];
  marks: number[];
  /** Each first-level heading the page showed, when it first appeared. */
  headings: { at: number; text: string }[];
  inputs: { at: number; type: string }[];
}

export async function installPageWatch(context: BrowserContext, kpiLabel: string): Promise<void> {
  await context.addInitScript((label: string) => {
    const watch: PageWatch = { figures: [], marks: [], headings: [], inputs: [] };
    (window as unknown as { __benchWatch: PageWatch }).__benchWatch = watch;
    let lastText = '';
    const check = () => {
      const now = performance.now();
      const heading = document.querySelector('h1')?.textContent?.trim();
      if (heading && !watch.headings.some((seen) => seen.text === heading)) {
        watch.headings.push({ at: now, text: heading });
      }
      const group = document.querySelector(`[role="group"][aria-label="${label}"]`);
      if (!group || group.getAttribute('aria-busy') === 'true') return;
      const values = Array.from(group.querySelectorAll('.stat__value')).map(
        (node) => node.textContent?.trim() ?? '',
      );
      if (values.length === 0 || values.some((value) => value === '' || value === '…')) return;
      const text = values.join('|');
      if (text !== lastText) {
        lastText = text;
        watch.figures.push({ at: now, text });
      }
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'ptdv:dashboard-figures') watch.marks.push(entry.startTime);
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
  return page.evaluate(() => (window as unknown as { __benchWatch: PageWatch }).__benchWatch);
}
