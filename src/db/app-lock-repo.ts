// Turning the app lock on and off over the store, unlocking, changing the passphrase. The crypto
// and the keys in memory are app-lock.ts; this file walks the people table.
//
// Turning the lock on seals every stored CCCD, a few thousand people per transaction (a quarter
// of a million people do not fit one transaction's patience, nor one progress bar). The settings
// row carries a `migration` marker with the last id done, written in the same transaction as
// each chunk: a closed tab leaves a consistent mix (each row clear or sealed, never half) that
// the next unlock finishes. Turning it off walks the other way, then deletes the settings row.
import { toRow } from './people-repo';
import {
  APP_LOCK_SETTING,
  AppLockError,
  createAppLock,
  currentLockKeys,
  openAppLock,
  openPeopleRows,
  rewrapAppLock,
  sealNationalId,
  setClearWrites,
  setLockKeys,
  type AppLockSettings,
  type LockKeys,
  type LockMigration,
} from './app-lock';
import { announce, readAppLock } from './app-lock-state';
import { db } from './schema';
import { applyListChanges } from './aggregates';
import type { PersonRow } from './rows';

/** People per transaction: about a third of a second of writing on the machines measured. */
export const MIGRATION_CHUNK = 2000;

export interface MigrationOptions {
  onProgress?: (done: number, total: number) => void;
  /** People per transaction (tests use small chunks). */
  chunkSize?: number;
}

async function writeAppLock(settings: AppLockSettings): Promise<void> {
  await db().settings.put({ key: APP_LOCK_SETTING, value: settings });
}

/**
 * Opens the lock with the passphrase (AppLockError 'wrongPassphrase' otherwise) and finishes a
 * migration a closed tab left half-way.
 */
export async function unlockApp(passphrase: string, options: MigrationOptions = {}): Promise<void> {
  const settings = await readAppLock();
  if (!settings) {
    // Turned off meanwhile (another tab, a restored backup without a lock): nothing to open.
    setLockKeys(null, { enabled: false });
    return;
  }
  const keys = await openAppLock(settings, passphrase);
  if (settings.migration) {
    await migratePeople(settings.migration, keys, options);
    if (settings.migration.direction === 'open') {
      await db().settings.delete(APP_LOCK_SETTING);
      setLockKeys(null, { enabled: false });
      announce('changed');
      return;
    }
    await writeAppLock({ ...(await requireLock()), migration: null });
  }
  setLockKeys(keys, { enabled: true, autoLockMinutes: settings.autoLockMinutes });
}

async function requireLock(): Promise<AppLockSettings> {
  const settings = await readAppLock();
  if (!settings) throw new AppLockError('notEnabled');
  return settings;
}

/**
 * Turns the lock on: a new lock with random keys wrapped by the passphrase, then every stored
 * CCCD sealed. The keys stay in memory: the app stays open.
 */
export async function enableAppLock(
  passphrase: string,
  options: MigrationOptions & { iterations?: number; autoLockMinutes?: number } = {},
): Promise<void> {
  if (await readAppLock()) throw new AppLockError('alreadyEnabled');
  const migration: LockMigration = { direction: 'seal', after: '' };
  const { settings, keys } = await createAppLock(passphrase, {
    ...(options.iterations ? { iterations: options.iterations } : {}),
    ...(options.autoLockMinutes ? { autoLockMinutes: options.autoLockMinutes } : {}),
    migration,
  });
  // The marker is stored before the first row is sealed: from here on a sealed CCCD always has
  // its lock next to it.
  await writeAppLock(settings);
  setLockKeys(keys, { enabled: true, autoLockMinutes: settings.autoLockMinutes });
  announce('changed');
  await migratePeople(migration, keys, options);
  await writeAppLock({ ...(await requireLock()), migration: null });
}

/** Turns the lock off: the passphrase again, every CCCD back in clear, the settings row gone. */
export async function disableAppLock(
  passphrase: string,
  options: MigrationOptions = {},
): Promise<void> {
  const settings = await requireLock();
  const keys = await openAppLock(settings, passphrase);
  const migration: LockMigration = { direction: 'open', after: '' };
  await writeAppLock({ ...settings, migration });
  // Other tabs drop their keys (see loadLockState); this one writes in clear from now on.
  announce('changed');
  setClearWrites(true);
  try {
    await migratePeople(migration, keys, options);
    await db().settings.delete(APP_LOCK_SETTING);
  } finally {
    setClearWrites(false);
  }
  setLockKeys(null, { enabled: false });
  announce('changed');
}

