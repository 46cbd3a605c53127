// `npm run bench`: the province-scale benchmark. Builds the app, serves it, starts headless
// Chromium, and for S, M and L (a fresh browser and database each) imports a generated
// province through /sync, writes the same records with raw IndexedDB (the floor), times the
// dashboard against reading every person, and samples the main thread's long tasks and the JS
// heap; then the bundle's gzipped JavaScript and a start with the network off. Prints progress,
// the report, and last one JSON line; writes bench-results/latest.json, and with --markdown
// docs/benchmarks.md. See docs/benchmarks.md for what each figure means.
//   npm run bench [-- --sizes S,M] [--markdown] [--keep-db] [--profiles sqlite|leveldb|memory] [--port 4186]
//   npm run bench -- --help                                  (every option)
//   npm run bench -- --render bench-results/latest.json   (docs/benchmarks.md from a saved run)
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import * as prettier from 'prettier';
import { localIsoDate } from '../../src/domain/dates';
import { measureBundle } from '../bundle-size.mjs';
import { buildApp, serveApp, type AppServer } from './app-server';
import { buildBenchPages, GRID_ROWS, measurePlaceSave } from './place-save';
import {
  HeapSampler,
  chromiumVersion,
  closeAllContexts,
  launchContext,
  longTasksSince,
} from './browser';
import { measureDashboard, type Period } from './dashboard';
import { measureQuality } from './quality';
import { measureScreens } from './screens';
import { SIZES, writeDataset, type Dataset, type DatasetFile, type SizeName } from './dataset';
import { importThroughUi, type ImportResult } from './import-ui';
import { describeMachine, machineLine } from './machine';
import { measureOfflineStart } from './offline';
import { installPageWatch } from './page-watch';
import { seedInstallation, storeCounts, waitForDatabase, writeFloor } from './raw-idb';
import { renderMarkdown, summaryOf, targetsOf, type BenchReport, type SizeReport } from './report';
import { workerPhases } from './worker-phases';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    markdown: { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
    port: { type: 'string', default: '4186' },
    seed: { type: 'string', default: '2025' },
    'floor-people': { type: 'string', default: '200000' },
    profiles: { type: 'string', default: 'sqlite' },
    // Skips timing every screen (scripts/bench/screens.ts) after the dashboard.
    'no-screens': { type: 'boolean', default: false },
    // Writes docs/benchmarks.md again from a saved report, without running anything.
    render: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`npm run bench [-- options]: the province-scale benchmark (docs/benchmarks.md).
  --sizes S,M,L,P       the sizes to run (default S,M,L; P is the 250,000-person province)
  --profiles sqlite     IndexedDB backing store: sqlite (Chromium's default), leveldb or memory
  --no-screens          skip timing every screen after the dashboard
  --markdown            write docs/benchmarks.md from this run
  --render FILE         write docs/benchmarks.md from a saved run (bench-results/latest.json)
  --keep-db             keep each size's browser profile
  --port N              the port the built app is served on (default 4186)
  --seed N              the generated province's seed (default 2025)
  --floor-people N      people in the raw IndexedDB floor's store (default 200000)`);
  process.exit(0);
}

const sizes = values.sizes
  .split(',')
  .map((name) => name.trim().toUpperCase())
  .filter((name): name is SizeName => name in SIZES);
if (sizes.length === 0)
  throw new Error(`--sizes: none of ${Object.keys(SIZES).join(', ')} in "${values.sizes}"`);
const seed = Number(values.seed);
const floorPeople = Number(values['floor-people']);
const keepDb = values['keep-db'];
const today = localIsoDate();
const KPI_LABEL = 'Số liệu chính của kỳ';
/** Files chosen at once: enough to show the batch at work, few enough plans held at a time. */
const FILES_PER_PICK = 6;

