import { expect, test, type Page } from '@playwright/test';
import type { Place } from '../src/domain/entities';
import { buildPlace, buildUnit } from '../test/builders';
import { PlacesPage } from './support/places-page';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const NOW = new Date('2026-11-28T09:00:00+07:00');
const shot = screenshots('place-figures');

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});

const enterprises = Array.from({ length: 60 }, (_, index) =>
  buildPlace({
    name: `Doanh nghiệp ${index + 1}`,
    kind: 'enterprise',
    enterpriseSector: index % 7 === 0 ? 'fdi' : 'non_state',
    unitId: commune.id,
  }),
);
const hamlets = Array.from({ length: 5 }, (_, index) =>
  buildPlace({ name: `Thôn ${index + 1}`, unitId: commune.id }),
);

/** `fixedClock: false` keeps the browser's own clock (a fixed one stops User Timing marks). */
async function start(page: Page, places: Place[], fixedClock = true) {
  if (fixedClock) await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune],
    places,
  });
}

/** The figures stored for a year, read straight from IndexedDB (not through the app). */
function storedFigures(page: Page, year: number) {
  return page.evaluate(async (wanted) => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = database.transaction('placeFigures').objectStore('placeFigures').getAll();
    type Row = { year: number; placeId: string; households: number | null };
    const rows: Row[] = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as Row[]);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return rows.filter((row) => row.year === wanted);
  }, year);
}

/** Row n's figures (1-based) as typed: workers, party members, organisation, trade union. */
function typedRow(n: number): [string, string, string, string] {
  return [
    String(100 + n),
    String(n % 4),
    ['riêng', 'ghép', 'chưa có'][n % 3] as string,
    n % 2 ? 'có' : 'không',
  ];
}

/** The same figures as a spreadsheet copies them, in the many ways secretaries write them. */
function pastedRow(n: number): string[] {
  const workers = 1000 + n * 37;
  return [
    n % 2 ? workers.toLocaleString('de-DE') : String(workers), // "1.407" or "1444"
    String(n % 5),
    ['own', 'Chi bộ ghép', 'chua co'][n % 3] as string,
    ['yes', 'FALSE', 'Có', 'không'][n % 4] as string,
  ];
}

/** What the grid shows for a pasted row once each cell is written the grid's way. */
function shownPastedRow(n: number): string[] {
  return [
    (1000 + n * 37).toLocaleString('de-DE'),
    String(n % 5),
    ['riêng', 'ghép', 'chưa có'][n % 3] as string,
    ['có', 'không', 'có', 'không'][n % 4] as string,
  ];
}

