// The page's side of the import worker (src/workers/import-worker.ts): previews and applies run
// there, so a district's file of 30,000 people never freezes the page. One worker serves the
// page; requests carry an id, and a crashed worker fails what it held and is replaced.
import type { ImportLogEntry } from '@/db/schema';
import { ImportError, isImportErrorData } from './errors';
import type { ImportPlan } from './plan';
import type {
  FilePreview,
  PreviewProgress,
  WorkerRequest,
  WorkerResponse,
} from '@/workers/import-worker';

export type { FilePreview, PreviewPhase, PreviewProgress } from '@/workers/import-worker';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress?: (progress: PreviewProgress) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: unknown): void {
  for (const entry of pending.values()) entry.reject(error);
  pending.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('../workers/import-worker.ts', import.meta.url), {
    type: 'module',
  });
  created.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return;
    switch (message.kind) {
      case 'progress':
        entry.onProgress?.(message.progress);
        return;
      case 'previews':
        pending.delete(message.id);
        entry.resolve(message.previews);
        return;
      case 'applied':
        pending.delete(message.id);
        entry.resolve(message.entry);
        return;
      case 'failed':
        pending.delete(message.id);
        entry.reject(
          isImportErrorData(message.error)
            ? new ImportError(message.error)
            : new Error(message.error.message),
        );
    }
  };
  created.onerror = (event) => {
    event.preventDefault();
    created.terminate();
    if (worker === created) worker = null;
    failAll(new Error(event.message || 'import worker failed'));
  };
  worker = created;
  return created;
}

function request<T>(
  build: (id: number) => WorkerRequest,
  onProgress?: (progress: PreviewProgress) => void,
): Promise<T> {
  const id = nextId;
  nextId += 1;
  return new Promise<T>((resolve, reject) => {
    const entry: Pending = { resolve: resolve as (value: unknown) => void, reject };
    if (onProgress) entry.onProgress = onProgress;
    pending.set(id, entry);
    try {
      ensureWorker().postMessage(build(id));
    } catch (error) {
      pending.delete(id);
      reject(error);
    }
  });
}

/**
 * Reads, parses, validates and plans each file in the worker, reporting progress per file and
 * phase. Resolves with one preview per file, in order: a plan, or the refusal (error).
 */
export function previewFiles(
  files: File[],
  onProgress: (progress: PreviewProgress) => void = () => {},
): Promise<FilePreview[]> {
  if (files.length === 0) return Promise.resolve([]);
  return request<FilePreview[]>((id) => ({ id, kind: 'preview', files }), onProgress);
}

/** Applies a previewed plan in the worker: one transaction, all of the file or nothing. */
export function applyPreview(plan: ImportPlan): Promise<ImportLogEntry> {
  return request<ImportLogEntry>((id) => ({ id, kind: 'apply', plan }));
}
