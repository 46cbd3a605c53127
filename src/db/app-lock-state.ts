// The lock's state as the shell needs it on every start: the settings read into the keys held in
// memory, the lock button, and what other tabs say. Nothing here walks the people (that is
// app-lock-repo.ts, loaded with the settings and the lock screen), so the first screen carries
// none of it.
import {
  APP_LOCK_SETTING,
  currentLockKeys,
  lockState,
  setLockKeys,
  type AppLockSettings,
} from './app-lock';
import { db } from './schema';

export async function readAppLock(): Promise<AppLockSettings | null> {
  const row = await db().settings.get(APP_LOCK_SETTING);
  return (row?.value as AppLockSettings | undefined) ?? null;
}

// Other tabs of the app hear of a lock, an unlock elsewhere does not concern them (each tab
// asks for the passphrase itself), a change of the settings makes them read them again.
type LockMessage = 'locked' | 'changed';
const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ptdv-app-lock');
// Node's channel (the unit tests) would otherwise keep the process alive.
(channel as { unref?: () => void } | null)?.unref?.();

export function announce(message: LockMessage): void {
  channel?.postMessage(message);
}

/** Reads the settings into the lock state; a lock set elsewhere leaves this tab locked. */
export async function loadLockState(): Promise<AppLockSettings | null> {
  const settings = await readAppLock();
  const held = currentLockKeys();
  if (!settings) setLockKeys(null, { enabled: false });
  // Being turned off elsewhere: this tab's keys would seal what that pass already opened.
  else if (settings.migration?.direction === 'open') setLockKeys(null, { enabled: true });
  // Keys of another lock (a backup restored with its own): ask for that lock's passphrase.
  else if (held && held.keyId !== settings.keyId) setLockKeys(null, { enabled: true });
  else setLockKeys(held, { enabled: true, autoLockMinutes: settings.autoLockMinutes });
  return settings;
}

if (channel) {
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    if (event.data === 'locked') setLockKeys(null);
    else void loadLockState();
  };
}

/**
 * The store was replaced by a backup, which brought its own lock (or none): this tab drops the
 * keys of the old one and reads the settings again (the lock screen asks for the restored lock's
 * passphrase), and the other tabs are told to read them again too (see loadLockState).
 */
export async function reloadLockAfterRestore(): Promise<void> {
  setLockKeys(null);
  await loadLockState();
  announce('changed');
}

/**
 * Drops the keys: the lock screen shows until the passphrase is typed again. The top bar's button
 * locks every tab of the app; the idle timer of one tab locks that tab only (another tab may be
 * in use).
 */
export function lockApp(options: { everywhere?: boolean } = {}): void {
  if (!lockState().enabled) return;
  setLockKeys(null);
  if (options.everywhere ?? true) announce('locked');
}