/** A new passphrase for the same keys: cheap, whatever the number of people. */
export async function changeAppLockPassphrase(
  current: string,
  next: string,
  options: { iterations?: number } = {},
): Promise<void> {
  const settings = await requireLock();
  await writeAppLock(await rewrapAppLock(settings, current, next, options));
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  const settings = await requireLock();
  await writeAppLock({ ...settings, autoLockMinutes: minutes });
  setLockKeys(currentLockKeys(), { autoLockMinutes: minutes });
  announce('changed');
}

/** A row in the migration's target state, or null when it is there already. */
async function migrated(
  row: PersonRow,
  direction: LockMigration['direction'],
  keys: LockKeys,
): Promise<PersonRow | null> {
  if (direction === 'seal') {
    if (row.nationalIdSealed || !row.nationalId) return null;
    // toRow derives the search key again: without the CCCD's digits once it is sealed.
    return toRow({ ...row, ...(await sealNationalId(row.id, row.nationalId, keys)) });
  }
  if (!row.nationalIdSealed) return null;
  const [opened] = await openPeopleRows([row], keys);
  return opened ? toRow(opened) : null;
}

/**
 * Walks the people by id from `migration.after`, a chunk per transaction: read, seal or open
 * outside any transaction (WebCrypto awaited inside one would end it), then write each row that
 * is still as read, with the marker's new position. A row saved meanwhile by this app is already
 * in the target state (savePerson seals under the lock); anything else is read again.
 */
async function migratePeople(
  migration: LockMigration,
  keys: LockKeys,
  { onProgress, chunkSize = MIGRATION_CHUNK }: MigrationOptions = {},
): Promise<void> {
  const d = db();
  const total = await d.people.count();
  let after = migration.after;
  let done = after === '' ? 0 : await d.people.where(':id').belowOrEqual(after).count();
  onProgress?.(done, total);
  for (;;) {
    const chunk = await d.people.where(':id').above(after).limit(chunkSize).toArray();
    if (chunk.length === 0) break;
    let pending = chunk;
    // A row changed between the read and the write is read and converted again (rarely twice).
    for (let attempt = 0; pending.length > 0 && attempt < 5; attempt += 1) {
      const converted: [PersonRow, PersonRow][] = [];
      for (const row of pending) {
        const next = await migrated(row, migration.direction, keys);
        if (next) converted.push([row, next]);
      }
      const lastId = chunk[chunk.length - 1]?.id ?? after;
      pending = await d.transaction(
        'rw',
        [d.people, d.settings, d.peopleList, d.peopleKeys],
        async () => {
          const current = await d.people.bulkGet(converted.map(([read]) => read.id));
          const writes: PersonRow[] = [];
          const rewrites: { before: PersonRow; after: PersonRow }[] = [];
          const changed: PersonRow[] = [];
          converted.forEach(([read, next], index) => {
            const now = current[index];
            if (!now) return;
            if (sameStoredState(now, read)) {
              writes.push(next);
              rewrites.push({ before: now, after: next });
            } else changed.push(now);
          });
          if (writes.length > 0) await d.people.bulkPut(writes);
          // The list's search key and the duplicate check's CCCD key follow the sealing.
          await applyListChanges(d, rewrites);
          if (changed.length === 0) {
            const lock = await d.settings.get(APP_LOCK_SETTING);
            if (lock) {
              const value = lock.value as AppLockSettings;
              await d.settings.put({
                key: APP_LOCK_SETTING,
                value: { ...value, migration: { direction: migration.direction, after: lastId } },
              });
            }
          }
          return changed;
        },
      );
    }
    after = chunk[chunk.length - 1]?.id ?? after;
    done += chunk.length;
    onProgress?.(Math.min(done, total), total);
  }
}

/** The same record in the same state of sealing (a save in between changes updatedAt). */
function sameStoredState(a: PersonRow, b: PersonRow): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.nationalId === b.nationalId &&
    a.nationalIdSealed?.data === b.nationalIdSealed?.data
  );
}

export { loadLockState, lockApp, readAppLock, reloadLockAfterRestore } from './app-lock-state';
