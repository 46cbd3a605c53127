// Seeds the app's real IndexedDB in the browser, for tests that start from a set-up installation.
// The app opens (and so creates) the database first; records are then written with raw IndexedDB.
import type { Page } from '@playwright/test';
import type { MemberCount, Person, Target, TrainingClass, Unit } from '../../src/domain/entities';
import { deriveStage } from '../../src/domain/stage';
import { searchKey } from '../../src/domain/text';

export interface Seed {
  installation?: { kind: 'unit' | 'province'; homeUnitId: string };
  units?: Unit[];
  people?: Person[];
  classes?: TrainingClass[];
  targets?: Target[];
  memberCounts?: MemberCount[];
}

/** Opens the app once so that Dexie creates the database, without navigating if already there. */
async function ensureDatabase(page: Page): Promise<void> {
  if (!page.url().startsWith('http')) await page.goto('/sync');
  await page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    return dbs.some((entry) => entry.name === 'ptdv');
  });
}

export async function seed(page: Page, data: Seed): Promise<void> {
  await ensureDatabase(page);
  const rows = {
    units: data.units ?? [],
    people: (data.people ?? []).map((person) => ({
      ...person,
      stage: deriveStage(person.milestones),
      searchKey: searchKey(`${person.fullName} ${person.nationalId ?? ''}`),
    })),
    classes: data.classes ?? [],
    targets: data.targets ?? [],
    memberCounts: data.memberCounts ?? [],
    settings: data.installation
      ? [
          {
            key: 'installation',
            value: { ...data.installation, setUpAt: '2026-01-01T00:00:00.000Z' },
          },
        ]
      : [],
  };
  // One JSON string crosses into the page: passing 50,000 objects one by one takes minutes.
  await page.evaluate(async (json) => {
    const stores = JSON.parse(json) as Record<string, unknown[]>;
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = database.transaction(Object.keys(stores), 'readwrite');
    for (const [store, records] of Object.entries(stores)) {
      for (const record of records) tx.objectStore(store).put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, JSON.stringify(rows));
}
