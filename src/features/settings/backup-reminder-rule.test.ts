import { describe, expect, it } from 'vitest';
import type { BackupStatus } from '@/db/backup-status';
import { backupReminderDue, daysSince } from './backup-reminder-rule';

const NOW = new Date('2026-11-28T09:00:00.000Z');

function status(overrides: Partial<BackupStatus> = {}): BackupStatus {
  return {
    lastBackupAt: '2026-11-25T09:00:00.000Z',
    reminderDays: 7,
    setUpAt: '2026-01-01T00:00:00.000Z',
    hasRecords: true,
    demo: false,
    ...overrides,
  };
}

describe('backupReminderDue', () => {
  it('stays quiet while the last backup is within the chosen days', () => {
    expect(backupReminderDue(status(), NOW)).toBeNull();
    expect(backupReminderDue(status({ lastBackupAt: '2026-11-21T09:00:00.000Z' }), NOW)).toBeNull();
  });

  it('reminds when the last backup is older, with its age in whole days', () => {
    expect(backupReminderDue(status({ lastBackupAt: '2026-11-20T08:00:00.000Z' }), NOW)).toEqual({
      kind: 'old',
      ageDays: 8,
      lastBackupAt: '2026-11-20T08:00:00.000Z',
    });
    expect(
      backupReminderDue(status({ lastBackupAt: '2026-11-25T09:00:00.000Z', reminderDays: 1 }), NOW),
    ).toMatchObject({ kind: 'old', ageDays: 3 });
  });

  it('reminds a store never backed up once the set-up is older than the days', () => {
    expect(backupReminderDue(status({ lastBackupAt: null }), NOW)).toEqual({ kind: 'never' });
    expect(
      backupReminderDue(status({ lastBackupAt: null, setUpAt: '2026-11-27T00:00:00.000Z' }), NOW),
    ).toBeNull();
  });

  it('never reminds for an empty store or the demo province', () => {
    expect(backupReminderDue(status({ lastBackupAt: null, hasRecords: false }), NOW)).toBeNull();
    expect(backupReminderDue(status({ lastBackupAt: null, demo: true }), NOW)).toBeNull();
  });

  it('counts days since an instant', () => {
    expect(daysSince('2026-11-28T01:00:00.000Z', NOW)).toBe(0);
    expect(daysSince('2026-11-18T09:00:00.000Z', NOW)).toBe(10);
  });
});