const runStarted = performance.now();
/** Directories the run made: removed at the end, or when it is interrupted. */
const scratch = new Set<string>();
const removeScratch = () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void closeAllContexts().finally(() => {
      removeScratch();
      process.exit(130);
    });
  });
}
const log = (line: string) =>
  console.log(
    `[bench ${String(Math.round((performance.now() - runStarted) / 1000)).padStart(3)} s] ${line}`,
  );
const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** The province file alone, then the districts' files a few at a time. */
function batchesOf(dataset: Dataset): DatasetFile[][] {
  const batches: DatasetFile[][] = [[dataset.provinceFile]];
  for (let index = 0; index < dataset.districtFiles.length; index += FILES_PER_PICK) {
    batches.push(dataset.districtFiles.slice(index, index + FILES_PER_PICK));
  }
  return batches;
}

const year = Number(today.slice(0, 4));
/** The term 2020–2025, then this year so far: the two periods the dashboard is timed on. */
const FIRST_PERIOD: Period = { from: '2020-01-01', to: '2025-12-31' };
const SECOND_PERIOD: Period = { from: `${year}-01-01`, to: today };

/**
 * Where the browsers keep IndexedDB. 'sqlite' (the default): a browser profile directory, as a
 * user's, in /dev/shm (RAM, so this virtual machine's disk stays out of the figures) where there
 * is one, with Chromium's SQLite backing store for IndexedDB (features IdbSqliteBackingStore,
 * IdbSqliteOnDiskRollout; Chromium 156 already keeps in-memory databases in SQLite and is
 * rolling it out on disk). 'leveldb': the same profile on Chromium's on-disk default today,
 * LevelDB, whose compactions make every write slower as the store grows (measured: the raw floor
 * falls from 4,350 to 600 records/s between 0 and 210,000 stored people). 'memory': Playwright's
 * usual context, as in the e2e tests, which refuses writes past about 1.5 GB (some 630,000
 * people): S and M only.
 */
type Storage = 'sqlite' | 'leveldb' | 'memory';
const STORAGE: Storage =
  values.profiles === 'leveldb' || values.profiles === 'memory' ? values.profiles : 'sqlite';
const SQLITE_ARGS = ['--enable-features=IdbSqliteBackingStore,IdbSqliteOnDiskRollout'];
const PROFILES_DIR = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const STORAGE_LABEL = {
  sqlite: `Chromium's SQLite backing store, in a browser profile in ${PROFILES_DIR}`,
  leveldb: `Chromium's LevelDB backing store, in a browser profile in ${PROFILES_DIR}`,
  memory: 'in memory (a Playwright context)',
}[STORAGE];

/** A fresh browser for part of the run, IndexedDB kept as --profiles says. */
async function launch(name: string, options: { serviceWorkers?: 'allow' | 'block' } = {}) {
  if (STORAGE === 'memory') return launchContext(server().url, null, options);
  const dir = join(PROFILES_DIR, `ptdv-bench-profile-${name}`);
  scratch.add(dir);
  return launchContext(server().url, dir, {
    ...options,
    ...(STORAGE === 'sqlite' ? { extraArgs: SQLITE_ARGS } : {}),
  });
}
const profileDir = (name: string) => join(PROFILES_DIR, `ptdv-bench-profile-${name}`);
/** The backing store a profile's IndexedDB is in, seen from its files (LevelDB's end so). */
function backingStoreOf(name: string): string {
  if (STORAGE === 'memory') return 'memory';
  const dir = join(profileDir(name), 'Default', 'IndexedDB');
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  if (entries.some((entry) => entry.endsWith('.indexeddb.leveldb'))) return 'leveldb';
  return entries.length > 0 ? 'sqlite' : 'unknown';
}
const removeProfile = (name: string) => rmSync(profileDir(name), { recursive: true, force: true });

let appServer: AppServer | null = null;
const server = (): AppServer => {
  if (!appServer) throw new Error('bench: the app is not served yet');
  return appServer;
};

