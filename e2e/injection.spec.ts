// Text from an imported file is shown as text, never as markup: a unit, a person, a decision
// number, a class or a quota document named like an HTML attack appears exactly as typed on
// every screen and in the CSV, and no element or handler is created from it. Any dialog fails
// the test too, though the app's Content-Security-Policy would block an inline handler anyway:
// the DOM checks are what prove the text never became markup.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../test/builders';
import { DashboardPage } from './support/dashboard-page';
import { downloadOf } from './support/downloads';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { PersonForm } from './support/person-form';
import { seed } from './support/seed';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const NOW = new Date('2026-11-28T09:00:00+07:00');
const shot = screenshots('injection');

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '"><svg onload=alert(1)>';
const PAYLOADS = [IMG, SCRIPT, SVG];

const province = buildUnit({ name: 'Tỉnh ủy Tân Lập', code: 'TU', kind: 'province' });
const uppers = PAYLOADS.map((name, index) =>
  buildUnit({
    name,
    code: `DB-${index + 1}`,
    kind: 'upper',
    sector: 'commune',
    parentId: province.id,
    updatedAt: '2026-11-20T08:00:00.000Z',
  }),
);
const cells = uppers.map((upper, index) =>
  buildUnit({
    name: `Chi bộ ${PAYLOADS[index]}`,
    code: `CB-${index + 1}`,
    kind: 'cell',
    parentId: upper.id,
    updatedAt: '2026-11-20T08:00:00.000Z',
  }),
);
const people = cells.map((cell, index) =>
  buildPerson({
    unitId: cell.id,
    fullName: PAYLOADS[index],
    decisionNo: PAYLOADS[index],
    gender: index === 1 ? 'female' : 'male',
    updatedAt: '2026-11-20T08:00:00.000Z',
    milestones: { decisionOn: '2026-03-02', admittedOn: '2026-03-20' },
  }),
);
const classes = uppers.map((upper, index) =>
  buildClass({
    unitId: upper.id,
    title: PAYLOADS[index],
    updatedAt: '2026-11-20T08:00:00.000Z',
  }),
);
const targets = uppers.map((upper, index) =>
  buildTarget({
    unitId: upper.id,
    fromYear: 2026,
    toYear: 2026,
    admissions: 2,
    document: PAYLOADS[index],
    updatedAt: '2026-11-20T08:00:00.000Z',
  }),
);
const memberCounts = uppers.map((upper) =>
  buildMemberCount({ unitId: upper.id, year: 2026, total: 40 }),
);

const FILE_NAME = `${SVG}.ptdv.json`;

function attackFile() {
  const document = exchangeDocument({
    source: province,
    units: [...uppers, ...cells],
    people,
    classes,
    targets,
    memberCounts,
  });
  // The envelope's own text members too.
  document.source = { unitId: province.id, unitCode: 'TU', unitName: IMG, app: SCRIPT };
  return inputFile(FILE_NAME, JSON.stringify(document, null, 2));
}

/** Every dialog the page opens (alert, confirm, prompt): none may come from the data. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

/** No element, handler or script was made from the payloads. */
async function expectNoInjectedMarkup(page: Page) {
  const found = await page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    scripts: Array.from(document.scripts).filter((script) =>
      (script.textContent ?? '').includes('alert(1)'),
    ).length,
    svgInBody: Array.from(document.querySelectorAll('svg')).filter((svg) =>
      svg.hasAttribute('onload'),
    ).length,
  }));
  expect(found).toEqual({ imgX: 0, handlers: 0, scripts: 0, svgInBody: 0 });
}

/** Each payload is on the screen exactly as typed, as text. */
async function expectPayloadTexts(page: Page, texts: readonly string[] = PAYLOADS) {
  for (const text of texts) {
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  }
}

