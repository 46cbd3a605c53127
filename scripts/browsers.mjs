// `node scripts/browsers.mjs` (a step of `npm test`): the smoke run (scripts/browsers/smoke.mjs) in
// Firefox ESR and in WebKit, Safari's engine, against the built app served by `vite preview`.
// A browser missing is installed with apt-get when we are root on Debian (as scripts/browser.mjs
// does for Chromium); if it still cannot be had, that browser is skipped, loudly.
// `node scripts/browsers.mjs firefox` (or webkit) runs one. Env: PTDV_BROWSERS_PORT (default
// 4176; WebKitWebDriver takes the next port), PTDV_BROWSERS_OUT (build folder, dist-browsers).
import { execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { FIREFOX, firefox } from './browsers/firefox.mjs';
import { smoke } from './browsers/smoke.mjs';
import { WEBKIT, webkit } from './browsers/webkit.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

const PORT = Number(process.env.PTDV_BROWSERS_PORT ?? 4176);
const OUT_DIR = process.env.PTDV_BROWSERS_OUT ?? 'dist-browsers';
const BASE_URL = `http://127.0.0.1:${PORT}`;

function log(message) {
  console.log(`[browsers] ${message}`);
}

const present = (paths) => paths.find((path) => existsSync(path)) ?? null;

/** The browser's executable, installed with apt-get if missing (root on Debian only). */
function ensure(browser) {
  const found = () =>
    present(browser.needs ?? []) || !browser.needs ? present(browser.executables) : null;
  if (found()) return found();
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (root && apt) {
    log(`installing ${browser.name} with apt-get (${browser.apt})…`);
    try {
      execSync(
        `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${browser.apt}`,
        { stdio: 'inherit' },
      );
    } catch (error) {
      log(`apt-get failed: ${error.message}`);
    }
  }
  return found();
}

function skipped(browser) {
  const line = '!'.repeat(78);
  console.log(`\n${line}\nSKIPPED: ${browser.name} not installed — its smoke run did not run.`);
  console.log(`Install it (Debian: apt-get install ${browser.apt}) and run npm test again.`);
  console.log(`${line}\n`);
}

/** `vite preview` of the build, as the Playwright suite serves it; stop() ends it. */
async function startServer() {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      OUT_DIR,
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  let running = true;
  const exited = new Promise((resolve) => child.once('exit', resolve)).then(() => {
    running = false;
  });
  const end = Date.now() + 30_000;
  while (
    !(await fetch(BASE_URL).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (!running) throw new Error(`vite preview stopped (port ${PORT} taken?)`);
    if (Date.now() > end) throw new Error('vite preview did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    /** The screens' modules (src/app/router.tsx's lazy pages), which the app fetches when idle. */
    pages: readdirSync(`${OUT_DIR}/assets`).filter((name) => /-page-[\w-]+\.js$/.test(name)),
    async stop() {
      if (running) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

async function run(browser, launch) {
  const started = Date.now();
  const server = await startServer();
  let driver;
  try {
    driver = await launch();
    log(`${driver.name} ${driver.version}`);
    await smoke(driver, server, (message) => log(`${driver.name}: ${message}`));
    log(`${browser.name}: passed (${Math.round((Date.now() - started) / 1000)} s)`);
    return true;
  } catch (error) {
    console.error(`[browsers] ${browser.name}: FAILED\n${error.stack ?? error}`);
    return false;
  } finally {
    await driver?.close().catch(() => undefined);
    await server.stop();
  }
}

ensureDependencies();
const chosen = process.argv.slice(2);
const browsers = [
  [FIREFOX, (path) => firefox(path, BASE_URL)],
  [WEBKIT, (path) => webkit(path, BASE_URL, PORT + 1)],
].filter(([browser]) => chosen.length === 0 || chosen.includes(browser.name.toLowerCase()));

log(`building the app into ${OUT_DIR}/…`);
const build = spawnSync(
  'npx',
  ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(1);

let failed = 0;
for (const [browser, launch] of browsers) {
  const executable = ensure(browser);
  if (!executable) {
    skipped(browser);
    continue;
  }
  if (!(await run(browser, () => launch(executable)))) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