/** On the imported store: the dashboard's times, then saving a grid of places' figures. */
async function measureViews(page: Page, size: SizeName) {
  log(`${size}: dashboard`);
  const dashboard = await measureDashboard(page, FIRST_PERIOD, SECOND_PERIOD);
  if (dashboard.admitted !== dashboard.naiveAdmitted) {
    throw new Error(
      `bench: the dashboard shows ${dashboard.admitted} admitted, reading every person counts ` +
        `${dashboard.naiveAdmitted}`,
    );
  }
  log(
    `${size}: dashboard ${round(dashboard.dashboardMs)} ms (whole page ${round(dashboard.completeMs)} ms), recompute ${round(dashboard.recomputeMs)} ms, ` +
      `naive ${round(dashboard.naiveDashboardMs)} ms (${dashboard.admitted} admitted ${FIRST_PERIOD.from}–${FIRST_PERIOD.to})`,
  );
  log(`${size}: saving a grid of ${GRID_ROWS} places' figures`);
  const placeSave = await measurePlaceSave(page);
  log(
    `${size}: grid of ${placeSave.rows} ${placeSave.kind} rows (${placeSave.year}) saved in ` +
      `${round(placeSave.medianMs)} ms (median; ${placeSave.runsMs.map((ms) => round(ms)).join(', ')})`,
  );
  return { dashboard, placeSave };
}