test('60 places × 4 figures typed and pasted from a spreadsheet, saved at once, still there after a reload', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page, enterprises, false);
  const places = new PlacesPage(page);
  await places.gotoFigures('enterprise', 2026);
  await expect(page.getByRole('columnheader', { name: 'Số lao động' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Công đoàn' })).toBeVisible();

  // Rows 1–5 typed along the row: Tab moves right, and from the last column to the next row.
  await places.cell('Doanh nghiệp 1', 'Số lao động').click();
  for (let n = 1; n <= 5; n += 1) {
    for (const value of typedRow(n)) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
  }
  await expect(places.cell('Doanh nghiệp 6', 'Số lao động')).toBeFocused();

  // Rows 6–10 typed down each column: Enter moves down, Shift+Enter up, arrows across.
  for (let column = 0; column < 4; column += 1) {
    for (let n = 6; n <= 10; n += 1) {
      await page.keyboard.type(typedRow(n)[column] as string);
      await page.keyboard.press('Enter');
    }
    for (let up = 0; up < 5; up += 1) await page.keyboard.press('Shift+Enter');
    if (column < 3) await page.keyboard.press('ArrowRight');
  }
  await expect(places.cell('Doanh nghiệp 6', 'Công đoàn')).toBeFocused();

  // Typing replaces what a cell holds; Delete clears it; Esc brings back what it held.
  await page.keyboard.press('ArrowLeft');
  await expect(places.cell('Doanh nghiệp 6', 'Chi bộ, tổ chức đảng')).toBeFocused();
  await page.keyboard.type('ghép');
  await page.keyboard.press('Escape');
  await expect(places.cell('Doanh nghiệp 6', 'Chi bộ, tổ chức đảng')).toHaveValue(typedRow(6)[2]);
  await page.keyboard.press('Delete');
  await expect(places.cell('Doanh nghiệp 6', 'Chi bộ, tổ chức đảng')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(places.cell('Doanh nghiệp 6', 'Chi bộ, tổ chức đảng')).toHaveValue(typedRow(6)[2]);

  // Rows 11–60 pasted in one block, as Excel copies it: tabs, CRLF, a final line break.
  const block = Array.from({ length: 50 }, (_, index) => pastedRow(index + 11).join('\t')).join(
    '\r\n',
  );
  await page.evaluate((text) => navigator.clipboard.writeText(`${text}\r\n`), block);
  await places.cell('Doanh nghiệp 11', 'Số lao động').click();
  await page.keyboard.press('Control+V');
  await expect(page.getByText('Đã dán 200 ô.')).toBeAttached();
  await expect(page.getByText('240 ô đã sửa, chưa lưu.')).toBeVisible();

  const expected = [
    ...Array.from({ length: 10 }, (_, index) => typedRow(index + 1)),
    ...Array.from({ length: 50 }, (_, index) => shownPastedRow(index + 11)),
  ];
  expect(await places.gridValues()).toEqual(expected);

  await places.saveFigures(2026);
  await expect(
    page.getByText(
      'Đã lưu số liệu năm 2026 trong một lần ghi: 60 hàng được ghi, 0 hàng không đổi.',
    ),
  ).toBeVisible();
  const saveMs = await page.evaluate(() =>
    performance.getEntriesByName('ptdv:place-figures-save').map((entry) => entry.duration),
  );
  // A measurement, not an assertion: the target is under 200 ms for 60 rows.
  console.log(
    `saving a grid of 60 rows × 4 figures: ${saveMs.map((ms) => ms.toFixed(1)).join(', ')} ms`,
  );
  expect(await storedFigures(page, 2026)).toHaveLength(60);

  await page.reload();
  await expect(places.grid).toBeVisible();
  expect(await places.gridValues()).toEqual(expected);
  await shot.window(page, 'grid-60');
  await expect(page.getByRole('button', { name: 'Khôi phục bản nháp' })).toHaveCount(0);

  // Saving again changes nothing.
  await places.saveFigures(2026);
  await expect(
    page.getByText(
      'Đã lưu số liệu năm 2026 trong một lần ghi: 0 hàng được ghi, 60 hàng không đổi.',
    ),
  ).toBeVisible();
});

test('an invalid cell is marked where it is, named in the summary, and blocks the save', async ({
  page,
}) => {
  await start(page, hamlets);
  const places = new PlacesPage(page);
  await places.gotoFigures('residential', 2026);

  await places.cell('Thôn 1', 'Số hộ').fill('245');
  await places.cell('Thôn 3', 'Số hộ').fill('-5');
  await places.cell('Thôn 4', 'Chi bộ, tổ chức đảng').fill('có');
  await places.cell('Thôn 5', 'Số đảng viên').fill('1,5');
  await places.cell('Thôn 5', 'Số đảng viên').fill('3');
  await expect(places.cell('Thôn 3', 'Số hộ')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('2 ô chưa hợp lệ, chưa lưu được')).toBeVisible();

  await places.saveFigures(2026);
  const summary = page.getByText('Chưa lưu gì: hãy sửa 2 ô chưa hợp lệ ở danh sách dưới đây.');
  await expect(summary).toBeVisible();
  const first = page.getByRole('button', {
    name: 'Hàng 3 (Thôn 3), cột Số hộ: cần một số nguyên không âm',
  });
  await expect(first).toBeVisible();
  await expect(
    page.getByRole('button', {
      name: 'Hàng 4 (Thôn 4), cột Chi bộ, tổ chức đảng: cần “riêng”, “ghép” hoặc “chưa có”',
    }),
  ).toBeVisible();
  expect(await storedFigures(page, 2026)).toHaveLength(0);

  // The summary leads to the cell, whose own message shows beside it.
  await first.click();
  await expect(places.cell('Thôn 3', 'Số hộ')).toBeFocused();
  await expect(places.cell('Thôn 3', 'Số hộ')).toHaveAccessibleDescription(
    'cần một số nguyên không âm',
  );
  await shot(page, 'grid-error');
  await page.setViewportSize({ width: 390, height: 844 });
  await places.cell('Thôn 3', 'Số hộ').focus();
  await shot(page, 'grid-error-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.keyboard.type('1.234');
  await places.cell('Thôn 4', 'Chi bộ, tổ chức đảng').fill('ghep');
  await page.keyboard.press('Tab');
  await expect(places.cell('Thôn 4', 'Chi bộ, tổ chức đảng')).toHaveValue('ghép');
  await expect(summary).toHaveCount(0);
  await places.saveFigures(2026);
  await expect(
    page.getByText('Đã lưu số liệu năm 2026 trong một lần ghi: 4 hàng được ghi, 1 hàng không đổi.'),
  ).toBeVisible();
  await shot(page, 'grid');

  // A pasted block with a word in a number's column: the cell says so, nothing is saved.
  await places.paste(places.cell('Thôn 1', 'Số hộ'), '250\t4\triêng\nkhông rõ\t2\tghép\n');
  await expect(places.cell('Thôn 2', 'Số hộ')).toHaveValue('không rõ');
  await expect(places.cell('Thôn 2', 'Chi bộ, tổ chức đảng')).toHaveValue('ghép');
  await expect(places.cell('Thôn 2', 'Số hộ')).toHaveAttribute('aria-invalid', 'true');
  await places.saveFigures(2026);
  await expect(
    page.getByRole('button', {
      name: 'Hàng 2 (Thôn 2), cột Số hộ: cần một số nguyên không âm',
    }),
  ).toBeVisible();
  expect(
    (await storedFigures(page, 2026)).find((row) => row.placeId === hamlets[0]?.id),
  ).toMatchObject({ households: 245 });
});

test('unsaved cells survive a reload as a draft, offered back like every form’s', async ({
  page,
}) => {
  await start(page, hamlets);
  const places = new PlacesPage(page);
  await places.gotoFigures('residential', 2025);
  await places.cell('Thôn 2', 'Số hộ').fill('310');
  await places.cell('Thôn 2', 'Số đảng viên').fill('x');
  await page.keyboard.press('Enter');
  await page.reload();

  await expect(places.cell('Thôn 2', 'Số hộ')).toHaveValue('');
  await page.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(places.cell('Thôn 2', 'Số hộ')).toHaveValue('310');
  await expect(places.cell('Thôn 2', 'Số đảng viên')).toHaveValue('x');
  await expect(page.getByText('2 ô đã sửa, chưa lưu.')).toBeVisible();
  await places.cell('Thôn 2', 'Số đảng viên').fill('12');
  await places.saveFigures(2025);
  await expect(page.getByText(/1 hàng được ghi, 4 hàng không đổi/)).toBeVisible();

  await page.reload();
  await expect(places.cell('Thôn 2', 'Số đảng viên')).toHaveValue('12');
  await expect(page.getByRole('button', { name: 'Khôi phục bản nháp' })).toHaveCount(0);
});