test('names like HTML from an imported file show as typed on every screen and in the CSV', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs = watchDialogs(page);
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'province', homeUnitId: province.id },
    units: [province],
  });

  // Import through the real file input.
  const sync = new SyncPage(page);
  await sync.goto();
  await sync.importFiles([attackFile()]);
  const card = sync.card(FILE_NAME);
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: FILE_NAME, exact: true })).toBeVisible();
  await expect(card).toContainText(`${IMG} (TU)`);
  await sync.apply(FILE_NAME);
  await expectNoInjectedMarkup(page);
  await shot(page, 'sync');

  // People: the list, then one person's page with the decision number.
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 3 / 3 người')).toBeVisible();
  for (const name of PAYLOADS) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expectNoInjectedMarkup(page);
  await shot(page, 'people');
  await page.getByRole('link', { name: IMG, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(IMG);
  await expect(page.getByText(`Chi bộ ${IMG}`, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`Số ${IMG}`, { exact: false })).toBeVisible();
  await expectNoInjectedMarkup(page);
  await shot(page, 'person');
  // The edit form holds the text as the input's value.
  const form = new PersonForm(page);
  await form.gotoEdit(people[2]!.id);
  await expect(form.fullName).toHaveValue(SVG);
  await expect(form.decisionNo).toHaveValue(SVG);
  await expectNoInjectedMarkup(page);

  // Units: the tree and a unit's details.
  await page.goto('/units');
  for (const name of PAYLOADS) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: `Chi bộ ${name}`, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: SCRIPT, exact: true }).click();
  await expect(page.getByRole('region', { name: 'Chi tiết đơn vị' })).toContainText(SCRIPT);
  await expectNoInjectedMarkup(page);
  await shot(page, 'units');

  // Classes and quotas.
  await page.goto('/classes');
  await expectPayloadTexts(page);
  await expectNoInjectedMarkup(page);
  await shot(page, 'classes');
  await page.goto('/targets');
  await expectPayloadTexts(page);
  await expectNoInjectedMarkup(page);
  await shot(page, 'targets');

  // The dashboard's table of units, and a chart saved as PNG with a payload among its labels.
  const dashboard = new DashboardPage(page);
  await dashboard.goto('unit=TU&from=2026-01-01&to=2026-12-31');
  const unitTable = dashboard.units.getByRole('table');
  for (const name of PAYLOADS) {
    await expect(unitTable.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expectNoInjectedMarkup(page);
  await shot(page, 'dashboard');
  // The first chart of the page; its drawing is an <svg> (no role of its own to find it by).
  const chart = dashboard.chart('Kết nạp đảng viên mới theo thời gian');
  await chart.locator('svg').first().waitFor();
  // A label carrying the payload, as a chart would draw a unit's name: serialising escapes it.
  const serialised = await chart.evaluate((frame, text) => {
    const svgs = Array.from(frame.querySelectorAll('svg'));
    const surface = svgs.sort(
      (a, b) =>
        b.getBoundingClientRect().width * b.getBoundingClientRect().height -
        a.getBoundingClientRect().width * a.getBoundingClientRect().height,
    )[0]!;
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    label.textContent = text;
    surface.append(label);
    return new XMLSerializer().serializeToString(surface);
  }, IMG);
  expect(serialised).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(serialised).not.toContain(IMG);
  const png = await downloadOf(page, () =>
    chart.getByRole('button', { name: 'Lưu ảnh PNG' }).click(),
  );
  const pngBytes = await readFile(await png.path());
  expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await expectNoInjectedMarkup(page);

  // The report, on screen and as CSV.
  await page.goto('/reports?unit=TU&from=2026-01-01&to=2026-12-31');
  const report = page.getByRole('article', { name: /BÁO CÁO/ });
  for (const name of PAYLOADS) {
    await expect(report.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expectNoInjectedMarkup(page);
  await shot(page, 'report');
  const csvDownload = await downloadOf(page, () =>
    page.getByRole('button', { name: 'CSV quốc tế (dấu phẩy)' }).click(),
  );
  const csv = (await readFile(await csvDownload.path())).toString('utf8');
  expect(csv).toContain(`\r\n${IMG},Năm 2026,2,1,50\r\n`);
  expect(csv).toContain(`\r\n${SCRIPT},Năm 2026,2,1,50\r\n`);
  // RFC 4180: the quote is doubled inside a quoted field.
  expect(csv).toContain(`\r\n"""><svg onload=alert(1)>",Năm 2026,2,1,50\r\n`);

  // The import history names the file and its source as text.
  await sync.goto();
  await expect(page.getByText(FILE_NAME, { exact: false }).first()).toBeVisible();
  await expectNoInjectedMarkup(page);

  expect(dialogs).toEqual([]);
});
