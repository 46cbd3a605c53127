// Every screen's time on the imported store, the way issue 14's table was taken: full page loads
// of the screen's URL, each timed in page time (ms since the navigation began) until its content
// shows, the median of SCREEN_LOADS loads; and the main thread's longest task meanwhile. A
// screen's content is the app's User Timing mark `ptdv:screen-ready:<screen>` when the page sets
// one (useScreenReady, src/ui/components.tsx; the dashboard's own `ptdv:dashboard-figures`), else a locator of
// what it draws with its data, with no loading placeholder left in <main> (never a "load" event).
// On /people, a search and a stage filter: from the input's event to the rows' count updated.
import type { Page } from '@playwright/test';
import { longTasksSince } from './browser';
import type { ScreenFigure } from './screens-report';

/** Page loads of each screen; the median is the figure. */
export const SCREEN_LOADS = 3;

/** What the page waits for: a mark, or a selector present with <main> free of placeholders. */
interface Signal {
  mark: string;
  /** A CSS selector of the content drawn with the data (any of a comma list). */
  selector: string;
  /** Text none of the selector's elements may be (a placeholder such as '…' or ''). */
  notText?: string[];
}

interface Screen extends Signal {
  key: string;
  path: string;
}

const screen = (key: string, path: string, selector: string, notText?: string[]): Screen => ({
  key,
  path,
  mark: `ptdv:screen-ready:${key}`,
  selector,
  ...(notText ? { notText } : {}),
});

/** The screens in the order timed; `person` is filled in with a person of the store. */
function screensOf(personId: string | null): Screen[] {
  const screens: Screen[] = [
    screen('home', '/', 'main .home-stats .stat__value, main .home-empty'),
    screen('people', '/people', 'main [role="row"].people-table__row--body, main .empty'),
    screen('classes', '/classes', 'main .classes-table tbody tr, main .empty'),
    screen('targets', '/targets', 'main .quota-table, main .targets-table'),
    screen('units', '/units', 'main .unit-tree td.num', ['']),
    {
      key: 'dashboard',
      path: '/dashboard',
      mark: 'ptdv:dashboard-figures',
      selector: 'main [role="group"] .stat__value',
      notText: ['', '…'],
    },
    screen('reports', '/reports', 'main .report-paper'),
    screen('places', '/places', 'main .places-table tbody tr, main .empty'),
    screen('quality', '/quality', 'main .quality-summary, main .empty'),
    screen(
      'sync',
      '/sync',
      'main table[aria-labelledby="sync-board"], main section[aria-labelledby="sync-board"] .sync-text',
    ),
    // The backup card's last backup and the data card's count of people.
    screen('settings', '/settings', 'main section[aria-labelledby^="settings-"] dd', ['…']),
    screen('rules', '/rules', 'main .rules-table tbody tr'),
  ];
  if (personId) {
    screens.splice(2, 0, screen('person', `/people/${personId}`, 'main #facts-heading'));
  }
  return screens;
}

/** In the page: the mark's time if set, else now once the selector shows with no placeholder. */
function shownAt(signal: Signal): number | null {
  const mark = performance.getEntriesByName(signal.mark)[0];
  if (mark) return mark.startTime;
  const main = document.querySelector('main');
  if (!main || main.querySelector('p.muted[role="status"]')) return null;
  const found = Array.from(document.querySelectorAll(signal.selector));
  if (found.length === 0) return null;
  const texts = found.map((node) => node.textContent?.trim() ?? '');
  if (texts.some((text) => signal.notText?.includes(text))) return null;
  return performance.now();
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function loadOnce(page: Page, target: Screen) {
  await page.goto(target.path);
  const handle = await page.waitForFunction(shownAt, target, {
    timeout: 300_000,
    polling: 'raf',
  });
  const at = (await handle.jsonValue()) as number;
  // Long tasks of this page load until its content showed, and a moment after.
  const tasks = await longTasksSince(page, 0);
  return { at, longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0) };
}

