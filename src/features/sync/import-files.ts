// Importing files: each file is previewed in the import worker (read, parse, validate, plan,
// with progress), then applied on the user's word, one transaction per file. The state of every
// file on the page lives here; nothing is written before "Áp dụng".
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { importErrorMessage, isImportErrorData } from '@/exchange/errors';
import {
  applyPreview,
  discardPreviews,
  previewFiles,
  type PreviewSummary,
} from '@/exchange/import-client';
import type { PlanSummary } from '@/exchange/plan';
import type { I18n } from '@/i18n/i18n';
import { announceLocalChange } from '@/queries/change-channel';
import { isStorageFailure, storageErrorMessage } from '@/queries/storage-error-message';

export type PreviewPhase = 'read' | 'parse' | 'validate' | 'plan';

export interface PreviewProgress {
  phase: PreviewPhase;
  done: number;
  total: number;
}

export type ApplyState =
  | { status: 'idle' }
  | { status: 'applying' }
  | { status: 'applied' }
  | { status: 'failed'; message: string };

export interface ImportEntry {
  key: string;
  fileName: string;
  progress: PreviewProgress | null;
  /** Undefined while the worker is still at it. The plan itself stays in the worker. */
  preview?: PreviewSummary;
  /** A failure of the preview itself (the worker could not run), not a refusal of the file. */
  failure?: string;
  /** The user confirmed the signer's key of a sealed file from a unit never heard from. */
  trusted: boolean;
  apply: ApplyState;
}

/** A plan the user may apply now: valid, not applied, its signer's key confirmed if new. */
export function applicablePlan(entry: ImportEntry): PlanSummary | null {
  const plan = entry.preview?.plan;
  if (!plan || entry.preview?.error) return null;
  if (entry.apply.status === 'applying' || entry.apply.status === 'applied') return null;
  if (plan.sealed?.firstUse && !entry.trusted) return null;
  return plan;
}

/** The files "Áp dụng tất cả" takes: applicable and not already imported (they change nothing). */
export function applyAllCandidates(entries: ImportEntry[]): ImportEntry[] {
  return entries.filter((entry) => {
    const plan = applicablePlan(entry);
    return plan !== null && !plan.alreadyImported;
  });
}

function failureText(error: unknown, t: I18n['t']): string {
  if (isImportErrorData(error)) return importErrorMessage(error, t);
  // A full disk or a database replaced by a newer tab: the clear message of every write.
  if (isStorageFailure(error)) {
    return storageErrorMessage(t, error, 'import');
  }
  return error instanceof Error ? error.message : String(error);
}

/** The plans the worker still holds for these entries (an applied one is dropped already). */
function unappliedPlans(entries: readonly ImportEntry[]): PlanSummary[] {
  return entries
    .filter((entry) => entry.apply.status !== 'applied')
    .flatMap((entry) => (entry.preview?.plan ? [entry.preview.plan] : []));
}

let batchCounter = 0;

export function useImportFiles(t: I18n['t']) {
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<ImportEntry[]>([]);

  const update = useCallback((key: string, change: (entry: ImportEntry) => ImportEntry) => {
    setEntries((current) => current.map((entry) => (entry.key === key ? change(entry) : entry)));
  }, []);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      batchCounter += 1;
      const batch = batchCounter;
      const added: ImportEntry[] = files.map((file, index) => ({
        key: `${batch}-${index}`,
        fileName: file.name,
        progress: null,
        trusted: false,
        apply: { status: 'idle' },
      }));
      setEntries((current) => [...current, ...added]);
      // Progress names the file: within a batch, the first one of that name not yet planned.
      const keyOf = (fileName: string): string | undefined =>
        added.find((entry) => entry.fileName === fileName)?.key;
      try {
        const previews = await previewFiles(files, (progress) => {
          const key = keyOf(progress.file);
          if (!key) return;
          update(key, (entry) => ({
            ...entry,
            progress: { phase: progress.phase, done: progress.done, total: progress.total },
          }));
        });
        setEntries((current) =>
          current.map((entry) => {
            const index = added.findIndex((item) => item.key === entry.key);
            const preview = index >= 0 ? previews[index] : undefined;
            return preview ? { ...entry, preview, progress: null } : entry;
          }),
        );
      } catch (error) {
        const message = t('sync.import.failed', { message: failureText(error, t) });
        setEntries((current) =>
          current.map((entry) =>
            added.some((item) => item.key === entry.key) && !entry.preview
              ? { ...entry, failure: message, progress: null }
              : entry,
          ),
        );
      }
    },
    [t, update],
  );

  const applyOne = useCallback(
    async (entry: ImportEntry): Promise<boolean> => {
      const plan = applicablePlan(entry);
      if (!plan) return false;
      const key = entry.key;
      update(key, (item) => ({ ...item, apply: { status: 'applying' } }));
      try {
        // The first-use key is trusted in the same transaction as the records (db/import-apply.ts).
        await applyPreview(plan);
        update(key, (item) => ({ ...item, apply: { status: 'applied' } }));
        return true;
      } catch (error) {
        update(key, (item) => ({
          ...item,
          apply: { status: 'failed', message: failureText(error, t) },
        }));
        return false;
      }
    },
    [t, update],
  );

  const apply = useCallback(
    async (entry: ImportEntry) => {
      if (await applyOne(entry)) announceLocalChange();
      await queryClient.invalidateQueries();
    },
    [applyOne, queryClient],
  );

  const applyAll = useCallback(async () => {
    // One file after the other: each is its own transaction, and a later file is checked
    // against what the earlier ones wrote.
    for (const entry of applyAllCandidates(entries)) await applyOne(entry);
    // The other tabs re-read too (src/queries/change-channel.ts).
    announceLocalChange();
    await queryClient.invalidateQueries();
  }, [applyOne, entries, queryClient]);

  const setTrusted = useCallback(
    (key: string, trusted: boolean) => update(key, (entry) => ({ ...entry, trusted })),
    [update],
  );

  const remove = useCallback((removed: ImportEntry) => {
    discardPreviews(unappliedPlans([removed]));
    setEntries((current) => current.filter((entry) => entry.key !== removed.key));
  }, []);

  const clear = useCallback(() => {
    const kept = (entry: ImportEntry) =>
      !entry.preview && !entry.failure && entry.apply.status === 'idle';
    discardPreviews(unappliedPlans(entries.filter((entry) => !kept(entry))));
    setEntries((current) => current.filter(kept));
  }, [entries]);

  return { entries, addFiles, apply, applyAll, setTrusted, remove, clear };
}
