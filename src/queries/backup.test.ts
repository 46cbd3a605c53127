// A restore replaces the whole store, the app lock included: every open tab of the app must
// follow, not only the one that restored. The other tabs are played here by channels of the same
// names (a tab never hears its own messages).
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppLock, currentLockKeys, lockState, setLockKeys } from '@/db/app-lock';
import { enableAppLock, reloadLockAfterRestore } from '@/db/app-lock-repo';
import { db, resetDatabase } from '@/db/schema';
import { rereadAfterRestore } from './backup';

const ITERATIONS = 1_000;

/** Lets the channels deliver what was posted (messages arrive asynchronously). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Another tab listening on a channel: what it heard. */
function otherTab(name: string) {
  const channel = new BroadcastChannel(name);
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent<unknown>) => heard.push(event.data);
  return { channel, heard };
}

const open: BroadcastChannel[] = [];

beforeEach(async () => {
  await resetDatabase();
  setLockKeys(null, { enabled: null });
});

afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
  setLockKeys(null, { enabled: null });
});

/** What a restore leaves in the store: the backup's own lock, not the one this tab opened. */
async function restoreAnotherLock(): Promise<void> {
  const other = await createAppLock('mật khẩu của bản sao lưu', { iterations: ITERATIONS });
  await db().settings.put({ key: 'appLock', value: other.settings });
}

describe('after a restore', () => {
  it('this tab re-reads every query and the other tabs are told to', async () => {
    const tab = otherTab('ptdv-changes');
    open.push(tab.channel);
    const queryClient = new QueryClient();
    queryClient.setQueryData(['people', 'list'], ['Lò Thị Hoa']);

    await rereadAfterRestore(queryClient);
    await delivered();

    expect(queryClient.getQueryState(['people', 'list'])?.isInvalidated).toBe(true);
    expect(tab.heard).toEqual([{ type: 'changed', at: expect.any(Number) }]);
  });

  it('this tab drops the keys of the lock the backup replaced, and tells the others', async () => {
    await enableAppLock('Mật khẩu thử 2026', { iterations: ITERATIONS });
    expect(lockState()).toMatchObject({ enabled: true, unlocked: true });
    const tab = otherTab('ptdv-app-lock');
    open.push(tab.channel);
    await restoreAnotherLock();

    await reloadLockAfterRestore();
    await delivered();

    expect(currentLockKeys()).toBeNull();
    // The restored lock is on: the lock screen asks for its passphrase.
    expect(lockState()).toMatchObject({ enabled: true, unlocked: false });
    expect(tab.heard).toEqual(['changed']);
  });

  it('a tab told of a restore by another drops keys that do not open the restored lock', async () => {
    await enableAppLock('Mật khẩu thử 2026', { iterations: ITERATIONS });
    const restoring = new BroadcastChannel('ptdv-app-lock');
    open.push(restoring);
    await restoreAnotherLock();
    restoring.postMessage('changed');
    await delivered();
    expect(currentLockKeys()).toBeNull();
    expect(lockState()).toMatchObject({ enabled: true, unlocked: false });

    // A backup without a lock: nothing to ask for any more.
    await db().settings.delete('appLock');
    restoring.postMessage('changed');
    await delivered();
    expect(lockState()).toMatchObject({ enabled: false, unlocked: false });
  });
});
