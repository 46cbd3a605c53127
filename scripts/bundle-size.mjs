// The JavaScript a user downloads, gzipped: what the first screen needs and the whole app.
// Deterministic (sizes of a build, not timings), so CI holds the first screen to its budget.
//   node scripts/bundle-size.mjs            build into a temp dir, print the figures, check the budget
//   node scripts/bundle-size.mjs --dist d   measure an existing build made with --manifest
// The first screen is the home page of a set-up installation, what a secretary opens every day:
// the entry chunk, the chunks it imports statically (what index.html preloads), and the home
// route's chunk with its static imports. That is held to the budget. The first-run page of a
// fresh installation (seen once, with its form and schemas) is measured and reported beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const FIRST_SCREEN_BUDGET_KB = 150;
const FIRST_SCREEN_ROUTES = {
  home: 'src/features/home/home-page.tsx',
  setup: 'src/features/setup/setup-page.tsx',
};

const gzipKB = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;
const round = (kb) => Math.round(kb * 10) / 10;

/** The chunk files `key` needs before it runs: itself and its static imports, transitively. */
function staticClosure(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle-size: ${key} is not in the build manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/** Measures a build made with `--manifest` in `distDir`. */
export function measureBundle(distDir) {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`bundle-size: no ${manifestPath}; build with \`vite build --manifest\``);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entryKey = Object.keys(manifest).find(
    (key) => manifest[key].isEntry && key.endsWith('.html'),
  );
  if (!entryKey) throw new Error('bundle-size: no HTML entry in the build manifest');

  const sizeOf = new Map();
  const size = (file) => {
    if (!sizeOf.has(file)) sizeOf.set(file, gzipKB(readFileSync(join(distDir, file))));
    return sizeOf.get(file);
  };
  const entry = staticClosure(manifest, entryKey);
  const routes = {};
  for (const [name, key] of Object.entries(FIRST_SCREEN_ROUTES)) {
    const files = staticClosure(manifest, key, new Set(entry));
    routes[name] = round([...files].reduce((sum, file) => sum + size(file), 0));
  }
  const assets = join(distDir, 'assets');
  const allJs = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const totalGzKB = round(allJs.reduce((sum, file) => sum + size(join('assets', file)), 0));
  const largest = allJs
    .map((file) => ({ file, gzKB: round(size(join('assets', file))) }))
    .sort((a, b) => b.gzKB - a.gzKB)
    .slice(0, 8);
  return {
    firstScreenGzKB: routes.home,
    firstRunGzKB: routes.setup,
    firstScreenByRoute: routes,
    entryGzKB: round([...entry].reduce((sum, file) => sum + size(file), 0)),
    totalGzKB,
    largestChunks: largest,
    budgetKB: FIRST_SCREEN_BUDGET_KB,
  };
}

/** Builds the app into a temporary directory with a manifest; returns the directory. */
export function buildForMeasure() {
  const outDir = mkdtempSync(join(tmpdir(), 'ptdv-bundle-'));
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('bundle-size: the build failed');
  return outDir;
}

function main() {
  const at = process.argv.indexOf('--dist');
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  const distDir = given ?? buildForMeasure();
  try {
    const figures = measureBundle(distDir);
    console.log(JSON.stringify(figures, null, 2));
    if (figures.firstScreenGzKB > FIRST_SCREEN_BUDGET_KB) {
      console.error(
        `First-screen JavaScript is ${figures.firstScreenGzKB} KB gzipped, over the budget of ` +
          `${FIRST_SCREEN_BUDGET_KB} KB. Load what the first screen does not need lazily.`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        `First-screen JavaScript ${figures.firstScreenGzKB} KB gzipped (budget ${FIRST_SCREEN_BUDGET_KB} KB): ok`,
      );
    }
  } finally {
    if (!given) rmSync(distDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