async function runSize(size: SizeName): Promise<SizeReport> {
  const dir = join(tmpdir(), `ptdv-bench-${size}`);
  scratch.add(dir);
  log(`${size} (${SIZES[size].label}): generating the dataset in ${dir}`);
  const dataset = writeDataset(size, dir, seed, today, floorPeople, log);
  const bytes = [dataset.provinceFile, ...dataset.districtFiles].reduce(
    (sum, f) => sum + f.bytes,
    0,
  );
  log(
    `${size}: ${dataset.records} records (${dataset.counts.people} people, ${dataset.counts.units} units, ` +
      `${dataset.counts.classes} classes) in ${dataset.districtFiles.length + 1} files, ` +
      `${round(bytes / 1e6)} MB, generated in ${round(dataset.generateMs / 1000, 1)} s`,
  );
  server().setDataDir(dataset.dir);

  let context: BrowserContext | null = null;
  try {
    // The import and the dashboard: a province's installation that receives the files.
    context = await launch(size);
    await installPageWatch(context, KPI_LABEL);
    const page = await context.newPage();
    await page.goto('/sync');
    await waitForDatabase(page);
    await seedInstallation(page, dataset.rootUnitId);
    await page.reload();
    await page.getByLabel('Chọn tệp để nhập').waitFor({ state: 'attached' });

    const heap = await HeapSampler.start(page);
    log(`${size}: importing through /sync`);
    let imported: ImportResult;
    try {
      imported = await importThroughUi(page, batchesOf(dataset), log);
    } finally {
      await heap.stop();
    }
    const tasks = await longTasksSince(page, imported.pageWindow.from);
    const longest = tasks
      .filter((task) => task.start <= imported.pageWindow.to)
      .reduce((max, task) => Math.max(max, task.duration), 0);
    const phases = await workerPhases(page);
    const backingStore = backingStoreOf(size);
    // Each long task with the step of the import it fell in (batch, preview or apply).
    const located = tasks
      .filter((task) => task.start <= imported.pageWindow.to)
      .map((task) => {
        const index = imported.batches.findIndex((batch) => task.start <= batch.pageTimes.applied);
        const batch = imported.batches[index];
        const step = batch && task.start >= batch.pageTimes.previewed ? 'apply' : 'preview';
        return { start: round(task.start), duration: round(task.duration), batch: index + 1, step };
      });
    const counts = await storeCounts(page);
    if (counts.stores.people !== dataset.counts.people || counts.created !== dataset.records) {
      throw new Error(
        `bench: the store holds ${counts.stores.people} people and the import log ` +
          `${counts.created} created records; the dataset has ${dataset.counts.people} and ${dataset.records}`,
      );
    }
    const importRecordsPerSec = dataset.records / (imported.importMs / 1000);
    log(
      `${size}: imported ${dataset.records} records in ${round(imported.importMs / 1000, 1)} s ` +
        `(${round(importRecordsPerSec)} records/s); longest main-thread task ${round(longest)} ms; ` +
        `peak heap ${round(heap.peakBytes / 1e6)} MB (page ${round(heap.peakPageBytes / 1e6)}, ` +
        `worker ${round(heap.peakWorkerBytes / 1e6)})`,
    );

    const { dashboard, placeSave } = await measureViews(page, size);
    const quality = await measureQuality(page, (line) => log(`${size}: ${line}`));
    const screens = values['no-screens']
      ? undefined
      : await measureScreens(page, (line) => log(`${size}: ${line}`));
    await context.close();
    context = null;

    // The floor: the same rows, raw IndexedDB, one transaction, in the app's own stores.
    if (keepDb && STORAGE !== 'memory') {
      log(`${size}: the imported database stays in the profile ${profileDir(size)}`);
    }
    log(`${size}: raw IndexedDB floor (${dataset.floorRecords} records)`);
    context = await launch(`${size}-floor`);
    const floorPage = await context.newPage();
    await floorPage.goto('/');
    await waitForDatabase(floorPage);
    await floorPage.goto('/__bench/blank');
    await waitForDatabase(floorPage);
    const floor = await writeFloor(floorPage, dataset.floorFiles);
    const rawFloorRecordsPerSec = floor.records / (floor.ms / 1000);
    log(
      `${size}: floor ${floor.records} records in ${round(floor.ms / 1000, 1)} s ` +
        `(${round(rawFloorRecordsPerSec)} records/s)`,
    );
    await context.close();
    context = null;
    removeProfile(`${size}-floor`);

    return {
      records: dataset.records,
      importMs: round(imported.importMs),
      importRecordsPerSec: round(importRecordsPerSec),
      rawFloorRecordsPerSec: round(rawFloorRecordsPerSec),
      importVsFloor: round(importRecordsPerSec / rawFloorRecordsPerSec, 2),
      dashboardMs: round(dashboard.dashboardMs),
      recomputeMs: round(dashboard.recomputeMs),
      naiveDashboardMs: round(dashboard.naiveDashboardMs),
      dashboardVsNaive: round(dashboard.naiveDashboardMs / dashboard.dashboardMs, 1),
      longestTaskMs: round(longest),
      peakHeapMB: round(heap.peakBytes / 1e6),
      people: dataset.counts.people,
      units: dataset.counts.units,
      classes: dataset.counts.classes,
      files: dataset.districtFiles.length + 1,
      fileMB: round(bytes / 1e6, 1),
      maxPeoplePerFile: Math.max(...dataset.districtFiles.map((file) => file.people)),
      floorRecords: floor.records,
      floorMs: round(floor.ms),
      longTasksDuringImport: located.length,
      longTasks: located.filter((task) => task.duration >= 60),
      peakPageHeapMB: round(heap.peakPageBytes / 1e6),
      peakWorkerHeapMB: round(heap.peakWorkerBytes / 1e6),
      heapSamples: heap.samples,
      batches: imported.batches,
      workerPhasesMs: phases,
      ...(dashboard.shellMs === null ? {} : { dashboardShellMs: round(dashboard.shellMs) }),
      dashboardRunsMs: dashboard.dashboardRunsMs.map((ms) => round(ms)),
      dashboardSettledMs: round(dashboard.settledMs),
      dashboardCompleteMs: round(dashboard.completeMs),
      dashboardCompleteRunsMs: dashboard.completeRunsMs.map((ms) => round(ms)),
      ...quality,
      ...(screens ? { screens } : {}),
      recomputeRunsMs: dashboard.recomputeRunsMs.map((ms) => round(ms)),
      admittedFirstPeriod: dashboard.admitted,
      places: dataset.counts.places,
      placeFigures: dataset.counts.placeFigures,
      placeSaveMs: round(placeSave.medianMs, 1),
      placeSaveRunsMs: placeSave.runsMs.map((ms) => round(ms, 1)),
      placeSaveRows: placeSave.rows,
      generateMs: dataset.generateMs,
      backingStore,
    };
  } finally {
    await context?.close();
    if (keepDb) {
      scratch.delete(dir);
      scratch.delete(profileDir(size));
    } else {
      rmSync(dir, { recursive: true, force: true });
      removeProfile(size);
    }
  }
}

