// A full disk for the origin, made the same way on every run.
//
// Chromium's quota for the origin is lowered through the DevTools protocol before the page
// writes anything, and later the rest of it is filled with another database. Two things made the
// earlier set-up (lower the quota to `estimate().usage + 2 MB` just before filling) fail by
// chance, both seen on this machine:
// - Chromium's IndexedDB remembers the space it was last told is left for 30 seconds after any
//   write (BucketContext::kBucketSpaceCacheTimeLimit) and lets writes through against that
//   memory without asking the quota manager. A quota lowered within 30 s of a write (the test's
//   seed) was ignored: the filler wrote 1.3 GB before being refused, and after the filler was
//   deleted the origin's usage still counted it, so the retried save was refused too.
// - On a page's first visit the service worker precaches the build (about 3.8 MB in Cache
//   Storage) over a second or two: a margin of 2 MB computed from the usage read meanwhile was
//   eaten by the precache, and the filler found no room at all ("wrote 0 bytes").
// Lowering the quota before the first write means IndexedDB never remembers more room than there
// is; waiting for the service worker's precache before filling means nothing else writes while
// the filler does.
import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

/** The origin's whole quota while the test runs: the app, its precache and the test's data fit. */
const QUOTA_BYTES = 32 * 1024 * 1024;

/** Waits until the service worker is active and controls the page: its precache is written. */
async function serviceWorkerSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return (
            registration?.active?.state === 'activated' &&
            !registration.installing &&
            navigator.serviceWorker.controller !== null
          );
        }),
      {
        message:
          'test set-up: the service worker never became active, so the disk cannot be filled ' +
          'to a known level (its precache would still be growing)',
        timeout: 30_000,
      },
    )
    .toBe(true);
}

/**
 * Fills what is left of the origin's quota with another database, in ever smaller pieces,
 * until not even a small record fits. Returns the bytes written.
 */
function writeFiller(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = indexedDB.open('e2e-filler', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('junk');
    const filler: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const put = (key: number, bytes: number) =>
      new Promise<boolean>((resolve) => {
        const tx = filler.transaction('junk', 'readwrite');
        // Random bytes: the store may compress repeated ones.
        const block = new Uint8Array(bytes);
        for (let at = 0; at < bytes; at += 65_536) {
          crypto.getRandomValues(block.subarray(at, Math.min(at + 65_536, bytes)));
        }
        tx.objectStore('junk').put(block, key);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
        tx.onerror = () => resolve(false);
      });
    let key = 0;
    let written = 0;
    for (let size = 4 * 1024 * 1024; size >= 256; size = Math.floor(size / 4)) {
      while (await put(key, size)) {
        key += 1;
        written += size;
      }
    }
    filler.close();
    return written;
  });
}

export interface SmallDisk {
  /** Fills the rest of the quota: from here no write of the origin fits. */
  fill(): Promise<void>;
  /** Deletes the filler and gives the origin its usual quota: the user made room again. */
  release(): Promise<void>;
}

/**
 * Gives the origin a small quota. Call it before the test's first navigation (before anything
 * of the origin writes), then `fill()` where the disk should be full.
 */
export async function smallDisk(
  page: Page,
  context: BrowserContext,
  baseURL: string | undefined,
): Promise<SmallDisk> {
  if (page.url().startsWith('http')) {
    throw new Error('test set-up: smallDisk() must come before the first navigation');
  }
  const origin = new URL(baseURL ?? '').origin;
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES });
  return {
    async fill() {
      await serviceWorkerSettled(page);
      const written = await writeFiller(page);
      if (written === 0) {
        const usage = await page.evaluate(
          async () => (await navigator.storage.estimate()).usage ?? 0,
        );
        throw new Error(
          `test set-up, not the app: the filler found no room at all (the origin uses ${usage} ` +
            `bytes of the ${QUOTA_BYTES} the test gave it), so the disk was not filled to a ` +
            `known level.`,
        );
      }
    },
    async release() {
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase('e2e-filler');
            request.onsuccess = () => resolve();
            request.onerror = () => resolve();
          }),
      );
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    },
  };
}
