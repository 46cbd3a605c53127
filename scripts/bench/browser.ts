// Chromium for the benchmark: the flags of playwright.config.ts, the e2e's context settings,
// an init script that records the main thread's long tasks, and a sampler of the JS heap of a
// page and of its workers (the import worker) over the Chrome DevTools Protocol.
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { ensureBrowser } from '../browser.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string | undefined {
  return process.env.PTDV_CHROMIUM ?? ensureBrowser() ?? undefined;
}

/**
 * A fresh browser for one part of the run. With a profile directory, a browser with its own
 * profile there, as a user's browser is; without, Playwright's usual context, whose IndexedDB
 * lives in memory (what the e2e tests use). Either way a fresh install with an empty database.
 * Closing the context closes its browser.
 */
export async function launchContext(
  baseURL: string,
  profileDir: string | null,
  options: {
    serviceWorkers?: 'allow' | 'block';
    extraArgs?: readonly string[];
    /** Opens the profile as it is (a database kept by --keep-db) instead of a fresh one. */
    reuseProfile?: boolean;
  } = {},
): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  const launch = {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    // The run closes its browsers itself when interrupted (closeAllContexts), then cleans up.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
  const settings = {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  } as const;
  let context: BrowserContext;
  if (profileDir) {
    if (!options.reuseProfile) rmSync(profileDir, { recursive: true, force: true });
    context = await chromium.launchPersistentContext(profileDir, { ...launch, ...settings });
  } else {
    const browser = await chromium.launch(launch);
    context = await browser.newContext(settings);
    context.on('close', () => void browser.close());
  }
  open.add(context);
  context.on('close', () => open.delete(context));
  // tsx (esbuild, keepNames) wraps named functions in __name(): the functions this benchmark
  // sends into the page need it there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  // Long tasks of the main thread (50 ms and more), from the first script on.
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __benchLongTasks: typeof tasks }).__benchLongTasks = tasks;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the figure stays empty.
    }
  });
  return context;
}

const open = new Set<BrowserContext>();

/** Closes every browser still open (an interrupted run). */
export async function closeAllContexts(): Promise<void> {
  await Promise.allSettled([...open].map((context) => context.close()));
}

/** The Chromium version of a running context ("156.0.8078.108"). */
export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  return product.replace(/^[^/]*\//, '');
}

/** Long tasks of the page that started at or after `since` (page time, ms). */
export async function longTasksSince(
  page: Page,
  since: number,
): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(
    (from) =>
      (
        window as unknown as { __benchLongTasks?: { start: number; duration: number }[] }
      ).__benchLongTasks?.filter((task) => task.start >= from) ?? [],
    since,
  );
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

interface AttachedWorker {
  sessionId: string;
  type: string;
  url: string;
}

/**
 * Samples the used JS heap of a page and of the dedicated workers it starts, every `everyMs`,
 * and keeps the peak of their sum. Workers are reached through the page's CDP session
 * (Target.setAutoAttach, messages relayed with Target.sendMessageToTarget).
 */
export class HeapSampler {
  private timer: NodeJS.Timeout | null = null;
  private readonly workers = new Map<string, AttachedWorker>();
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();
  peakBytes = 0;
  peakPageBytes = 0;
  peakWorkerBytes = 0;
  samples = 0;

  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page, everyMs = 250): Promise<HeapSampler> {
    const cdp = await page.context().newCDPSession(page);
    const sampler = new HeapSampler(cdp);
    cdp.on('Target.attachedToTarget', (event) => {
      const { sessionId, targetInfo } = event as {
        sessionId: string;
        targetInfo: { type: string; url: string };
      };
      sampler.workers.set(sessionId, { sessionId, type: targetInfo.type, url: targetInfo.url });
    });
    cdp.on('Target.detachedFromTarget', (event) => {
      sampler.workers.delete((event as { sessionId: string }).sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const { message } = event as { message: string };
      const parsed = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
      if (parsed.id === undefined) return;
      const resolve = sampler.waiting.get(parsed.id);
      sampler.waiting.delete(parsed.id);
      resolve?.(parsed.result ?? null);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    sampler.timer = setInterval(() => void sampler.sample(), everyMs);
    return sampler;
  }

  private workerHeap(sessionId: string): Promise<number> {
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<number>((resolve) => {
      const timeout = setTimeout(() => {
        this.waiting.delete(id);
        resolve(0);
      }, 2_000);
      this.waiting.set(id, (result) => {
        clearTimeout(timeout);
        resolve((result as { usedSize?: number } | null)?.usedSize ?? 0);
      });
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => {
          clearTimeout(timeout);
          this.waiting.delete(id);
          resolve(0);
        });
    });
  }

  async sample(): Promise<void> {
    try {
      const [page, ...workers] = await Promise.all([
        this.cdp.send('Runtime.getHeapUsage').then((result) => result.usedSize),
        ...[...this.workers.keys()].map((sessionId) => this.workerHeap(sessionId)),
      ]);
      const worker = workers.reduce((sum, bytes) => sum + bytes, 0);
      this.samples += 1;
      this.peakPageBytes = Math.max(this.peakPageBytes, page ?? 0);
      this.peakWorkerBytes = Math.max(this.peakWorkerBytes, worker);
      this.peakBytes = Math.max(this.peakBytes, (page ?? 0) + worker);
    } catch {
      // The page is navigating or closing: the next sample will do.
    }
  }

  get workerCount(): number {
    return this.workers.size;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sample();
    await this.cdp.detach().catch(() => {});
  }
}