const DOC = 'docs/benchmarks.md';

/** The document as the repository's Prettier writes it (`npm test` checks it). */
async function formatted(markdown: string): Promise<string> {
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

async function main(): Promise<void> {
  if (values.render) {
    const saved = JSON.parse(readFileSync(values.render, 'utf8')) as BenchReport;
    saved.targets = targetsOf(saved);
    writeFileSync(DOC, await formatted(renderMarkdown(saved)));
    log(`wrote docs/benchmarks.md from ${values.render}`);
    return;
  }
  log(`building the app`);
  const build = buildApp();
  scratch.add(build.dir);
  const benchPages = mkdtempSync(join(tmpdir(), 'ptdv-bench-pages-'));
  scratch.add(benchPages);
  buildBenchPages(benchPages);
  log(`built in ${round(build.ms / 1000, 1)} s into ${build.dir}`);
  const bundle = measureBundle(build.dir);
  log(
    `bundle: first screen ${bundle.firstScreenGzKB} KB gzipped, whole app ${bundle.totalGzKB} KB`,
  );
  appServer = await serveApp(build.dir, Number(values.port), benchPages);
  log(`serving on ${server().url}`);
  const sizesDone: BenchReport['sizes'] = {};
  try {
    const probe = await launchContext(server().url, null);
    const machine = describeMachine(await chromiumVersion(probe));
    await probe.close();
    log(`machine: ${machineLine(machine)}`);
    log('offline start');
    const offline = await measureOfflineStart(server().url, null, KPI_LABEL);
    log(
      `offline start ${round(offline.offlineStartMs)} ms ` +
        `(${offline.fromServiceWorker ? 'service worker' : 'HTTP cache, no service worker'})`,
    );
    const assemble = (complete: boolean): BenchReport => {
      const report: BenchReport = {
        machine: machineLine(machine),
        machineInfo: machine,
        date: new Date().toISOString(),
        dataDate: today,
        seed,
        complete,
        sizes: sizesDone,
        bundle: {
          firstScreenGzKB: bundle.firstScreenGzKB,
          totalGzKB: bundle.totalGzKB,
          entryGzKB: bundle.entryGzKB,
          firstScreenByRoute: bundle.firstScreenByRoute,
          largestChunks: bundle.largestChunks,
        },
        offlineStartMs: round(offline.offlineStartMs),
        offlineStartFromServiceWorker: offline.fromServiceWorker,
        indexedDb: STORAGE_LABEL,
        runSeconds: round((performance.now() - runStarted) / 1000),
        buildSeconds: round(build.ms / 1000, 1),
        targets: [],
      };
      report.targets = targetsOf(report);
      return report;
    };
    mkdirSync('bench-results', { recursive: true });
    const save = (report: BenchReport) =>
      writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
    for (const size of sizes) {
      // A fresh browser and profile per size: no cache, heap or database carried over.
      sizesDone[size] = await runSize(size);
      // What is measured so far survives an interrupted run ("complete": false).
      save(assemble(false));
    }
    const full = assemble(true);
    save(full);
    const markdown = await formatted(renderMarkdown(full));
    if (values.markdown) {
      writeFileSync(DOC, markdown);
      log('wrote docs/benchmarks.md');
    }
    console.log(`\n${markdown}`);
    log(`wrote bench-results/latest.json; the run took ${full.runSeconds} s`);
    console.log(JSON.stringify(summaryOf(full)));
  } finally {
    await appServer.close();
    removeScratch();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
