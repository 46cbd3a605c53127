// What the benchmark does with raw IndexedDB in the page, beside the app: the floor (the same
// records written in one transaction), the naive dashboard (read every person, count in the
// page), counts for the checks, and seeding the installation setting.
import type { Page } from '@playwright/test';

/**
 * Writes rows fetched from /__bench/data/ into the app's own database (its stores and indexes,
 * created by the app on an earlier visit) in ONE readwrite transaction. Only the transaction is
 * timed: from opening it to its complete event.
 */
export function writeFloor(
  page: Page,
  files: string[],
): Promise<{ records: number; people: number; ms: number }> {
  return page.evaluate(async (names) => {
    const batches: { store: string; rows: unknown[] }[] = [];
    for (const name of names) {
      const response = await fetch(`/__bench/data/${name}`);
      batches.push(...((await response.json()) as { store: string; rows: unknown[] }[]));
    }
    const stores = [...new Set(batches.map((batch) => batch.store))];
    // The app's database, with its stores: opened again while it is not there yet (the app's
    // first open may still be settling when this page starts).
    let database: IDBDatabase | null = null;
    for (let attempt = 0; attempt < 50 && !database; attempt += 1) {
      const open = indexedDB.open('ptdv');
      const opened: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (stores.every((name) => opened.objectStoreNames.contains(name))) database = opened;
      else {
        opened.close();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    if (!database) throw new Error('the app did not create its database');
    const started = performance.now();
    const tx = database.transaction(stores, 'readwrite');
    let records = 0;
    let people = 0;
    for (const batch of batches) {
      const store = tx.objectStore(batch.store);
      for (const row of batch.rows) store.put(row);
      records += batch.rows.length;
      if (batch.store === 'people') people += batch.rows.length;
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    database.close();
    return { records, people, ms };
  }, files);
}

/**
 * The naive dashboard: every person read (getAll, in chunks of `chunk` so that a million rows
 * do not have to cross in one message) and the admitted of the period counted in the page.
 */
export function naiveAdmitted(
  page: Page,
  period: { from: string; to: string },
  chunk = 20_000,
): Promise<{ ms: number; people: number; admitted: number }> {
  return page.evaluate(
    async ({ from, to, size }) => {
      const started = performance.now();
      const open = indexedDB.open('ptdv');
      const database: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = database.transaction('people').objectStore('people');
      let people = 0;
      let admitted = 0;
      let after: IDBValidKey | null = null;
      for (;;) {
        const range: IDBKeyRange | null =
          after === null ? null : IDBKeyRange.lowerBound(after, true);
        const request = store.getAll(range, size);
        const rows: { id: string; milestones: { admittedOn: string | null } }[] = await new Promise(
          (resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          },
        );
        for (const row of rows) {
          const day = row.milestones.admittedOn;
          if (day !== null && day >= from && day <= to) admitted += 1;
        }
        people += rows.length;
        if (rows.length < size) break;
        after = (rows[rows.length - 1] as { id: string }).id;
      }
      database.close();
      return { ms: performance.now() - started, people, admitted };
    },
    { ...period, size: chunk },
  );
}

/** Records per store and the import log's totals, read straight from IndexedDB. */
export function storeCounts(page: Page): Promise<{
  stores: Record<string, number>;
  imports: number;
  created: number;
}> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = ['units', 'people', 'classes', 'targets', 'memberCounts', 'importLog'];
    const tx = database.transaction(names);
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const stores: Record<string, number> = {};
    for (const name of names) stores[name] = await ask(tx.objectStore(name).count());
    const log = (await ask(tx.objectStore('importLog').getAll())) as {
      counts: Record<string, { created: number }>;
    }[];
    database.close();
    let created = 0;
    for (const entry of log)
      for (const counts of Object.values(entry.counts)) created += counts.created;
    return { stores, imports: log.length, created };
  });
}

/**
 * Waits until the app has created its database, every store of it (the upgrade is done). Polled
 * from here: page.waitForFunction does not wait for a predicate's promise.
 */
export async function waitForDatabase(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await page
      .evaluate(async () => {
        const databases = await indexedDB.databases();
        // The app's schema versions are above 1; opening an absent database would create one.
        if (!databases.some((entry) => entry.name === 'ptdv' && (entry.version ?? 0) > 1)) {
          return false;
        }
        // Opened without a version: this waits for an upgrade under way, and changes nothing.
        const open = indexedDB.open('ptdv');
        const database: IDBDatabase = await new Promise((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const stores = ['people', 'settings', 'importLog'];
        const all = stores.every((name) => database.objectStoreNames.contains(name));
        database.close();
        return all;
      })
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error('bench: the app did not create its database');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Makes this browser the province's installation, its home unit the root (as /setup would). */
export function seedInstallation(page: Page, rootUnitId: string): Promise<void> {
  return page.evaluate(async (homeUnitId) => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = database.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({
      key: 'installation',
      value: { kind: 'province', homeUnitId, setUpAt: new Date().toISOString() },
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, rootUnitId);
}
