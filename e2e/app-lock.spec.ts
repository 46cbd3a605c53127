import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildPerson, buildUnit } from '../test/builders';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { PersonForm } from './support/person-form';
import { seed } from './support/seed';
import { SettingsPage } from './support/settings-page';
import { screenshots, shotsWanted } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots('lock');
const PASS = 'Chi bộ thôn Đông họp ngày 5';
const NEW_PASS = 'Lớp nhận thức khai giảng tháng 9';

const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Tân Sơn', kind: 'province' });
const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
  parentId: province.id,
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const units = [province, commune, east];
const hoa = buildPerson({
  fullName: 'Lê Thị Hoa',
  gender: 'female',
  unitId: east.id,
  nationalId: '001300004444',
  milestones: { sourcedOn: '2026-02-01' },
});
const binh = buildPerson({
  fullName: 'Trần Văn Bình',
  unitId: east.id,
  nationalId: '036099001122',
  milestones: { sourcedOn: '2026-03-01' },
});

async function start(page: Page) {
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units,
    people: [hoa, binh],
  });
}

/** The settings section alone, scrolled into the 1366×768 window as a user sees it. */
async function shotSection(page: Page, name: string) {
  if (!shotsWanted) return;
  await new SettingsPage(page).lock.scrollIntoViewIfNeeded();
  await shot.window(page, name);
}

/** A stored person as IndexedDB holds it, read with the raw API (no app code). */
async function rawPerson(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(async (personId) => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = database.transaction('people').objectStore('people').get(personId);
    const row = await new Promise<Record<string, unknown>>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as Record<string, unknown>);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return row;
  }, id);
}

const lockScreen = (page: Page) => page.getByRole('heading', { name: 'Ứng dụng đang khóa' });

async function turnLockOn(page: Page) {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.turnLockOn(PASS);
}

async function unlock(page: Page, passphrase = PASS) {
  const field = page.getByRole('textbox', { name: 'Mật khẩu', exact: true });
  await expect(field).toBeFocused();
  await field.fill(passphrase);
  await field.press('Enter');
}

/** A page load under the lock: the lock screen first, then the page. */
async function gotoUnlocked(page: Page, path: string, passphrase = PASS) {
  await page.goto(path);
  await expect(lockScreen(page)).toBeVisible();
  await unlock(page, passphrase);
  await expect(lockScreen(page)).toHaveCount(0);
}

