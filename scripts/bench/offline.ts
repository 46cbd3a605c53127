// Starting without the network: one visit online (the service worker installs and takes the
// page), the context goes offline, a new page opens the app → time to the home page's heading,
// in page time from the navigation. Without a service worker, what the HTTP cache holds is all
// there is, and the report says so.
import { rmSync } from 'node:fs';
import { launchContext } from './browser';
import { installPageWatch, readWatch } from './page-watch';
import { waitForDatabase } from './raw-idb';

export interface OfflineResult {
  offlineStartMs: number;
  fromServiceWorker: boolean;
  heading: string;
}

/** The home page's heading is the home unit's name. */
const HOME_HEADING = 'Chi bộ thôn Đồng Tâm';

export async function measureOfflineStart(
  baseURL: string,
  profileDir: string | null,
  kpiLabel: string,
): Promise<OfflineResult> {
  const context = await launchContext(baseURL, profileDir, { serviceWorkers: 'allow' });
  await installPageWatch(context, kpiLabel);
  try {
    const page = await context.newPage();
    await page.goto('/sync');
    await waitForDatabase(page);
    // A set-up unit's installation, so that the first screen is the home page.
    await page.evaluate(async (name) => {
      const open = indexedDB.open('ptdv');
      const database: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const unitId = '6f1d3c3e-1b7a-4c39-9a51-2f0b6a0c9e11';
      const tx = database.transaction(['units', 'settings'], 'readwrite');
      tx.objectStore('units').put({
        id: unitId,
        updatedAt: '2026-01-01T00:00:00.000Z',
        code: 'CB01',
        name,
        kind: 'grassroots_cell',
        parentId: null,
        sector: 'commune',
        openedOn: null,
        closedOn: null,
        successorId: null,
      });
      tx.objectStore('settings').put({
        key: 'installation',
        value: { kind: 'unit', homeUnitId: unitId, setUpAt: '2026-01-01T00:00:00.000Z' },
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    }, HOME_HEADING);
    await page.goto('/');
    await page.getByRole('heading', { name: HOME_HEADING, level: 1 }).waitFor();
    // The worker takes the page when it has installed (clientsClaim); give it the time it needs.
    const controlled = await page
      .waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
        timeout: 60_000,
      })
      .then(() => true)
      .catch(() => false);
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto('/');
    await offline.getByRole('heading', { name: HOME_HEADING, level: 1 }).waitFor();
    const watch = await readWatch(offline);
    const heading = watch.headings.find((seen) => seen.text === HOME_HEADING);
    const fromServiceWorker = await offline.evaluate(
      () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker !== undefined,
    );
    return {
      offlineStartMs: heading?.at ?? Number.NaN,
      fromServiceWorker: controlled && fromServiceWorker,
      heading: heading?.text ?? '',
    };
  } finally {
    await context.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}
