// Tabs of the app tell each other when they wrote: after every local write (useLocalMutation) and
// every import, a message on the 'ptdv-changes' BroadcastChannel makes the other tabs re-read
// their queries, so a list in one tab shows what another tab saved without a reload. The
// message carries nothing but the fact: each tab re-reads its own store.

import { databaseReplaced } from '@/db/connection-events';

const CHANNEL_NAME = 'ptdv-changes';

interface ChangeMessage {
  type: 'changed';
  at: number;
}

let channel: BroadcastChannel | null | undefined;

/** The page's channel, or null where BroadcastChannel does not exist (old browsers, tests). */
function changeChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  return channel;
}

/** Tells the other tabs that this one wrote to the store. A tab never hears its own message. */
export function announceLocalChange(): void {
  const message: ChangeMessage = { type: 'changed', at: Date.now() };
  try {
    changeChannel()?.postMessage(message);
  } catch {
    // A closed channel (the page is unloading) has nobody left to tell.
  }
}

/** Calls `onChange` whenever another tab wrote to the store; returns the unsubscribe. */
export function onOtherTabChange(onChange: () => void): () => void {
  const source = changeChannel();
  if (!source) return () => {};
  const listener = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<ChangeMessage> | null;
    // A tab whose database a newer version replaced cannot read it any more (reload notice).
    if (data?.type === 'changed' && !databaseReplaced()) onChange();
  };
  source.addEventListener('message', listener);
  return () => source.removeEventListener('message', listener);
}
