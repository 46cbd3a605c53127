// Files the app hands to the browser as downloads: waited for around the click that makes them,
// and kept in the test's output folder when the test reads them back.
import { test, type Download, type Page } from '@playwright/test';

/** Runs `action` (a click) and returns the download it started. */
export async function downloadOf(
  page: Page,
  action: () => Promise<void>,
  options: { timeout?: number } = {},
): Promise<Download> {
  const started = page.waitForEvent('download', options);
  await action();
  return started;
}

export interface SavedFile {
  /** Where the file is kept, in the test's output folder. */
  path: string;
  /** The name the app gave it. */
  name: string;
}

/** Keeps a downloaded file under the name the app gave it. */
export async function saveDownload(download: Download): Promise<SavedFile> {
  const name = download.suggestedFilename();
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return { path, name };
}