test('the app lock: on in settings, the lock screen hides everything, the CCCD is sealed at rest', async ({
  page,
}) => {
  await start(page);

  // The form: the warning must be acknowledged and the passphrase typed twice alike.
  const settings = new SettingsPage(page);
  await settings.goto();
  const section = settings.lock;
  await expect(section.getByText('Đang tắt', { exact: true })).toBeVisible();
  await expect(
    section.getByText(
      'Nếu quên mật khẩu, không ai khôi phục được số CCCD đã mã hóa — kể cả Tỉnh ủy. Hãy sao lưu trước.',
    ),
  ).toBeVisible();
  await expect(section.getByText(/BitLocker/)).toBeVisible();
  await settings.lockPassphrase.fill('ngắn');
  await expect(section.getByText('Độ mạnh: quá ngắn')).toBeVisible();
  await section.getByRole('button', { name: 'Bật khóa ứng dụng' }).click();
  await expect(section.getByText('Mật khẩu phải có ít nhất 8 ký tự.')).toBeVisible();
  await expect(section.getByText('Vui lòng đánh dấu ô xác nhận ở trên.')).toBeVisible();
  await settings.lockPassphrase.fill(PASS);
  await expect(section.getByText('Độ mạnh: mạnh')).toBeVisible();
  await section.getByLabel('Nhập lại mật khẩu').fill(`${PASS}!`);
  await section.getByLabel(/Tôi đã hiểu/).check();
  await section.getByRole('button', { name: 'Bật khóa ứng dụng' }).click();
  await expect(section.getByText('Hai lần nhập mật khẩu không khớp.')).toBeVisible();
  await section.getByLabel('Nhập lại mật khẩu').fill(PASS);
  await shotSection(page, 'settings-warning');
  await section.getByRole('button', { name: 'Bật khóa ứng dụng' }).click();
  await expect(section.getByText('Đã bật khóa ứng dụng.', { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  await expect(section.getByText('Đang bật', { exact: true })).toBeVisible();
  await shotSection(page, 'settings-on');

  // At rest: no CCCD in clear in the stored row, nor in its search key.
  const raw = await rawPerson(page, hoa.id);
  expect(raw.nationalId).toBeNull();
  expect(raw.nationalIdSealed).toBeTruthy();
  expect(JSON.stringify(raw)).not.toContain('001300004444');
  expect(raw.fullName).toBe('Lê Thị Hoa');

  // A reload on the people list: only the lock screen, no name anywhere in the page.
  await page.goto('/people');
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Lê Thị Hoa');
  await expect(page.locator('body')).not.toContainText('Trần Văn Bình');
  await expect(page.locator('body')).not.toContainText('Chi bộ thôn Đông');
  expect(await page.content()).not.toContain('Hoa');
  await shot.window(page, 'screen');

  await unlock(page, 'sai mật khẩu rồi');
  await expect(page.getByText('Mật khẩu không đúng')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Mật khẩu', exact: true })).toHaveValue('');
  await expect(page.locator('body')).not.toContainText('Lê Thị Hoa');
  await shot.window(page, 'screen-wrong');

  await unlock(page);
  await expect(page.getByRole('link', { name: 'Lê Thị Hoa' })).toBeVisible();
  await expect(page).toHaveURL(/\/people$/);
  await shot.window(page, 'people-unlocked');

  // Search by the full CCCD finds the person through its token.
  const search = page.getByLabel('Tìm theo họ tên hoặc số CCCD');
  await search.fill('036099001122');
  await expect(page.getByText('Hiển thị 1 / 2 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trần Văn Bình' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lê Thị Hoa' })).toHaveCount(0);

  // The detail page shows the CCCD opened.
  await page.getByRole('link', { name: 'Trần Văn Bình' }).click();
  await expect(page.getByText('••••••••1122')).toBeVisible();
  await page.getByRole('button', { name: 'Hiện' }).click();
  await expect(page.getByText('036099001122')).toBeVisible();

  // The top bar's button locks at once; the page's data is gone from the DOM.
  await page.getByRole('button', { name: 'Khóa ứng dụng' }).click();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('036099001122');
  await expect(page.locator('body')).not.toContainText('Trần Văn Bình');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Trần Văn Bình');
});

test('under the lock: a saved and an imported CCCD are sealed, an export holds them in clear, and the lock comes off', async ({
  page,
}) => {
  await start(page);
  await turnLockOn(page);

  // Saved from the form: sealed.
  await gotoUnlocked(page, `/people/${hoa.id}/edit`);
  const form = new PersonForm(page);
  await expect(form.nationalId).toHaveValue('001300004444');
  await form.fill({ nationalId: '001300005555' });
  await form.save();
  await expect(page).toHaveURL(new RegExp(`/people/${hoa.id}$`));
  const saved = await rawPerson(page, hoa.id);
  expect(saved.nationalId).toBeNull();
  expect(JSON.stringify(saved)).not.toContain('001300005555');

  // Imported in the worker, which got the keys with the request: sealed.
  const newcomer = buildPerson({
    fullName: 'Đỗ Minh Châu',
    unitId: east.id,
    nationalId: '079200123456',
    milestones: { sourcedOn: '2026-04-01' },
  });
  const sync = new SyncPage(page);
  await gotoUnlocked(page, '/sync');
  // A file from a chi bộ below the commune, as the commune relays them.
  const file = inputFile(
    'thon-dong.ptdv.json',
    JSON.stringify(exchangeDocument({ source: east, units: [east], people: [newcomer] })),
  );
  await sync.importFiles([file]);
  await sync.apply(file.name);
  const imported = await rawPerson(page, newcomer.id);
  expect(imported.fullName).toBe('Đỗ Minh Châu');
  expect(imported.nationalId).toBeNull();
  expect(JSON.stringify(imported)).not.toContain('079200123456');

  // The exported file carries every CCCD in clear.
  await gotoUnlocked(page, '/sync');
  const text = await readFile(await (await sync.exportFull()).path(), 'utf8');
  const exported = JSON.parse(text) as { people: { fullName: string; nationalId: string }[] };
  expect(
    Object.fromEntries(exported.people.map((person) => [person.fullName, person.nationalId])),
  ).toEqual({
    'Lê Thị Hoa': '001300005555',
    'Trần Văn Bình': '036099001122',
    'Đỗ Minh Châu': '079200123456',
  });
  expect(text).not.toContain('nationalIdSealed');
  expect(text).not.toContain('nationalIdToken');

  // A new passphrase: the old one no longer opens, the new one does.
  await gotoUnlocked(page, '/settings');
  const { lock: section } = new SettingsPage(page);
  // A disclosure's <summary> has no ARIA role: it is found by its tag and its words.
  await section.locator('summary', { hasText: 'Đổi mật khẩu' }).click();
  const current = section.getByRole('textbox', { name: 'Mật khẩu hiện tại' });
  await current.fill(PASS);
  await section.getByRole('textbox', { name: 'Mật khẩu mới' }).fill(NEW_PASS);
  await section.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).fill(NEW_PASS);
  await section.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(section.getByText('Đã đổi mật khẩu.', { exact: false })).toBeVisible();
  await section.locator('summary', { hasText: 'Tắt khóa' }).click();
  await shotSection(page, 'settings-change');
  await page.reload();
  await unlock(page, PASS);
  await expect(page.getByText('Mật khẩu không đúng')).toBeVisible();
  await unlock(page, NEW_PASS);

  // Off: the passphrase again, then every CCCD back in clear and no lock screen.
  await section.locator('summary', { hasText: 'Tắt khóa' }).click();
  const passphrase = section.getByRole('textbox', { name: 'Mật khẩu hiện tại' });
  await passphrase.fill('không phải nó');
  await section.getByRole('button', { name: 'Tắt khóa ứng dụng' }).click();
  await expect(section.getByText('Mật khẩu không đúng')).toBeVisible();
  await passphrase.fill(NEW_PASS);
  await section.getByRole('button', { name: 'Tắt khóa ứng dụng' }).click();
  await expect(section.getByText('Đã tắt khóa ứng dụng.', { exact: false })).toBeVisible();
  await expect(section.getByText('Đang tắt', { exact: true })).toBeVisible();
  const opened = await rawPerson(page, newcomer.id);
  expect(opened.nationalId).toBe('079200123456');
  expect(opened).not.toHaveProperty('nationalIdSealed');
  await page.goto('/people');
  await expect(page.getByRole('link', { name: 'Đỗ Minh Châu' })).toBeVisible();
  await expect(lockScreen(page)).toHaveCount(0);
});

test('the app locks itself after the chosen minutes without input', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-28T09:00:00+07:00') });
  await start(page);
  await turnLockOn(page);
  const section = new SettingsPage(page).lock;
  await section.getByLabel('Tự khóa sau').selectOption({ label: '5 phút không dùng' });
  await expect(section.getByText('Đã lưu: tự khóa sau 5 phút không dùng.')).toBeVisible();

  await page.clock.runFor('04:00');
  await expect(lockScreen(page)).toHaveCount(0);
  // Input restarts the delay.
  await page.mouse.move(200, 300);
  await page.clock.runFor('04:00');
  await expect(lockScreen(page)).toHaveCount(0);
  await expect(section).toBeVisible();
  await page.clock.runFor('01:30');
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Đảng bộ xã Tân Lập');
  await unlock(page);
  await expect(page.getByRole('region', { name: 'Khóa ứng dụng' })).toBeVisible();
});
