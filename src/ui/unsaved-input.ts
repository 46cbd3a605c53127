// Which forms on the page hold input that is not saved yet. The update prompt and the "database
// upgraded in another tab" notice ask here before they reload, so a reload never throws away
// what a secretary typed.
import { useEffect, useId } from 'react';

const dirtyForms = new Set<string>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Marks the calling form as holding unsaved input while `dirty` is true. */
export function useUnsavedInput(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return undefined;
    dirtyForms.add(id);
    notify();
    return () => {
      dirtyForms.delete(id);
      notify();
    };
  }, [dirty, id]);
}

/** True while any form on the page holds unsaved input. */
export function hasUnsavedInput(): boolean {
  return dirtyForms.size > 0;
}

/** Calls `listener` whenever a form becomes dirty or clean; returns the unsubscribe. */
export function onUnsavedInputChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
