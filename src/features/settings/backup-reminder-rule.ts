// When to remind that the data has not been backed up: the last backup (or, before the first,
// the set-up) is older than the chosen number of days, and there is something to lose. Never
// for the demo province, never for an empty store.
import type { BackupStatus } from '@/db/backup-status';

const DAY_MS = 86_400_000;

/** Where the reminder sends the user: the settings page's backup section. */
export const BACKUP_ANCHOR = 'sao-luu';

export type BackupReminder =
  { kind: 'never' } | { kind: 'old'; ageDays: number; lastBackupAt: string };

export function backupReminderDue(status: BackupStatus, now: Date): BackupReminder | null {
  if (status.demo || !status.hasRecords) return null;
  const limit = status.reminderDays * DAY_MS;
  if (status.lastBackupAt) {
    const age = now.getTime() - Date.parse(status.lastBackupAt);
    if (Number.isNaN(age) || age <= limit) return null;
    return { kind: 'old', ageDays: Math.floor(age / DAY_MS), lastBackupAt: status.lastBackupAt };
  }
  // Never backed up: a fresh installation gets the same grace as after a backup.
  if (status.setUpAt && now.getTime() - Date.parse(status.setUpAt) <= limit) return null;
  return { kind: 'never' };
}

/** Whole days between an instant and now (0 on the same day or less than a day). */
export function daysSince(instant: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(instant)) / DAY_MS));
}

const DISMISSED_KEY = 'ptdv.backupReminder.dismissedOn';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * "Hide until tomorrow" is this browser's, not the data's: it lives in localStorage, so it
 * neither travels in a backup nor comes back with a restore.
 */
export function dismissedOn(): string | null {
  try {
    return storage()?.getItem(DISMISSED_KEY) ?? null;
  } catch {
    return null;
  }
}

export function dismissFor(day: string): void {
  try {
    storage()?.setItem(DISMISSED_KEY, day);
  } catch {
    // A full or refused localStorage: the reminder simply comes back.
  }
}

const PERSIST_ASKED_KEY = 'ptdv.storage.persistAsked';

/** Whether this browser was already asked for persistent storage (once, after the set-up). */
export function persistenceAsked(): boolean {
  const store = storage();
  // Where nothing can be remembered, do not ask on every page load.
  if (!store) return true;
  try {
    return store.getItem(PERSIST_ASKED_KEY) !== null;
  } catch {
    return true;
  }
}

export function markPersistenceAsked(): void {
  try {
    storage()?.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
  } catch {
    // Asked again next time: harmless.
  }
}
