// The one way a screen words a failed write: a full disk, a database replaced by a newer tab, a
// browser refusing storage each get their clear message (src/db/storage-errors.ts); anything
// else names the operation. Forms show it in their error area and keep what was typed.
import { useCallback } from 'react';
import { SaveConflictError } from '@/db/save-conflict';
import { describeStorageError } from '@/db/storage-errors';
import { useI18n, type I18n } from '@/i18n/i18n';

export type StorageOperation = 'save' | 'delete' | 'import';

/** True for a failure of the browser's storage itself (full, closed, refused…). */
export function isStorageFailure(error: unknown): boolean {
  return describeStorageError(error).kind !== 'other';
}

export function storageErrorMessage(
  t: I18n['t'],
  error: unknown,
  operation: StorageOperation = 'save',
): string {
  // Forms that merge show their own conflict view; this is the fallback for the others.
  if (error instanceof SaveConflictError) return t('storage.conflict');
  const info = describeStorageError(error);
  return t(info.key, { operation: t(`storage.operation.${operation}`), message: info.detail });
}

export function useStorageErrorMessage(): (error: unknown, operation?: StorageOperation) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown, operation?: StorageOperation) => storageErrorMessage(t, error, operation),
    [t],
  );
}
