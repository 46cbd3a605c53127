// Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium (installed with
// apt-get when missing and we are root), else Playwright's own browser (downloaded where allowed).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function log(message) {
  console.log(`[browser] ${message}`);
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
    return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Returns the executable path to launch, or null to let Playwright use its own browser. */
export function ensureBrowser() {
  let path = findChromium();
  if (path) return path;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && isRoot()) {
    log("installing Debian's chromium with apt-get (first run on this machine)…");
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: 'inherit',
        },
      );
    } catch (error) {
      log(`apt-get failed: ${error.message}`);
    }
    path = findChromium();
    if (path) return path;
  }
  log(
    "no system Chromium; falling back to Playwright's own browser (npx playwright install chromium)",
  );
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureBrowser() ?? "(Playwright's own chromium)");
}
