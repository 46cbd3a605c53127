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

export async function seed(page: Page, data: Seed): Promise<void> {
  await page.goto('/sync');
  await page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    return dbs.some((entry) => entry.name === 'ptdv');
  });
  const people = (data.people ?? []).map((person) => ({
    ...person,
    stage: deriveStage(person.milestones),
    searchKey: searchKey(`${person.fullName} ${person.nationalId ?? ''}`),
  }));
  await page.evaluate(
    async ({ data, people }) => {
      const open = indexedDB.open('ptdv');
      const database: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores = ['units', 'people', 'classes', 'targets', 'memberCounts', 'settings'];
      const tx = database.transaction(stores, 'readwrite');
      for (const unit of data.units ?? []) tx.objectStore('units').put(unit);
      for (const person of people) tx.objectStore('people').put(person);
      for (const item of data.classes ?? []) tx.objectStore('classes').put(item);
      for (const item of data.targets ?? []) tx.objectStore('targets').put(item);
      for (const item of data.memberCounts ?? []) tx.objectStore('memberCounts').put(item);
      if (data.installation) {
        tx.objectStore('settings').put({
          key: 'installation',
          value: { ...data.installation, setUpAt: new Date().toISOString() },
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { data, people },
  );
}
