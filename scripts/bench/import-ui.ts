// Imports a dataset through the app's real path, as a user does on /sync: choose files in the
// file input (the worker reads, parses, validates and plans each), wait for the previews,
// press "Áp dụng tất cả", wait until every file is applied (one transaction per file), clear
// the previews, next batch. The province's file goes first: it brings the tree the districts'
// files refer to.
import type { Page } from '@playwright/test';
import type { DatasetFile } from './dataset';

export interface BatchTiming {
  files: number;
  people: number;
  /** Choosing the files → every preview shown. */
  previewMs: number;
  /** "Áp dụng tất cả" → every file applied. */
  applyMs: number;
  /** Page time (performance.now()) of: choosing, previews shown, applied (for the long tasks). */
  pageTimes: { chosen: number; previewed: number; applied: number };
}

export interface ImportResult {
  /** Sum of the batches' time, choosing the files → the last file applied. */
  importMs: number;
  batches: BatchTiming[];
  /** Page time (performance.now()) when the first batch was chosen and the last one applied. */
  pageWindow: { from: number; to: number };
}

const CHOOSE = 'Chọn tệp để nhập';
const APPLY_ALL = /^Áp dụng tất cả tệp hợp lệ/;
const APPLIED = 'Đã áp dụng';
const REFUSED = 'Bị từ chối';
const CLEAR = 'Xóa danh sách xem trước';

interface CardState {
  cards: number;
  ready: number;
  applied: number;
  refused: string[];
}

/** The preview cards on the page: how many, ready to apply, applied, refused (with why). */
function cardState(page: Page): Promise<CardState> {
  return page.evaluate(
    ({ applied, refused }) => {
      const cards = Array.from(document.querySelectorAll('article.sync-preview'));
      const badge = (card: Element) =>
        card.querySelector('.sync-preview__header .badge')?.textContent?.trim() ?? '';
      return {
        cards: cards.length,
        ready: cards.filter((card) => card.querySelector('.sync-counts')).length,
        applied: cards.filter((card) => badge(card) === applied).length,
        refused: cards
          .filter((card) => badge(card) === refused || card.querySelector('.alert--error') !== null)
          .map(
            (card) =>
              `${card.querySelector('h3')?.textContent ?? ''}: ${Array.from(
                card.querySelectorAll('.alert--error'),
              )
                .map((alert) => alert.textContent)
                .join(' / ')}`,
          ),
      };
    },
    { applied: APPLIED, refused: REFUSED },
  );
}

async function waitFor(
  page: Page,
  done: (state: CardState) => boolean,
  what: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await cardState(page);
    if (state.refused.length > 0) {
      throw new Error(`bench: a file was refused while ${what}:\n${state.refused.join('\n')}`);
    }
    if (done(state)) return;
    if (Date.now() > deadline) {
      throw new Error(`bench: timed out ${what} (${JSON.stringify(state)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function importThroughUi(
  page: Page,
  batches: DatasetFile[][],
  log: (line: string) => void,
): Promise<ImportResult> {
  const input = page.getByLabel(CHOOSE);
  const applyAll = page.getByRole('button', { name: APPLY_ALL });
  const timings: BatchTiming[] = [];
  let from = Number.NaN;
  let to = Number.NaN;
  for (const [index, batch] of batches.entries()) {
    const count = batch.length;
    const pageStart = await page.evaluate(() => performance.now());
    if (index === 0) from = pageStart;
    const started = performance.now();
    await input.setInputFiles(batch.map((file) => file.path));
    await waitFor(
      page,
      (state) => state.cards === count && state.ready === count,
      'previewing',
      600_000,
    );
    const previewed = performance.now();
    const pagePreviewed = await page.evaluate(() => performance.now());
    await applyAll.click();
    await waitFor(page, (state) => state.applied === count, 'applying', 600_000);
    const applied = performance.now();
    to = await page.evaluate(() => performance.now());
    const people = batch.reduce((sum, file) => sum + file.people, 0);
    timings.push({
      files: count,
      people,
      previewMs: Math.round(previewed - started),
      applyMs: Math.round(applied - previewed),
      pageTimes: {
        chosen: Math.round(pageStart),
        previewed: Math.round(pagePreviewed),
        applied: Math.round(to),
      },
    });
    log(
      `  batch ${index + 1}/${batches.length}: ${count} file(s), ${people} people — preview ` +
        `${Math.round(previewed - started)} ms, apply ${Math.round(applied - previewed)} ms`,
    );
    await page.getByRole('button', { name: CLEAR }).click();
    await waitFor(page, (state) => state.cards === 0, 'clearing', 30_000);
  }
  return {
    importMs: timings.reduce((sum, batch) => sum + batch.previewMs + batch.applyMs, 0),
    batches: timings,
    pageWindow: { from, to },
  };
}
