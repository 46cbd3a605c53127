// Crash tests: the page is closed while a write is in flight (a tab closed, the browser killed),
// then the app is opened again in the same browser. Every write is one IndexedDB transaction,
// so the store must hold either the whole change or none of it, and the dashboard's aggregates
// must still match the people. The tests watch for the write transaction to START (a hook on
// IndexedDB in the page or in the import worker), never a fixed sleep, and close right then.
import { expect, test, type Page, type Worker } from '@playwright/test';
import { localIsoDate } from '../src/domain/dates';
import { generateProvince } from '../src/demo/generate-province';
import { admissionRowsOf, aggregateRowsOf, unitStatsRowsOf } from '../src/db/aggregates';
import type { PersonRow, StoredAdmissionStats, StoredUnitStats } from '../src/db/rows';
import type { Person } from '../src/domain/entities';
import { buildClass, buildPerson, buildUnit } from '../test/builders';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { seed } from './support/seed';
import { SyncPage } from './support/sync-page';

// The import worker's script is routed through the test (a hook added to it): no service worker
// may answer for it. What is tested is the store, not the offline cache.
test.use({ serviceWorkers: 'block' });

interface StoreState {
  counts: Record<string, number>;
  people: PersonRow[];
  admissionStats: StoredAdmissionStats[];
  unitStats: StoredUnitStats[];
  classes: { id: string; title: string }[];
  importLog: { exportId: string; fileName: string }[];
}

/** Everything the checks need, read with raw IndexedDB in one read transaction. */
async function readStore(page: Page): Promise<StoreState> {
  const json = await page.evaluate(async () => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const names = [
      'units',
      'people',
      'classes',
      'targets',
      'memberCounts',
      'admissionStats',
      'unitStats',
      'importLog',
    ];
    const tx = database.transaction(names, 'readonly');
    const all = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    const rows = Object.fromEntries(
      await Promise.all(names.map(async (name) => [name, await all(name)] as const)),
    );
    database.close();
    // Typed arrays (the aggregates' blocks) cross into the test tagged, as plain arrays.
    const replacer = (_key: string, value: unknown) =>
      ArrayBuffer.isView(value) && !(value instanceof DataView)
        ? { typedArray: Array.from(value as unknown as ArrayLike<number>) }
        : value;
    return JSON.stringify(
      {
        counts: Object.fromEntries(names.map((name) => [name, rows[name]?.length ?? 0])),
        people: rows.people,
        admissionStats: rows.admissionStats,
        unitStats: rows.unitStats,
        classes: rows.classes,
        importLog: rows.importLog,
      },
      replacer,
    );
  });
  return JSON.parse(json, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && 'typedArray' in value
      ? Int32Array.from((value as { typedArray: number[] }).typedArray)
      : value,
  ) as StoreState;
}

/**
 * Writes the aggregates of `people` as the app keeps them: seed() writes records only, and the
 * crash checks compare the aggregates with the people.
 */
async function writeAggregates(page: Page, people: readonly Person[]): Promise<void> {
  // The aggregates need only the records' own fields (the stage is derived from them).
  const rows = aggregateRowsOf(people);
  const json = JSON.stringify(rows, (_key, value: unknown) =>
    value instanceof Int32Array ? { typedArray: Array.from(value) } : value,
  );
  await page.evaluate(async (text) => {
    const stores = JSON.parse(text, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && 'typedArray' in value
        ? Int32Array.from((value as { typedArray: number[] }).typedArray)
        : value,
    ) as Record<string, unknown[]>;
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const tx = database.transaction(Object.keys(stores), 'readwrite');
    for (const [store, records] of Object.entries(stores)) {
      for (const record of records) tx.objectStore(store).put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    database.close();
  }, json);
}

/** The aggregates stored are exactly those of the people stored. */
function expectAggregatesMatchPeople(state: StoreState): void {
  const expected = aggregateRowsOf(state.people);
  // Compared as figures per unit, whatever records hold them.
  const normalise = (
    admissions: readonly StoredAdmissionStats[],
    units: readonly StoredUnitStats[],
  ) => ({
    admissions: admissions
      .flatMap((record) => admissionRowsOf(record))
      .map((row) => `${row.unitId}:${row.year}:${row.counts.join(',')}`)
      .sort(),
    units: units
      .flatMap((record) => unitStatsRowsOf(record))
      .map((row) => JSON.stringify([row.unitId, row.stages, row.dues]))
      .sort(),
  });
  expect(normalise(state.admissionStats, state.unitStats)).toEqual(
    normalise(expected.admissionStats, expected.unitStats),
  );
}

test('closing the page in the middle of a class save keeps all of the change or none', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const ATTENDEES = 8_000;
  const commune = buildUnit({
    name: 'Đảng bộ xã Tân Lập',
    code: 'TL',
    kind: 'grassroots_committee',
  });
  const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
  const course = buildClass({
    unitId: east.id,
    title: 'Lớp nhận thức khóa I',
    attendeeCount: ATTENDEES,
  });
  const people = Array.from({ length: ATTENDEES }, (_, index) =>
    buildPerson({
      unitId: east.id,
      fullName: `Học viên ${index + 1}`,
      awarenessClassId: course.id,
      milestones: { sourcedOn: '2025-01-10', awarenessCertOn: '2025-03-01' },
    }),
  );
  // Reports the start (and the commit) of a write to the classes store, once armed.
  await page.addInitScript(() => {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = original.apply(this, args);
      const [stores, mode] = args;
      const names = typeof stores === 'string' ? [stores] : Array.from(stores);
      const armed = (window as unknown as { e2eArmed?: boolean }).e2eArmed;
      if (armed && mode === 'readwrite' && names.includes('classes')) {
        console.log('e2e:write-started');
        tx.addEventListener('complete', () => console.log('e2e:write-committed'));
      }
      return tx;
    };
  });
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, east],
    people,
    classes: [course],
  });
  await writeAggregates(page, people);
  const before = await readStore(page);
  expectAggregatesMatchPeople(before);
  expect(before.people.filter((row) => row.awarenessClassId === course.id)).toHaveLength(ATTENDEES);

  await page.goto(`/classes?edit=${course.id}`);
  await expect(page.getByLabel('Tên lớp')).toHaveValue(course.title);
  await page.getByLabel('Tên lớp').fill('Lớp nhận thức khóa I (đã sửa)');
  // Unlinking every attendee rewrites 8,000 people in the same transaction as the class.
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.getByText('đã chọn 0 người')).toBeVisible();
  const log: string[] = [];
  page.on('console', (message) => log.push(message.text()));
  await page.evaluate(() => {
    (window as unknown as { e2eArmed?: boolean }).e2eArmed = true;
  });
  const started = page.waitForEvent('console', (message) => message.text() === 'e2e:write-started');
  await page.getByRole('button', { name: 'Lưu lớp' }).click();
  await started;
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/sync');
  const after = await readStore(again);
  const linked = after.people.filter((row) => row.awarenessClassId === course.id).length;
  const title = after.classes.find((item) => item.id === course.id)?.title;
  const outcome = linked === ATTENDEES ? 'none of the change' : 'all of the change';
  test.info().annotations.push({
    type: 'outcome',
    description: `${outcome} (commit ${log.includes('e2e:write-committed') ? 'seen' : 'not seen'} before the close)`,
  });
  if (linked === ATTENDEES) {
    expect(title).toBe(course.title);
    expect(after.people).toEqual(before.people);
  } else {
    expect(linked).toBe(0);
    expect(title).toBe('Lớp nhận thức khóa I (đã sửa)');
    // Every attendee was rewritten: a new stamp, no link, nothing else changed.
    for (const row of after.people) expect(row.updatedAt > course.updatedAt).toBe(true);
  }
  expect(after.counts.people).toBe(ATTENDEES);
  expectAggregatesMatchPeople(after);

  // The app opens on the store as it is and shows the class consistently.
  await again.goto('/classes');
  await expect(again.getByText(title ?? '', { exact: true })).toBeVisible();
});

