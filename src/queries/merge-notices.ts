// "Merged with the changes from another tab": a save that found the record changed in another
// tab and merged both edits (src/db/save-conflict.ts) says so once, in the app's notices, even
// when the form has closed or navigated away after the save.

type Listener = (count: number) => void;

const listeners = new Set<Listener>();
let merges = 0;

/** Called by useLocalMutation after a save that merged another tab's changes. */
export function reportMerge(): void {
  merges += 1;
  for (const listener of listeners) listener(merges);
}

/** Calls `listener` with a growing count at every merged save; returns the unsubscribe. */
export function onMerge(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How many saves merged another tab's changes since the page loaded. */
export function mergeCount(): number {
  return merges;
}
