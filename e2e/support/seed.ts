// Seeds the app's real IndexedDB in the browser, for tests that start from a set-up installation.
// The app opens (and so creates) the database first; records are then written with raw IndexedDB.
import { expect, type Page } from '@playwright/test';
import type {
  MemberCount,
  Person,
  Place,
  PlaceFigure,
  Target,
  TrainingClass,
  Unit,
} from '../../src/domain/entities';
import { deriveStage } from '../../src/domain/stage';
import { searchKey } from '../../src/domain/text';

export interface Seed {
  installation?: { kind: 'unit' | 'province'; homeUnitId: string };
  units?: Unit[];
  people?: Person[];
  classes?: TrainingClass[];
  targets?: Target[];
  memberCounts?: MemberCount[];
  places?: Place[];
  placeFigures?: PlaceFigure[];
}

/** Opens the app once so that Dexie creates the database, without navigating if already there. */
async function ensureDatabase(page: Page): Promise<void> {
  if (!page.url().startsWith('http')) await page.goto('/sync');
  // Polled from here: page.waitForFunction takes the Promise of an async predicate for a truthy
  // answer and returns at once. Writing before Dexie has made its stores would create an empty
  // database that the app then cannot open.
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          (await indexedDB.databases()).some((entry) => entry.name === 'ptdv'),
        ),
      {
        message: `the app at ${page.url()} never created its IndexedDB database "ptdv"`,
        timeout: 15_000,
      },
    )
    .toBe(true);
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
    places: data.places ?? [],
    placeFigures: data.placeFigures ?? [],
    settings: data.installation
      ? [
          {
            key: 'installation',
            value: { ...data.installation, setUpAt: '2026-01-01T00:00:00.000Z' },
          },
        ]
      : [],
  };
  await putRows(page, rows);
}

/**
 * Writes rows straight into the app's stores, in one transaction, as they are (no derived
 * fields added). The database must exist (seed opens the app first).
 */
export async function putRows(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  // One JSON string crosses into the page: passing 50,000 objects one by one takes minutes.
  await page.evaluate(async (json) => {
    const data = JSON.parse(json) as Record<string, unknown[]>;
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = database.transaction(Object.keys(data), 'readwrite');
    for (const [store, records] of Object.entries(data)) {
      for (const record of records) tx.objectStore(store).put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, JSON.stringify(stores));
}

/** People in the store, read straight from IndexedDB (not through the app). */
export function storedPeople(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = database.transaction('people').objectStore('people').count();
    const count: number = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return count;
  });
}
