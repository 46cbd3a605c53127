// The page's side of the import worker (src/workers/import-worker.ts; its requests are
// src/exchange/import-handlers.ts): previews and applies run there, so a district's file of
// 30,000 people never freezes the page. One worker serves the page; requests carry an id, and a
// crashed worker fails what it held and is replaced (its plans go with it: applying one of them
// then says to preview the file again). The page holds summaries of the plans only; the plans
// stay in the worker until applied or discarded.
import { currentLockKeys } from '@/db/app-lock';
import type { ImportLogEntry } from '@/db/schema';
import { ImportError, isImportErrorData } from './errors';
import type { ImportFailure, ImportHandlers, PreviewSummary } from './import-handlers';
import type { PreviewProgress } from './import-pipeline';
import type { PlanSummary } from './plan';
import { createWorkerRpc } from './worker-rpc';

export type { PreviewSummary } from './import-handlers';
export type { PreviewPhase, PreviewProgress } from './import-pipeline';

const rpc = createWorkerRpc<ImportHandlers, ImportFailure>({
  start: () =>
    new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' }),
  name: 'import worker',
  failure: (error) =>
    isImportErrorData(error)
      ? new ImportError(error)
      : Object.assign(new Error(error.message), { storageKind: error.storageKind }),
});

/**
 * Reads, parses, validates and plans each file in the worker, reporting progress per file and
 * phase. Resolves with one preview per file, in order: a plan, or the refusal (error).
 */
export function previewFiles(
  files: File[],
  onProgress: (progress: PreviewProgress) => void = () => {},
): Promise<PreviewSummary[]> {
  if (files.length === 0) return Promise.resolve([]);
  return rpc.call('preview', { files }, onProgress);
}

/**
 * Applies a previewed plan in the worker: one transaction, all of the file or nothing. Under the
 * app lock the worker gets this page's keys with the request, to seal the CCCDs it writes.
 */
export function applyPreview(plan: PlanSummary): Promise<ImportLogEntry> {
  const lockKeys = currentLockKeys();
  return rpc.call('apply', { planId: plan.planId, fileName: plan.fileName, lockKeys });
}

/** Drops the plans of previews the page no longer shows (removed, cleared) from the worker. */
export function discardPreviews(plans: readonly PlanSummary[]): void {
  // No worker, no plans to drop (it crashed and took them along, or none was started).
  if (plans.length === 0 || !rpc.running()) return;
  const planIds = plans.map((plan) => plan.planId);
  void rpc.call('discard', { planIds }).catch(() => {});
}
