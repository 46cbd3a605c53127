// Screenshots for review: written only when PTDV_SHOTS_DIR is set, and never asserted on.
// `screenshots('backup')` names its files `backup-<name>.png`; without a prefix, `<name>.png`.
import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

const DIR = process.env.PTDV_SHOTS_DIR;

/** Whether screenshots are wanted: a test may take extra steps only to show a state. */
export const shotsWanted = Boolean(DIR);

export interface Shots {
  /** The whole page, scrolled content included. */
  (page: Page, name: string): Promise<void>;
  /** The window only, as the user sees it. */
  window(page: Page, name: string): Promise<void>;
  /** One element: a section, a card. */
  element(target: Locator, name: string): Promise<void>;
  /** The whole page, then screen by screen as a 1366×768 laptop shows it. */
  laptopScreens(page: Page, name: string): Promise<void>;
  /** A file the app made (a saved chart), kept beside the screenshots. */
  file(name: string, bytes: Buffer): Promise<void>;
}

export function screenshots(prefix?: string): Shots {
  const path = (name: string, extension = 'png') =>
    `${DIR}/${prefix ? `${prefix}-` : ''}${name}.${extension}`;
  const shot = async (page: Page, name: string) => {
    if (DIR) await page.screenshot({ path: path(name), fullPage: true });
  };
  return Object.assign(shot, {
    async window(page: Page, name: string) {
      if (DIR) await page.screenshot({ path: path(name) });
    },
    async element(target: Locator, name: string) {
      if (DIR) await target.screenshot({ path: path(name) });
    },
    async laptopScreens(page: Page, name: string) {
      if (!DIR) return;
      await shot(page, name);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < height; y += 768, part += 1) {
        await page.screenshot({
          path: path(`${name}-${part}`),
          fullPage: true,
          clip: { x: 0, y, width: 1366, height: Math.min(768, height - y) },
        });
      }
    },
    async file(name: string, bytes: Buffer) {
      if (DIR) await writeFile(path(name), bytes);
    },
  });
}
