// A read started before anyone asks for it (a page's module starts it as it loads, before React
// mounts the page and before the unit tree is read) is handed to the first ask only if nothing
// was written since it started: every committed write of this page or of another tab (Dexie's
// 'storagemutated' event, which its live queries use) moves the generation on.
import Dexie from 'dexie';

let writes = 0;
let listening = false;

function listenForWrites(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', () => {
    writes += 1;
  });
}

export interface Preload<T> {
  /** Starts the read now (once), for take to hand out later. */
  start(): void;
  /** The started read when nothing was written since it began, else a new read. */
  take(): Promise<T>;
  /** The started read when nothing was written since it began, else null (nothing read). */
  taken(): Promise<T> | null;
}

export function preloaded<T>(read: () => Promise<T>): Preload<T> {
  let early: { promise: Promise<T>; writes: number } | null = null;
  const taken = () => {
    listenForWrites();
    const started = early;
    early = null;
    return started && started.writes === writes ? started.promise : null;
  };
  return {
    start: () => {
      listenForWrites();
      if (early) return;
      const promise = read();
      // A failed read is read again (and its error reported) by whoever asks.
      promise.catch(() => undefined);
      early = { promise, writes };
    },
    taken,
    take: () => taken() ?? read(),
  };
}
