// The page's side of the backup worker (src/workers/backup-worker.ts): making a backup file,
// previewing and restoring one run there. The worker is started on first use and kept; a
// crashed worker fails what it held and is replaced.
import type {
  BackupWorkerProgress,
  BackupWorkerRequest,
  BackupWorkerResponse,
  CreatedBackup,
} from '@/workers/backup-worker';
import type { BackupPreview, RestoreOptions, RestoreSummary } from './backup';
import { BackupError, isBackupErrorData } from './backup-errors';
import { ImportError, isImportErrorData } from './errors';

export type { BackupWorkerProgress, CreatedBackup } from '@/workers/backup-worker';
export type {
  BackupCounts,
  BackupPhase,
  BackupPreview,
  RestoreOptions,
  RestoreSummary,
} from './backup';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress?: ((progress: BackupWorkerProgress) => void) | undefined;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: unknown): void {
  for (const entry of pending.values()) entry.reject(error);
  pending.clear();
}

function settle(message: Exclude<BackupWorkerResponse, { kind: 'progress' }>, entry: Pending) {
  switch (message.kind) {
    case 'created':
      entry.resolve(message.backup);
      return;
    case 'previewed':
      entry.resolve({ token: message.token, preview: message.preview });
      return;
    case 'restored':
      entry.resolve(message.summary);
      return;
    case 'forgotten':
      entry.resolve(undefined);
      return;
    case 'failed': {
      const error = message.error;
      entry.reject(
        isBackupErrorData(error)
          ? new BackupError(error)
          : isImportErrorData(error)
            ? new ImportError(error)
            : new Error(error.message),
      );
    }
  }
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('../workers/backup-worker.ts', import.meta.url), {
    type: 'module',
  });
  created.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.kind === 'progress') {
      entry.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    settle(message, entry);
  };
  created.onerror = (event) => {
    event.preventDefault();
    created.terminate();
    if (worker === created) worker = null;
    failAll(new Error(event.message || 'backup worker failed'));
  };
  worker = created;
  return created;
}

function request<T>(
  build: (id: number) => BackupWorkerRequest,
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<T> {
  const id = nextId;
  nextId += 1;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
    try {
      ensureWorker().postMessage(build(id));
    } catch (error) {
      pending.delete(id);
      reject(error);
    }
  });
}

/** Reads the whole store and writes its backup file (not yet downloaded). */
export function createBackupFile(
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<CreatedBackup> {
  return request<CreatedBackup>((id) => ({ id, kind: 'create', now: Date.now() }), onProgress);
}

export interface PreviewedBackup {
  /** Hands the worker's parse of the file to the restore. */
  token: number;
  preview: BackupPreview;
}

/** Reads and checks a backup file; nothing is written. Rejects with a named error. */
export function previewBackupFile(
  file: File,
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<PreviewedBackup> {
  return request<PreviewedBackup>((id) => ({ id, kind: 'preview', file }), onProgress);
}

/** Replaces the whole store with a previewed backup: one transaction, all or nothing. */
export function restoreBackupFile(
  previewed: PreviewedBackup,
  file: File,
  options: RestoreOptions,
  onProgress?: (progress: BackupWorkerProgress) => void,
): Promise<RestoreSummary> {
  return request<RestoreSummary>(
    (id) => ({ id, kind: 'restore', token: previewed.token, file, options }),
    onProgress,
  );
}

/** Lets the worker drop a previewed file it holds (the user chose another, or cancelled). */
export function forgetBackupPreview(previewed: PreviewedBackup): Promise<void> {
  if (!worker) return Promise.resolve();
  return request<void>((id) => ({ id, kind: 'forget', token: previewed.token }));
}
