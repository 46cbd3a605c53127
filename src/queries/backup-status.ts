// What the app-wide backup reminder and the settings page read: the backup status and the
// browser's storage figures. Light on purpose: the reminder is on the first screen.
import { queryOptions } from '@tanstack/react-query';
import { backupStatus } from '@/db/backup-status';
import { storageStatus } from '@/db/storage';

export const backupStatusQuery = queryOptions({
  queryKey: ['backup', 'status'] as const,
  queryFn: backupStatus,
});

export const storageStatusQuery = queryOptions({
  queryKey: ['backup', 'storage'] as const,
  queryFn: storageStatus,
});
