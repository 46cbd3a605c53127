// The import worker's requests (src/workers/import-worker.ts serves them; the page calls them
// through src/exchange/import-client.ts). The plans stay in the worker: the page gets a summary
// of each (counts, the first items of each list) and applies a plan by its id, so a district's
// people are never copied to the page and back.
import { AppLockError, type LockKeys } from '@/db/app-lock';
import { applyImportPlan } from '@/db/import-apply';
import { ImportApplyError } from '@/db/import-errors';
import type { ImportLogEntry } from '@/db/schema';
import { describeStorageError, type StorageErrorKind } from '@/db/storage-errors';
import {
  ImportError,
  applyErrorData,
  isImportErrorData,
  toImportErrorData,
  type ImportErrorData,
} from './errors';
import { previewAll, type PreviewProgress } from './import-pipeline';
import { summarizePlan, type ImportPlan, type PlanSummary } from './plan';
import { measurePhase } from './timing';
import type { HandlerMap, RequestMessage } from './worker-rpc';

/** What the page gets of a preview: the plan's summary (the plan stays in the worker). */
export interface PreviewSummary {
  fileName: string;
  plan?: PlanSummary;
  error?: ImportErrorData;
}

/** An error that is not the file's fault; a storage failure (a full disk…) keeps its kind. */
export interface RelayedError {
  message: string;
  storageKind?: StorageErrorKind;
}

export type ImportFailure = ImportErrorData | RelayedError;

/** The plans previewed and not yet applied or discarded, by id. */
const plans = new Map<string, ImportPlan>();

export const importHandlers = {
  /** Previews files against the store as it is now; each plan is kept under a new id. */
  async preview(
    { files }: { files: File[] },
    progress: (progress: PreviewProgress) => void,
  ): Promise<PreviewSummary[]> {
    const previews = await previewAll(files, progress);
    return previews.map((preview): PreviewSummary => {
      if (!preview.plan) return { fileName: preview.fileName, error: preview.error };
      const planId = crypto.randomUUID();
      plans.set(planId, preview.plan);
      return { ...preview, plan: summarizePlan(preview.plan, planId) };
    });
  },

  /**
   * Applies a previewed plan: one transaction, all of the file or nothing. `lockKeys`: the app
   * lock's keys (CryptoKeys clone into a worker, non-extractable ones too), so that the people
   * it writes have their CCCD sealed; dropped when the request is done.
   */
  async apply({
    planId,
    fileName,
    lockKeys,
  }: {
    planId: string;
    fileName: string;
    lockKeys?: LockKeys | null;
  }): Promise<ImportLogEntry> {
    const plan = plans.get(planId);
    if (!plan) throw new ImportError({ code: 'previewExpired', file: fileName });
    const applying = performance.now();
    const entry = await applyImportPlan(plan, lockKeys ?? null);
    measurePhase('apply', applying);
    // Applied: the plan is done with (a second apply would change nothing anyway).
    plans.delete(planId);
    return entry;
  },

  /** Previews the page no longer shows: their plans are dropped. */
  discard({ planIds }: { planIds: string[] }): void {
    for (const planId of planIds) plans.delete(planId);
  },
} satisfies HandlerMap;

export type ImportHandlers = typeof importHandlers;

/** What the page is told of a failure: a refusal's facts, the lock's state, or a message. */
export function failure(error: unknown, fileName = ''): ImportFailure {
  if (error instanceof ImportApplyError) return applyErrorData(error);
  if (error instanceof ImportError || isImportErrorData(error)) return toImportErrorData(error);
  if (error instanceof AppLockError && (error.code === 'locked' || error.code === 'changed')) {
    return { code: error.code === 'locked' ? 'appLocked' : 'lockChanged', file: fileName };
  }
  const message = error instanceof Error ? error.message : String(error);
  // The page words a storage failure itself (src/db/storage-errors.ts): it needs the kind, which
  // the error's class and inner errors would lose on the way.
  const { kind } = describeStorageError(error);
  return kind === 'other' ? { message } : { message, storageKind: kind };
}

/** The worker's relay: an apply's failure names its file (the lock's refusals say which). */
export function relayImportFailure(
  error: unknown,
  request: RequestMessage<ImportHandlers>,
): ImportFailure {
  return failure(error, request.type === 'apply' ? request.args.fileName : '');
}
