import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishConnectionEvent } from '@/db/connection-events';
import { announceLocalChange, onOtherTabChange } from './change-channel';

/** Another tab: its own channel of the same name. */
function otherTab(): BroadcastChannel {
  return new BroadcastChannel('ptdv-changes');
}

/** Lets the channel deliver what was posted (messages arrive asynchronously). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  publishConnectionEvent({ type: 'opened' });
});

describe('the cross-tab change channel', () => {
  it('tells other tabs of a local write, and hears theirs', async () => {
    const tab = otherTab();
    const heardThere = vi.fn();
    tab.onmessage = heardThere;
    const heardHere = vi.fn();
    const stop = onOtherTabChange(heardHere);

    announceLocalChange();
    await delivered();
    expect(heardThere).toHaveBeenCalledTimes(1);
    // A tab never hears its own message.
    expect(heardHere).not.toHaveBeenCalled();

    tab.postMessage({ type: 'changed', at: Date.now() });
    tab.postMessage({ type: 'something else' });
    await delivered();
    expect(heardHere).toHaveBeenCalledTimes(1);

    stop();
    tab.postMessage({ type: 'changed', at: Date.now() });
    await delivered();
    expect(heardHere).toHaveBeenCalledTimes(1);
    tab.close();
  });

  it('stays quiet once a newer tab has replaced the database (nothing can be re-read)', async () => {
    const tab = otherTab();
    const heard = vi.fn();
    const stop = onOtherTabChange(heard);
    publishConnectionEvent({ type: 'versionchange', newVersion: 50 });
    tab.postMessage({ type: 'changed', at: Date.now() });
    await delivered();
    expect(heard).not.toHaveBeenCalled();
    stop();
    tab.close();
  });
});
