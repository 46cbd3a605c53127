// Every screen timed again (screens.ts) on a database a run kept, without generating or
// importing anything: for comparing a change A/B on the same store and the same load.
//   npm run bench -- --sizes P --keep-db --port 4186      (once: imports P, keeps its profile)
//   npx tsx --tsconfig tsconfig.app.json scripts/bench/screens-only.ts --size P --port 4186 [--only units,sync]
//     [--profiles leveldb] (as the kept run's)
// The port must be the kept run's (IndexedDB belongs to the origin). Prints one JSON line.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, serveApp } from './app-server';
import { launchContext } from './browser';
import { measureScreens } from './screens';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'P' },
    port: { type: 'string', default: '4186' },
    // A comma list of screens (home, people, person, …, peopleSearch): only these.
    only: { type: 'string' },
    // A build to serve as it is (vite build --outDir <dir>), for A/B runs; default: build now.
    dist: { type: 'string' },
    // The kept run's --profiles: 'leveldb' opens its profile without the SQLite backing store.
    profiles: { type: 'string', default: 'sqlite' },
  },
});
const profilesDir = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const profile = join(profilesDir, `ptdv-bench-profile-${values.size}`);
if (!existsSync(profile)) throw new Error(`bench: no kept profile ${profile} (run with --keep-db)`);

const started = performance.now();
const log = (line: string) =>
  console.log(
    `[screens ${String(Math.round((performance.now() - started) / 1000)).padStart(3)} s] ${line}`,
  );

const build = values.dist
  ? { dir: values.dist, ms: 0 }
  : buildApp(mkdtempSync(join(tmpdir(), 'ptdv-bench-dist-')));
const server = await serveApp(build.dir, Number(values.port));
try {
  const context = await launchContext(server.url, profile, {
    reuseProfile: true,
    extraArgs:
      values.profiles === 'leveldb'
        ? []
        : ['--enable-features=IdbSqliteBackingStore,IdbSqliteOnDiskRollout'],
  });
  try {
    const page = await context.newPage();
    const only = values.only ? new Set(values.only.split(',').map((key) => key.trim())) : undefined;
    const screens = await measureScreens(page, (line) => log(`${values.size}: ${line}`), only);
    console.log(JSON.stringify({ size: values.size, screens }));
  } finally {
    await context.close();
  }
} finally {
  await server.close();
  if (!values.dist) rmSync(build.dir, { recursive: true, force: true });
}