/** The /people search and stage filter: input → the count of rows shown updated. */
async function timeFilter(page: Page, act: () => Promise<void>) {
  const count = page.locator('main .people-filters__count');
  const before = (await count.textContent()) ?? '';
  await page.evaluate(() => {
    const state = window as unknown as { __benchInput?: number };
    state.__benchInput = undefined;
    for (const type of ['input', 'change']) {
      document.addEventListener(
        type,
        (event) => {
          state.__benchInput ??= event.timeStamp;
        },
        { capture: true, once: true },
      );
    }
  });
  await act();
  const handle = await page.waitForFunction(
    (previous) => {
      const text = document.querySelector('main .people-filters__count')?.textContent ?? '';
      return text !== previous ? performance.now() : null;
    },
    before,
    { timeout: 120_000, polling: 'raf' },
  );
  const shown = (await handle.jsonValue()) as number;
  const input = await page.evaluate(
    () => (window as unknown as { __benchInput?: number }).__benchInput ?? 0,
  );
  const tasks = await longTasksSince(page, input);
  return {
    ms: shown - input,
    longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
  };
}

async function measureFilters(page: Page, log: (line: string) => void) {
  const search = { runs: [] as number[], longest: 0 };
  const stage = { runs: [] as number[], longest: 0 };
  const people = screensOf(null).find((each) => each.key === 'people') as Screen;
  for (let run = 0; run < SCREEN_LOADS; run += 1) {
    await loadOnce(page, people);
    const searched = await timeFilter(page, () =>
      page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('nguyen thi'),
    );
    search.runs.push(searched.ms);
    search.longest = Math.max(search.longest, searched.longest);
    await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
    const select = page.getByLabel('Giai đoạn', { exact: true });
    const value = await select.locator('option').nth(2).getAttribute('value');
    const filtered = await timeFilter(page, async () => {
      await select.selectOption(value ?? '');
    });
    stage.runs.push(filtered.ms);
    stage.longest = Math.max(stage.longest, filtered.longest);
  }
  const figure = (each: { runs: number[]; longest: number }): ScreenFigure => ({
    ms: Math.round(median(each.runs)),
    runsMs: each.runs.map(Math.round),
    longestTaskMs: Math.round(each.longest),
  });
  log(
    `/people search ${figure(search).ms} ms (${figure(search).runsMs.join(', ')}), ` +
      `stage filter ${figure(stage).ms} ms (${figure(stage).runsMs.join(', ')})`,
  );
  return { peopleSearch: figure(search), peopleFilter: figure(stage) };
}

/** A person of the store to open: the first of the list's links. */
async function somePersonId(page: Page): Promise<string | null> {
  await page.goto('/people');
  const link = page.locator('main a[href^="/people/"]:not([href="/people/new"])').first();
  await link.waitFor({ timeout: 300_000 });
  const href = (await link.getAttribute('href')) ?? '';
  return /^\/people\/([^/?#]+)$/.exec(href)?.[1] ?? null;
}

export async function measureScreens(
  page: Page,
  log: (line: string) => void,
  /** Only these screens (screens-only.ts --only); every one when absent. */
  only?: ReadonlySet<string>,
): Promise<Record<string, ScreenFigure>> {
  const wanted = (key: string) => !only || only.has(key);
  const personId = wanted('person') ? await somePersonId(page) : null;
  const figures: Record<string, ScreenFigure> = {};
  for (const target of screensOf(personId).filter((each) => wanted(each.key))) {
    const runs: number[] = [];
    let longest = 0;
    for (let load = 0; load < SCREEN_LOADS; load += 1) {
      const once = await loadOnce(page, target);
      runs.push(once.at);
      longest = Math.max(longest, once.longest);
    }
    figures[target.key] = {
      ms: Math.round(median(runs)),
      runsMs: runs.map(Math.round),
      longestTaskMs: Math.round(longest),
    };
    log(
      `${target.path.replace(personId ?? '\0', ':id')} ${Math.round(median(runs))} ms ` +
        `(${runs.map(Math.round).join(', ')}), longest task ${Math.round(longest)} ms`,
    );
  }
  const filters = wanted('peopleSearch') ? await measureFilters(page, log) : {};
  return { ...figures, ...filters };
}
