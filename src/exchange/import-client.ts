// The page's side of the import worker (src/workers/import-worker.ts): previews and applies run
// there, so a district's file of 30,000 people never freezes the page. One worker serves the
// page; requests carry an id, and a crashed worker fails what it held and is replaced (its
// plans go with it: applying one of them then says to preview the file again). The page holds
// summaries of the plans only; the plans stay in the worker until applied or discarded.
import { currentLockKeys } from '@/db/app-lock';
import type { ImportLogEntry } from '@/db/schema';
import { ImportError, isImportErrorData } from './errors';
import type { PlanSummary } from './plan';
import type {
  PreviewProgress,
  PreviewSummary,
  WorkerRequest,
  WorkerResponse,
} from '@/workers/import-worker';

export type { PreviewPhase, PreviewProgress, PreviewSummary } from '@/workers/import-worker';

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
      case 'discarded':
        pending.delete(message.id);
        entry.resolve(undefined);
        return;
      case 'failed':
        pending.delete(message.id);
        entry.reject(
          isImportErrorData(message.error)
            ? new ImportError(message.error)
            : Object.assign(new Error(message.error.message), {
                storageKind: message.error.storageKind,
              }),
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
): Promise<PreviewSummary[]> {
  if (files.length === 0) return Promise.resolve([]);
  return request<PreviewSummary[]>((id) => ({ id, kind: 'preview', files }), onProgress);
}

/**
 * Applies a previewed plan in the worker: one transaction, all of the file or nothing. Under the
 * app lock the worker gets this page's keys with the request, to seal the CCCDs it writes.
 */
export function applyPreview(plan: PlanSummary): Promise<ImportLogEntry> {
  const lockKeys = currentLockKeys();
  return request<ImportLogEntry>((id) => ({
    id,
    kind: 'apply',
    planId: plan.planId,
    fileName: plan.fileName,
    lockKeys,
  }));
}

/** Drops the plans of previews the page no longer shows (removed, cleared) from the worker. */
export function discardPreviews(plans: readonly PlanSummary[]): void {
  // No worker, no plans to drop (it crashed and took them along, or none was started).
  if (plans.length === 0 || !worker) return;
  const planIds = plans.map((plan) => plan.planId);
  void request<void>((id) => ({ id, kind: 'discard', planIds })).catch(() => {});
}
