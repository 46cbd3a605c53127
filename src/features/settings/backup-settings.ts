// The settings page's side of a full backup: make the file (in the worker), download it, record
// when; the reminder's number of days; asking the browser for persistent storage.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod';
import { daysFieldSchema } from '@/domain/days-field';
import { recordBackup, saveBackupReminderDays } from '@/db/backup-status';
import { requestPersistence } from '@/db/storage';
import { createBackupFile, type BackupWorkerProgress } from '@/exchange/backup-client';
import { storageStatusQuery } from '@/queries/backup-status';
import { useLocalMutation } from '@/queries/mutation';
import { downloadBlob } from '@/ui/download';

/**
 * Builds the file in the worker, hands it to the browser's downloads, then records the backup's
 * own instant as the last backup (the reminder counts from it; a restore of this file says the
 * same instant).
 */
export function useCreateBackup() {
  return useLocalMutation(async (onProgress?: (progress: BackupWorkerProgress) => void) => {
    const created = await createBackupFile(onProgress);
    downloadBlob(created.blob, created.fileName);
    await recordBackup(created.exportedAt);
    return created;
  });
}

export function useSaveBackupReminderDays() {
  return useLocalMutation(saveBackupReminderDays);
}

/** Asks for persistent storage; the storage figures are read again after the answer. */
export function useRequestPersistence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestPersistence,
    onSettled: () => queryClient.invalidateQueries({ queryKey: storageStatusQuery.queryKey }),
  });
}

export const backupReminderFormSchema = z.object({
  days: daysFieldSchema('settings.backup.reminder.range'),
});
export type BackupReminderFormInput = z.input<typeof backupReminderFormSchema>;
export type BackupReminderFormValues = z.output<typeof backupReminderFormSchema>;
