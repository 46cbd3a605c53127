// The page's side of the backup worker (src/workers/backup-worker.ts; its requests are
// src/exchange/backup-handlers.ts): making a backup file, previewing and restoring one run
// there. The worker is started on first use and kept; a crashed worker fails what it held and is
// replaced.
import type { RestoreOptions, RestoreSummary } from './backup';
import { BackupError, isBackupErrorData } from './backup-errors';
import type {
  BackupFailure,
  BackupHandlers,
  BackupWorkerProgress,
  CreatedBackup,
  PreviewedBackup,
} from './backup-handlers';
import { ImportError, isImportErrorData } from './errors';
import { createWorkerRpc } from './worker-rpc';

export type { BackupWorkerProgress, CreatedBackup, PreviewedBackup } from './backup-handlers';
export type {
  BackupCounts,
  BackupPhase,
  BackupPreview,
  RestoreOptions,
  RestoreSummary,
} from './backup';

const rpc = createWorkerRpc<BackupHandlers, BackupFailure>({
  start: () =>
    new Worker(new URL('../workers/backup-worker.ts', import.meta.url), { type: 'module' }),
  name: 'backup worker',
  failure: (error) =>
    isBackupErrorData(error)
      ? new BackupError(error)
      : isImportErrorData(error)
        ? new ImportError(error)
        : new Error(error.message),
});

/** Reads the whole store and writes its backup file (not yet downloaded). */
export function createBackupFile(
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<CreatedBackup> {
  return rpc.call('create', { now: Date.now() }, onProgress);
}

/** Reads and checks a backup file; nothing is written. Rejects with a named error. */
export function previewBackupFile(
  file: File,
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<PreviewedBackup> {
  return rpc.call('preview', { file }, onProgress);
}

/** Replaces the whole store with a previewed backup: one transaction, all or nothing. */
export function restoreBackupFile(
  previewed: PreviewedBackup,
  file: File,
  options: RestoreOptions,
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<RestoreSummary> {
  return rpc.call('restore', { token: previewed.token, file, options }, onProgress);
}

/** Lets the worker drop a previewed file it holds (the user chose another, or cancelled). */
export function forgetBackupPreview(previewed: PreviewedBackup): Promise<void> {
  if (!rpc.running()) return Promise.resolve();
  return rpc.call('forget', { token: previewed.token });
}