/** Prepended to the import worker's script: reports write transactions on its console. */
const WORKER_HOOK = `{
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = original.apply(this, args);
    if (args[1] === 'readwrite') {
      console.log('e2e:write-started');
      tx.addEventListener('complete', () => console.log('e2e:write-committed'));
    }
    return tx;
  };
}
`;

test('closing the page in the middle of an import keeps all of the file or none', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const province = generateProvince({ seed: 2025, people: 20_000, today: localIsoDate() });
  const root = province.units.find((unit) => unit.parentId === null);
  if (!root) throw new Error('the generated province has no root');
  const file = exchangeDocument({
    source: root,
    exportId: 'e2e0cccc-0000-4000-8000-000000000001',
    units: province.units,
    people: province.people,
    classes: province.classes,
    targets: province.targets,
    memberCounts: province.memberCounts,
    places: province.places,
    placeFigures: province.placeFigures,
  });
  const fileName = 'tinh-20000.ptdv.json';

  // The import worker's script gets a hook that reports the start of every write transaction.
  await page.route(/\/assets\/import-worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: WORKER_HOOK + (await response.text()) });
  });

  // A fresh browser that starts from the province's file, before any setup.
  const sync = new SyncPage(page);
  await sync.goto();
  const before = await readStore(page);
  expect(before.counts.people).toBe(0);
  await sync.importFiles([inputFile(fileName, JSON.stringify(file))]);
  await expect(sync.applyButton(fileName)).toBeEnabled({ timeout: 180_000 });

  // The import worker writes in one transaction: its hook (see the route above) says when that
  // transaction starts; the page is closed right then.
  const worker: Worker | undefined = page.workers()[0];
  if (!worker) throw new Error('no import worker');
  const started = worker.waitForEvent('console', {
    predicate: (message) => message.text() === 'e2e:write-started',
    timeout: 60_000,
  });
  await sync.applyButton(fileName).click();
  // Meanwhile the card says the file is being applied.
  await expect(sync.applyButton(fileName)).toHaveText('Đang áp dụng…');
  await started;
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/sync');
  const after = await readStore(again);
  const all = after.counts.people === province.people.length;
  test.info().annotations.push({
    type: 'outcome',
    description: all ? 'all of the file' : 'none of the file',
  });
  const expected = all
    ? {
        units: province.units.length,
        people: province.people.length,
        classes: province.classes.length,
        targets: province.targets.length,
        memberCounts: province.memberCounts.length,
        importLog: 1,
      }
    : { units: 0, people: 0, classes: 0, targets: 0, memberCounts: 0, importLog: 0 };
  expect(after.counts).toMatchObject(expected);
  // The import log agrees with the records: the file is listed exactly when it was applied.
  expect(after.importLog.map((entry) => entry.fileName)).toEqual(all ? [fileName] : []);
  expectAggregatesMatchPeople(after);
  await expect(
    again.getByText(all ? fileName : 'Chưa nhập tệp nào', { exact: true }).first(),
  ).toBeVisible();

  // Not applied: the same file applies whole on a second try.
  if (!all) {
    const retry = new SyncPage(again);
    await retry.importFiles([inputFile(fileName, JSON.stringify(file))]);
    await expect(retry.applyButton(fileName)).toBeEnabled({ timeout: 180_000 });
    await retry.apply(fileName);
    const done = await readStore(again);
    expect(done.counts.people).toBe(province.people.length);
    expect(done.importLog).toHaveLength(1);
    expectAggregatesMatchPeople(done);
  }
});
