// The aggregates' check: every write of the app keeps the aggregates current, so they can only
// drift through writes around it (another tool, a test seeding raw IndexedDB, a crash of an older
// version, a schema upgrade that empties them): checking once per page load is enough, and
// spares every screen a full count of people. The check compares the people's count with the
// count the aggregates hold (every person has one stage) and rebuilds when they disagree. A write
// around the repositories that only changes people, without adding or removing any, is not
// detected: every write in the app goes through aggregates.ts.
//
// One check per page, whoever asks: the page's screens, its queries and the quality worker's
// report (which the page asks only after this check, src/queries/quality.ts) all wait for the
// same one. Two checks in two contexts of one page (the page and a worker) once raced: the
// worker rebuilt, the page's own check then found the counts equal and kept the figures it had
// read before the rebuild (a dashboard of zeros). So:
// - the page runs the check, and the rebuild itself runs where `setRebuilder` says (the page
//   sends it to a worker: a quarter of a million people never block the page's thread);
// - after a rebuild, every `onAggregatesRebuilt` listener runs (the page re-reads its queries
//   there) before any waiting caller goes on, so nobody shows figures read before it.
import type { UnitStatsBlock } from '@/domain/admission-stats';
import { db } from './schema';

export type RebuildProgress = (done: number, total: number) => void;
type Rebuilder = (onProgress: RebuildProgress) => Promise<void>;
type RebuiltListener = () => Promise<unknown> | void;

/**
 * Recomputes the aggregates from every person, in ONE read-write transaction over the people and
 * every aggregate table: the people are read in chunks (progress after each), the tables swapped
 * at the end, and no write can come in between. A quarter of a million people take seconds.
 */
export async function rebuildAggregates(onProgress?: RebuildProgress): Promise<void> {
  const { aggregateTables, rebuildAggregatesIn } = await import('./aggregates');
  const d = db();
  await d.transaction('rw', [d.people, ...aggregateTables(d)], () =>
    rebuildAggregatesIn(d, onProgress),
  );
}

let rebuilder: Rebuilder = rebuildAggregates;
const rebuiltListeners = new Set<RebuiltListener>();

/** Where the rebuild runs (default: here). The page hands it to a worker. */
export function setRebuilder(next: Rebuilder): void {
  rebuilder = next;
}

/** Runs after every rebuild this context made, before the check's callers go on. */
export function onAggregatesRebuilt(listener: RebuiltListener): () => void {
  rebuiltListeners.add(listener);
  return () => rebuiltListeners.delete(listener);
}

let checkedThisLoad = false;
/** The check under way: callers asking at once share it (one count of the people, one rebuild). */
let running: Promise<{ rebuilt: boolean }> | null = null;
/** The progress of the rebuild under way goes to every caller waiting for it. */
const progressListeners = new Set<RebuildProgress>();

export async function ensureAggregates(
  onProgress?: RebuildProgress,
  options: { force?: boolean } = {},
): Promise<{ rebuilt: boolean }> {
  if (checkedThisLoad && !options.force) return { rebuilt: false };
  if (onProgress) progressListeners.add(onProgress);
  try {
    if (!running || options.force) {
      const check = checkAndRebuild();
      running = check;
      void check.then(
        () => running === check && (running = null),
        () => running === check && (running = null),
      );
    }
    return { rebuilt: (await running).rebuilt };
  } finally {
    if (onProgress) progressListeners.delete(onProgress);
  }
}

async function checkAndRebuild(): Promise<{ rebuilt: boolean }> {
  const d = db();
  const { people, held } = await d.transaction('r', d.people, d.unitStats, async () => ({
    people: await d.people.count(),
    held: peopleHeld(await d.unitStats.toArray()),
  }));
  if (people !== held) {
    await rebuilder((done, total) => {
      for (const listener of progressListeners) listener(done, total);
    });
  }
  // Set before the listeners run: a query they re-read may ask again, and must not wait for
  // this check (which waits for them).
  checkedThisLoad = true;
  if (people === held) return { rebuilt: false };
  await Promise.all([...rebuiltListeners].map((listener) => listener()));
  return { rebuilt: true };
}

/** How many people the aggregates hold: every person has exactly one stage. */
export function peopleHeld(unitStats: readonly UnitStatsBlock[]): number {
  let total = 0;
  for (const block of unitStats) {
    for (let index = 0; index < block.stages.length; index += 1) {
      total += block.stages[index] ?? 0;
    }
  }
  return total;
}
