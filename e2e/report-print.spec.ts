// The report printed to PDF (A4, as Chromium's "Save as PDF" makes it) for the demo province's
// term, read back page by page with pdftotext (poppler-utils): no table's caption or section
// heading is the last text of a page, a caption is on the page of its table's first rows, a
// table of a few rows is on one page, and a total is never alone at the top of a page.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';

const pdftotext = spawnSync('pdftotext', ['-v']).status === 0;
if (!pdftotext) {
  console.warn(
    '\n*** pdftotext (poppler-utils) is not installed: the printed report is NOT checked. ***\n',
  );
}
const shot = screenshots('report-print');

/** What the page shows of each table: its caption and each row's first cell, in order. */
interface PrintedTable {
  caption: string;
  rows: string[];
}

async function printedTables(page: Page): Promise<PrintedTable[]> {
  return page.locator('.report-table').evaluateAll((tables) =>
    tables.map((table) => ({
      caption: table.querySelector('caption')?.textContent?.trim() ?? '',
      rows: Array.from(table.querySelectorAll('tbody tr')).map(
        (row) => row.firstElementChild?.textContent?.trim() ?? '',
      ),
    })),
  );
}

/** The PDF's text, page by page, line by line (spaces squeezed). */
function pdfPages(pdf: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** A text's first words, as a wrapped cell still starts its first line with them. */
const start = (text: string) => text.replace(/\s+/g, ' ').slice(0, 18).trim();

test.skip(!pdftotext, 'pdftotext is not installed');

test('the printed report keeps every heading with its table and small tables whole', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const setup = new SetupPage(page);
  await setup.loadDemo('small');
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 120_000 });

  await page.goto('/reports?from=2020-01-01&to=2025-12-31');
  const report = page.getByRole('article');
  await expect(report).toContainText(/kết nạp được [\d.]+ đảng viên mới/, { timeout: 60_000 });
  const tables = await printedTables(page);
  expect(tables.length).toBeGreaterThanOrEqual(5);
  const sections = await report.locator('h3.report-section').allTextContents();

  const pdf = test.info().outputPath('report.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = pdfPages(pdf);
  expect(pages.length).toBeGreaterThan(2);
  const flat = pages.flatMap((lines, pageIndex) => lines.map((line) => ({ pageIndex, line })));

  // No caption or section heading ends a page.
  const headings = [...tables.map((table) => table.caption), ...sections].map(start);
  for (const [index, lines] of pages.slice(0, -1).entries()) {
    const last = lines.at(-1) ?? '';
    for (const heading of headings) {
      expect(last.startsWith(heading), `page ${index + 1} ends with "${last}"`).toBe(false);
    }
  }

  // Each table, found in order: its caption and rows, on which page each is.
  let cursor = 0;
  for (const table of tables) {
    const find = (text: string) => {
      const at = flat.findIndex((entry, index) => index >= cursor && entry.line.includes(text));
      expect(at, `"${text}" printed after line ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
      return flat[at]?.pageIndex ?? -1;
    };
    const captionPage = find(start(table.caption));
    const rowPages = table.rows.map((row) => find(start(row)));
    const label = `${table.caption} (${table.rows.length} rows)`;
    // The caption and heading stay with the first rows.
    expect(
      rowPages.slice(0, 3).every((at) => at === captionPage),
      label,
    ).toBe(true);
    // A table of a few rows is on one page.
    if (table.rows.length <= 15) {
      expect(
        rowPages.every((at) => at === captionPage),
        label,
      ).toBe(true);
    }
    // The total (the last row) has the row above it on its page.
    if (rowPages.length >= 2) expect(rowPages.at(-1), label).toBe(rowPages.at(-2));
  }
  await shot(page, 'report-1366');
});
