// A lazily loaded module (a page, the charts, the lock screen) fetched again when its first
// fetch fails. The fetch of a lazy chunk can fail for a moment (the network drops, a server
// restarts, the service worker takes the page over while it installs: seen once in CI as
// "Failed to fetch dynamically imported module"); a secretary should not meet an error for
// that. Chromium remembers a failed module for the life of the document (a second import() of
// the same address fails at once, without a request), so a retry imports the address the error
// names with a query added, a new address to the browser; where the error names none (Safari),
// the same import is tried again. When every try fails the page says so with a way to reload
// (src/app/error-boundary.tsx).

/** The waits before the second and third tries. */
export const RETRY_DELAYS_MS = [300, 1200] as const;

type Wait = (ms: number) => Promise<void>;
/** Every retry of this document asks for an address never asked before (a failure is kept). */
let retries = 0;
const sleep: Wait = (ms) => new Promise((done) => setTimeout(done, ms));

export async function retryImport<T>(
  load: () => Promise<T>,
  options: { wait?: Wait; importUrl?: (url: string) => Promise<T> } = {},
): Promise<T> {
  const wait = options.wait ?? sleep;
  const importUrl =
    options.importUrl ?? ((url: string) => import(/* @vite-ignore */ url) as Promise<T>);
  let attempt: () => Promise<T> = load;
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await attempt();
    } catch (error) {
      await wait(delay);
      const url = failedModuleUrl(error);
      retries += 1;
      const retryUrl = `${url}?retry=${retries}`;
      attempt = url ? () => importUrl(retryUrl) : load;
    }
  }
  return attempt();
}

/** Whether an error is a module that could not be fetched (each engine words it its own way). */
export function isModuleLoadFailure(error: unknown): boolean {
  return /dynamically imported module|Importing a module script failed|module script/i.test(
    messageOf(error),
  );
}

/** The address of the module an import failed to fetch, when the error names it. */
export function failedModuleUrl(error: unknown): string | null {
  if (!isModuleLoadFailure(error)) return null;
  const match = /(https?:\/\/[^\s?#]+\.m?js)/.exec(messageOf(error));
  return match?.[1] ?? null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How each page whose module failed makes itself fetchable again (router.tsx). */
const failedPages = new Set<() => void>();

/** A page whose module failed registers here how to be tried afresh. */
export function rememberFailedPage(reset: () => void): void {
  failedPages.add(reset);
}

/**
 * Called once the failure is on screen (error-boundary.tsx): the failed pages are tried afresh
 * when next opened. Not sooner: a page made fetchable again while React still draws it would
 * be fetched again at once, and again, the failure never shown.
 */
export function forgetFailedPages(): void {
  for (const reset of failedPages) reset();
  failedPages.clear();
}
