// The smoke run every browser goes through, written once against a small driver (Firefox's and
// WebKit's are in firefox.mjs and webkit.mjs): the first-run set-up, a person added through the
// form, an exchange file imported through the real file input, the dashboard's figures, and the
// app opening with its data after the server is gone (the service worker). Any page error or
// console error fails the run.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as inPage from './in-page.mjs';

const FIXTURE = new URL('../../e2e/fixtures/v1-unit-file.ptdv.json', import.meta.url);
const HOME = { code: 'HLS', name: 'Huyện ủy Lâm Sơn', kind: 'Đảng bộ trực thuộc Tỉnh ủy' };
const PERSON = 'Cầm Thị Đào';
/** The year the dashboard shows: the fixture's three admissions of 2026, and the person's. */
const DASHBOARD = `/dashboard?unit=${HOME.code}&from=2026-01-01&to=2026-12-31`;
const TIMEOUT = 20_000;

/** Polls `fn` in the page until it returns something truthy (no fixed sleeps), or fails. */
export async function waitFor(driver, what, fn, ...args) {
  return poll(driver, what, () => driver.call(fn, ...args));
}

/** The element `fn` finds in the page, once it is there. */
function find(driver, what, fn, ...args) {
  return poll(driver, what, () => driver.handle(fn, ...args));
}

