// A full disk: Chromium's quota for the origin is lowered through the DevTools protocol and the
// rest of it filled, then a secretary saves a new person, or applies an exchange file. The page
// says in Vietnamese what happened and what to do, the form keeps every field typed, and the
// records saved before are intact; with room again, the same input saves.
import { expect, test, type Page } from '@playwright/test';
import { localIsoDate } from '../src/domain/dates';
import { generateProvince } from '../src/demo/generate-province';
import { buildPerson, buildUnit } from '../test/builders';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { smallDisk } from './support/full-disk';
import { PersonForm } from './support/person-form';
import { seed } from './support/seed';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots();

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const earlier = buildPerson({ fullName: 'Lê Thị Hoa', gender: 'female', unitId: east.id });

/** The names (fullName, or fileName for the import log) of a store's records. */
async function storedNames(page: Page, store: 'people' | 'importLog'): Promise<string[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const names: string[] = await new Promise((resolve) => {
      const request = database.transaction(name).objectStore(name).getAll();
      request.onsuccess = () =>
        resolve(
          (request.result as { fullName?: string; fileName?: string }[]).map(
            (row) => row.fullName ?? row.fileName ?? '',
          ),
        );
    });
    database.close();
    return names;
  }, store);
}

test('a save on a full disk says so clearly, keeps the input and loses nothing saved', async ({
  page,
  context,
  baseURL,
}) => {
  const disk = await smallDisk(page, context, baseURL);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, east],
    people: [earlier],
  });
  const form = new PersonForm(page);
  await form.gotoNew();
  await form.fill({
    fullName: 'Nguyễn Thị Ánh Tuyết',
    gender: 'Nữ',
    birthDate: '1998-12-01',
    ethnicity: 'Mường',
    nationalId: '001198012345',
    unit: east.id,
    occupation: 'Công nhân, người lao động trực tiếp',
  });

  await disk.fill();

  await form.save();
  const alert = page.getByRole('alert').filter({ hasText: 'Bộ nhớ của trình duyệt đã đầy' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Những gì đã lưu trước đó vẫn còn nguyên.');
  await expect(alert).toContainText('xuất tệp sao lưu');
  await expect(alert).toContainText('xóa dữ liệu mẫu');
  await expect(page).toHaveURL(/\/people\/new$/);
  await shot(page, 'storage-full');

  // Every field typed is still there.
  await expect(form.fullName).toHaveValue('Nguyễn Thị Ánh Tuyết');
  await expect(form.birthDate).toHaveValue('1998-12-01');
  await expect(form.ethnicity).toHaveValue('Mường');
  await expect(form.nationalId).toHaveValue('001198012345');
  await expect(form.unit).toHaveValue(east.id);

  // Nothing of the failed save was written, and the record saved before is intact.
  expect(await storedNames(page, 'people')).toEqual(['Lê Thị Hoa']);

  // Room again (the user freed space): the same input saves as it stands.
  await disk.release();
  await form.saveAndOpen();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nguyễn Thị Ánh Tuyết');
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 2 / 2 người')).toBeVisible();
});

test('an import on a full disk says so clearly and writes none of the file', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const disk = await smallDisk(page, context, baseURL);
  const province = generateProvince({ seed: 7, people: 2_000, today: localIsoDate() });
  const root = province.units.find((unit) => unit.parentId === null);
  if (!root) throw new Error('the generated province has no root');
  const fileName = 'tinh-2000.ptdv.json';
  const file = inputFile(
    fileName,
    JSON.stringify(
      exchangeDocument({
        source: root,
        units: province.units,
        people: province.people,
        classes: province.classes,
        targets: province.targets,
        memberCounts: province.memberCounts,
        places: province.places,
        placeFigures: province.placeFigures,
      }),
    ),
  );

  const sync = new SyncPage(page);
  await sync.goto();
  await sync.importFiles([file]);
  await expect(sync.applyButton(fileName)).toBeEnabled({ timeout: 120_000 });

  await disk.fill();

  // The import runs in a worker: its failure reaches the page with its kind, and the card says
  // what to do in the same words as a form.
  await sync.applyButton(fileName).click();
  const alert = sync.card(fileName).getByRole('alert');
  await expect(alert).toContainText('Không áp dụng được tệp', { timeout: 60_000 });
  await expect(alert).toContainText('Bộ nhớ của trình duyệt đã đầy');
  await expect(alert).toContainText('Dữ liệu trên máy không thay đổi.');
  await shot.element(sync.card(fileName), 'storage-full-import');
  expect(await storedNames(page, 'people')).toEqual([]);
  expect(await storedNames(page, 'importLog')).toEqual([]);

  await disk.release();
  await sync.apply(fileName);
  expect(await storedNames(page, 'people')).toHaveLength(province.people.length);
  expect(await storedNames(page, 'importLog')).toEqual([fileName]);
});
