// What the backup reminder needs, on every page: when the last full backup was made, after how
// many days to remind, and whether there is anything to lose. Kept apart from backup-repo.ts
// (which reads and writes every table) so that the first screen loads only this.
import { db } from './schema';
import { getSetting, setSetting } from './settings-repo';
import type { SettingKey } from './settings-registry';

/** When the last full backup was written (ISO instant), and after how many days to remind. */
export const LAST_BACKUP_SETTING = 'lastBackupAt' satisfies SettingKey;
export const BACKUP_REMINDER_SETTING = 'backupReminderDays' satisfies SettingKey;
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;

export interface BackupStatus {
  /** The last full backup written on this installation, or null. */
  lastBackupAt: string | null;
  reminderDays: number;
  /** When the installation was set up (the reminder counts from it before the first backup). */
  setUpAt: string | null;
  /** Whether there is anything worth a backup beyond the home unit itself. */
  hasRecords: boolean;
  demo: boolean;
}

export async function backupStatus(): Promise<BackupStatus> {
  const d = db();
  return d.transaction(
    'r',
    [d.settings, d.units, d.people, d.classes, d.targets, d.memberCounts],
    async () => {
      // Whether there is anything, not how much: a count of 250,000 people takes about a second
      // and IndexedDB answers in order, so it would hold up every page's first read.
      const firstKeys = (table: { limit(n: number): { primaryKeys(): Promise<unknown[]> } }) =>
        table
          .limit(2)
          .primaryKeys()
          .then((keys) => keys.length);
      const [last, days, installation, demo, units, people, classes, targets, counts] =
        await Promise.all([
          getSetting(LAST_BACKUP_SETTING),
          getSetting(BACKUP_REMINDER_SETTING),
          getSetting('installation'),
          getSetting('demo'),
          firstKeys(d.units),
          firstKeys(d.people),
          firstKeys(d.classes),
          firstKeys(d.targets),
          firstKeys(d.memberCounts),
        ]);
      const lastBackupAt = typeof last === 'string' ? last : null;
      const reminderDays = typeof days === 'number' ? days : DEFAULT_BACKUP_REMINDER_DAYS;
      const setUpAt: unknown = installation?.setUpAt;
      return {
        lastBackupAt,
        reminderDays,
        setUpAt: typeof setUpAt === 'string' ? setUpAt : null,
        hasRecords: units > 1 || people + classes + targets + counts > 0,
        demo: demo !== undefined,
      };
    },
  );
}

/** Records that a full backup was written (the instant the file says it was made). */
export async function recordBackup(at: string): Promise<void> {
  await setSetting(LAST_BACKUP_SETTING, at);
}

export async function getBackupReminderDays(): Promise<number> {
  return (await getSetting(BACKUP_REMINDER_SETTING)) ?? DEFAULT_BACKUP_REMINDER_DAYS;
}

export async function saveBackupReminderDays(days: number): Promise<void> {
  await setSetting(BACKUP_REMINDER_SETTING, days);
}