async function poll(driver, what, read) {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    let last;
    try {
      last = await read();
      if (last) return last;
    } catch (error) {
      // A navigation under way destroys the page's context: read again in the next one.
      last = error.message.split('\n')[0];
    }
    if (Date.now() > end) {
      // What the page reported meanwhile often says why.
      const errors = await driver.errors().catch(() => []);
      throw new Error(
        `${driver.name}: timed out waiting for ${what} (last: ${JSON.stringify(last)})` +
          errors.map((error) => `\n${error}`).join(''),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const field = (driver, label) => find(driver, `the field "${label}"`, inPage.control, label);
const buttonNamed = (driver, name) => find(driver, `the button "${name}"`, inPage.button, name);

async function type(driver, label, text) {
  await driver.type(await field(driver, label), text);
}

async function pick(driver, label, value) {
  const ok = await driver.call(inPage.pick, await field(driver, label), value);
  if (!ok) throw new Error(`${driver.name}: "${label}" did not take "${value}"`);
}

async function press(driver, name) {
  await driver.click(await buttonNamed(driver, name));
}

function expectEqual(driver, what, actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${driver.name}: ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

/**
 * Goes to a screen inside the app, as a link does: the document stays, so nothing it is still
 * loading is cut off (Firefox reports a module cut off that way as failed, and one reload later
 * may fail to load it through the service worker).
 */
async function visit(driver, path) {
  await driver.call(inPage.visit, path);
  await waitFor(driver, path, inPage.at, `^${path.split('?')[0]}$`);
}

/**
 * Waits until the page is done loading: every screen's module fetched (the app does it when
 * idle), then no new file for half a second. Only then is the page left (the offline reload).
 */
async function settle(driver, pages) {
  let count = await waitFor(driver, "every screen's module loaded", inPage.loaded, pages);
  const end = Date.now() + TIMEOUT;
  for (;;) {
    // The interval of the poll: a file fetched within it counts as not settled yet.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await driver.call(inPage.loaded, pages);
    if (now === count) return;
    if (Date.now() > end) throw new Error(`${driver.name}: the page never stopped loading`);
    count = now;
  }
}

async function setUp(driver, log) {
  await driver.goto('/');
  await waitFor(driver, 'the first-run page', inPage.at, '^/setup$');
  await waitFor(driver, 'its heading', inPage.shows, 'Thiết lập ban đầu');
  await type(driver, 'Mã đơn vị', HOME.code);
  await type(driver, 'Tên đơn vị', HOME.name);
  await pick(driver, 'Loại tổ chức đảng', HOME.kind);
  await press(driver, 'Hoàn tất thiết lập');
  await waitFor(driver, 'the home page', inPage.at, '^/$');
  await waitFor(
    driver,
    'the welcome and the home unit',
    inPage.shows,
    'Đã thiết lập xong.',
    HOME.name,
  );
  log('set-up: installation and home unit created');
}

async function addPerson(driver, log) {
  await visit(driver, '/people/new');
  await type(driver, 'Họ và tên', PERSON);
  await pick(driver, 'Giới tính', 'Nữ');
  await pick(driver, 'Ngày sinh', '2001-09-01');
  await type(driver, 'Dân tộc', 'Thái');
  await pick(driver, 'Tổ chức đảng', HOME.name);
  await pick(driver, 'Nghề nghiệp', 'Nông dân');
  const milestones = [
    ['Vào danh sách nguồn', '2025-01-10'],
    ['Giấy chứng nhận lớp nhận thức về Đảng', '2025-04-14'],
    ['Đơn xin vào Đảng', '2025-06-02'],
    ['Nghị quyết chi bộ', '2025-09-10'],
    ['Quyết định kết nạp', '2025-12-01'],
    ['Lễ kết nạp (ngày vào Đảng)', '2026-01-15'],
  ];
  for (const [label, date] of milestones) await pick(driver, label, date);
  await type(driver, 'Số quyết định kết nạp', '15-QĐ/HU');
  await press(driver, 'Lưu');
  await waitFor(driver, "the person's page", inPage.at, '^/people/[0-9a-f-]{36}$');
  await waitFor(driver, 'the saved name and stage', inPage.shows, PERSON, 'Đảng viên dự bị');
  log(`person added through the form: ${PERSON}, admitted 15/01/2026`);
}

/** The fixture's commune, hung under this installation's home unit (as its district sends it). */
async function exchangeFile(driver) {
  const homeId = await driver.call(inPage.homeUnitId);
  if (!homeId) throw new Error(`${driver.name}: no home unit in the store`);
  const document = JSON.parse(await readFile(FIXTURE, 'utf8'));
  const source = document.units.find((unit) => unit.id === document.source.unitId);
  source.parentId = homeId;
  const path = join(tmpdir(), `ptdv-smoke-${driver.name.toLowerCase()}-${process.pid}.ptdv.json`);
  await writeFile(path, JSON.stringify(document, null, 2));
  return { path, name: path.split('/').pop(), people: document.people.length };
}

async function importFile(driver, log) {
  const file = await exchangeFile(driver);
  try {
    await visit(driver, '/sync');
    await waitFor(driver, 'the exchange page', inPage.shows, 'Trao đổi dữ liệu');
    await driver.upload(await field(driver, 'Chọn tệp để nhập'), file.path);
    const card = await waitFor(driver, 'the preview of the file', inPage.importCard, file.name);
    if (!card.text.includes('Tệp của đơn vị')) {
      throw new Error(`${driver.name}: not a unit's file:\n${card.text}`);
    }
    expectEqual(driver, 'people created by the import', card.people[0], String(file.people));
    await press(driver, `Áp dụng: ${file.name}`);
    await waitFor(driver, 'the file applied', inPage.cardShows, file.name, 'Đã áp dụng');
  } finally {
    await rm(file.path);
  }
  log(`file imported through the file input: ${file.people} people created`);
}

/** 4 admitted in 2026: the form's person (Thái, female) and the fixture's three. */
const FIGURES = {
  'Kết nạp đảng viên mới': '4 | tính theo ngày lễ kết nạp trong kỳ',
  'Là nữ': '50% | 2 đảng viên mới',
  'Là người dân tộc thiểu số': '75% | 3 đảng viên mới',
  'Là người có đạo': '25% | 1 đảng viên mới',
};

async function dashboardFigures(driver, log, when) {
  await visit(driver, DASHBOARD);
  const figures = await waitFor(driver, 'the key figures', inPage.keyFigures);
  for (const [label, expected] of Object.entries(FIGURES)) {
    expectEqual(driver, `dashboard, "${label}" (${when})`, figures[label], expected);
  }
  const charts = await waitFor(driver, 'the charts drawn', inPage.charts);
  const admitted = figures['Kết nạp đảng viên mới'].split(' |')[0];
  log(`dashboard (${when}): ${admitted} admitted in 2026, ${charts} charts drawn`);
}

async function offline(driver, server, log) {
  await waitFor(driver, 'the service worker in control', inPage.controlled);
  await settle(driver, server.pages);
  await server.stop();
  await driver.reload();
  await waitFor(driver, 'the app, offline, with its home unit', inPage.shows, HOME.name);
  await visit(driver, '/people');
  await waitFor(driver, 'the people list, offline', inPage.shows, PERSON, 'Hoàng Văn Thắng');
  await dashboardFigures(driver, log, 'offline');
  log('offline start: the server stopped, the app opened from the service worker with its data');
}

/** The whole run; throws on the first failure or on any error the page reported. */
export async function smoke(driver, server, log) {
  const steps = [setUp, addPerson, importFile, (d, l) => dashboardFigures(d, l, 'online')];
  for (const step of steps) {
    await step(driver, log);
    const errors = await driver.errors();
    if (errors.length > 0)
      throw new Error(`${driver.name}: errors in the page:\n${errors.join('\n')}`);
  }
  await offline(driver, server, log);
  const errors = await driver.errors();
  if (errors.length > 0)
    throw new Error(`${driver.name}: errors in the page:\n${errors.join('\n')}`);
}
