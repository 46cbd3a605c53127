// Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi: the smoke run's driver.
// The browser reports every console message and uncaught error of the page (from its first
// script on), so nothing is injected into the page to catch them.

export const FIREFOX = {
  name: 'Firefox',
  executables: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  apt: 'firefox-esr',
};

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
  const pending = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An Error logged reads as "JSHandle@error": its stack is read from the page.
    const parts = message
      .args()
      .map((arg) =>
        arg
          .evaluate((value) =>
            value instanceof Error ? value.stack || String(value) : String(value),
          )
          .catch(() => '?'),
      );
    pending.push(
      Promise.all(parts).then((texts) => errors.push(`console.error: ${texts.join(' ')}`)),
    );
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message ?? error}`));
  return {
    name: 'Firefox',
    version: await browser.version(),
    goto: (path) => page.goto(new URL(path, baseUrl).href).then(() => undefined),
    reload: () => page.reload().then(() => undefined),
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
    async errors() {
      await Promise.all(pending.splice(0, pending.length));
      return errors.splice(0, errors.length);
    },
    close: () => browser.close(),
  };
}
