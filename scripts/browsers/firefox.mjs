// Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi: the smoke run's driver.
// The browser reports every console message and uncaught error of the page (from its first
// script on), so nothing is injected into the page to catch them.

export const FIREFOX = {
  name: 'Firefox',
  executables: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  apt: 'firefox-esr',
};

const ABORTED_BY_LEAVING =
  /^Failed to load ‘[^’]+\/assets\/[^’]+\.(?:js|css)’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;

/** Launches the browser and returns the driver the smoke run uses. */
export async function firefox(executablePath, baseUrl) {
  // Loaded here, after scripts/browsers.mjs has made sure the dependencies are installed.
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 140 has no BiDi screen-orientation override, which a viewport set later would send.
    defaultViewport: null,
    args: ['--width=1366', '--height=768'],
    // The app in Vietnamese, as its users read it.
    extraPrefsFirefox: { 'intl.accept_languages': 'vi-VN, vi' },
  });
  const page = await browser.newPage();
  const errors = [];
  let navigating = false;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    const text = error.message ?? String(error);
    // Firefox reports a chunk still loading through the service worker when the page is left
    // (the idle preloading of other screens) as failed: the page asked for nothing that failed.
    if (navigating && ABORTED_BY_LEAVING.test(text)) return;
    errors.push(`page error: ${text}`);
  });
  const navigate = async (go) => {
    navigating = true;
    try {
      await go();
    } finally {
      navigating = false;
    }
  };
  return {
    name: 'Firefox',
    version: await browser.version(),
    goto: (path) => navigate(() => page.goto(new URL(path, baseUrl).href)),
    reload: () => navigate(() => page.reload()),
    call(fn, ...args) {
      return page.evaluate(fn, ...args);
    },
    async handle(fn, ...args) {
      const handle = await page.evaluateHandle(fn, ...args);
      const element = handle.asElement();
      if (!element) await handle.dispose();
      return element;
    },
    click: (element) => element.click(),
    type: (element, text) => element.type(text),
    upload: (element, path) => element.uploadFile(path),
    errors: () => errors.splice(0, errors.length),
    close: () => browser.close(),
  };
}
