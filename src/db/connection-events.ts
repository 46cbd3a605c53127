// What happens to this page's connection to the database, for the reload notice: another tab
// opened a newer schema (IndexedDB's `versionchange`), so this connection closed itself and the
// page must be reloaded; or this page's own upgrade waits for older tabs (`blocked`). A tiny
// emitter, so that src/db knows nothing of React; the last event is kept for late subscribers.

export type ConnectionEvent =
  /** Another tab upgraded (or deleted) the database: this connection is closed for good. */
  | { type: 'versionchange'; newVersion: number | null }
  /** This page's upgrade waits until tabs still on the old version close their connection. */
  | { type: 'blocked' }
  /** The database opened (after a block, the wait is over). */
  | { type: 'opened' };

type Listener = (event: ConnectionEvent) => void;

const listeners = new Set<Listener>();
let last: ConnectionEvent | null = null;

export function publishConnectionEvent(event: ConnectionEvent): void {
  last = event;
  for (const listener of listeners) listener(event);
}

/** Calls `listener` with every event from now on; returns the unsubscribe. */
export function onConnectionEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The last event, or null (a notice mounted after the event still shows it). */
export function lastConnectionEvent(): ConnectionEvent | null {
  return last;
}

/** True once another tab has replaced the database under this page. */
export function databaseReplaced(): boolean {
  return last?.type === 'versionchange';
}
