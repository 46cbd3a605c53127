// What every page of the app shares: the top bar, the main navigation, the language, and the
// browser-level helpers several specs need (a second browser, a mark that only a reload clears,
// a newer version of the app upgrading the database from another tab).
import { type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * The top bar: the home unit's name, the installation's kind, the demo badge. It is a plain
 * block with no landmark role or name, so its class is the only handle that does not also match
 * the page's own heading (which names the home unit too).
 */
export function topBar(page: Page): Locator {
  return page.locator('.topbar');
}

/**
 * The scope line of the top bar alone (the home unit, the demo badge, the installation's kind),
 * without the language picker or the lock button. Same reason as `topBar` for the class.
 */
export const TOP_BAR_SCOPE = '.topbar__scope';

/** The top bar's language picker (labelled "Ngôn ngữ" while the app is in Vietnamese). */
export function languagePicker(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Ngôn ngữ', exact: true });
}

export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** A brand-new browser: its own context, so its own empty storage, at the test's fixed time. */
export async function freshBrowser(
  browser: Browser,
  now: Date,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  return { context, page };
}

/** Marks the document so that a test can tell it was not reloaded since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { e2eMark?: boolean }).e2eMark = true;
  });
}

/** Whether the page still shows the document `markDocument` marked (no reload since). */
export function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { e2eMark?: boolean }).e2eMark === true);
}

/**
 * A newer version of the app in another tab (`other`, a page of the same context): the same
 * database opened at a higher IndexedDB version (Dexie's version v is IndexedDB version v × 10),
 * which closes this version's connections. Returns the version the database now has.
 */
export async function upgradeDatabaseFrom(other: Page): Promise<number> {
  // Any page of the origin that does not open the database itself.
  await other.goto('/favicon.svg');
  return other.evaluate(async () => {
    const current = (await indexedDB.databases()).find((entry) => entry.name === 'ptdv');
    const next = (current?.version ?? 30) + 10;
    return new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('ptdv', next);
      request.onsuccess = () => {
        const version = request.result.version;
        request.result.close();
        resolve(version);
      };
      request.onerror = () => reject(new Error(String(request.error)));
      // A connection that would not close would leave this request blocked forever.
      request.onblocked = () => reject(new Error('blocked by the old tab'));
    });
  });
}
