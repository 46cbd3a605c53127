// Full backup and restore, shared by the settings page (back up, restore, the reminder's
// setting), the first-run page (restore into an empty browser) and the app-wide reminder.
// Restoring replaces the whole store, so every query is invalidated after it, in every tab.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { reloadLockAfterRestore } from '@/db/app-lock-state';
import { countWholeStore } from '@/db/backup-repo';
import {
  forgetBackupPreview,
  previewBackupFile,
  restoreBackupFile,
  type BackupWorkerProgress,
  type PreviewedBackup,
  type RestoreOptions,
  type RestoreSummary,
} from '@/exchange/backup-client';
import { backupErrorMessage } from '@/exchange/backup-errors';
import type { Translate } from '@/i18n/i18n';
import { announceLocalChange } from './change-channel';
import { useInstallation } from './installation';

export type {
  BackupPreview,
  BackupWorkerProgress,
  RestoreOptions,
  RestoreSummary,
} from '@/exchange/backup-client';

/** What a restore would replace: rows per table now on this computer. */
export const storeCountsQuery = queryOptions({
  queryKey: ['backup', 'storeCounts'] as const,
  queryFn: countWholeStore,
});

export { backupErrorMessage };

/**
 * After a restore, whatever happened (the store may have changed): this tab re-reads every query,
 * and the other tabs are told to (src/queries/change-channel.ts), so that a list open there
 * shows the restored records without a reload.
 */
export async function rereadAfterRestore(queryClient: QueryClient): Promise<void> {
  announceLocalChange();
  await queryClient.invalidateQueries();
}

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: BackupWorkerProgress | null }
  | { step: 'preview'; file: File; previewed: PreviewedBackup }
  | {
      step: 'restoring';
      file: File;
      previewed: PreviewedBackup;
      progress: BackupWorkerProgress | null;
    }
  | { step: 'done'; summary: RestoreSummary };

export interface RestoreFlow {
  state: RestoreStep;
  /** The refusal or failure, already in the user's language. */
  error: string | null;
  choose(file: File): Promise<void>;
  restore(options: RestoreOptions): Promise<RestoreSummary | null>;
  reset(): void;
}

/**
 * The restore as the user goes through it: choose a file (checked in the worker, nothing
 * written), look at what it holds, then restore (one transaction in the worker). Every query is
 * invalidated afterwards, whatever happened: the store may have changed.
 */
/** What a restore would replace here (asked before it goes ahead); undefined while read. */
export function useRestoreTarget():
  { people: number; units: number; installation: boolean } | undefined {
  const counts = useQuery(storeCountsQuery);
  const installation = useInstallation();
  return counts.data && installation.isSuccess
    ? {
        people: counts.data.people,
        units: counts.data.units,
        installation: installation.data !== null,
      }
    : undefined;
}

export function useRestoreFlow(t: Translate): RestoreFlow {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const current = useRef<PreviewedBackup | null>(null);

  const forget = () => {
    if (current.current) void forgetBackupPreview(current.current).catch(() => {});
    current.current = null;
  };

  const choose = useCallback(
    async (file: File) => {
      forget();
      setError(null);
      setState({ step: 'reading', fileName: file.name, progress: null });
      try {
        const previewed = await previewBackupFile(file, (progress) =>
          setState({ step: 'reading', fileName: file.name, progress }),
        );
        current.current = previewed;
        await queryClient.invalidateQueries({ queryKey: storeCountsQuery.queryKey });
        setState({ step: 'preview', file, previewed });
      } catch (failure) {
        setError(backupErrorMessage(failure, t));
        setState({ step: 'idle' });
      }
    },
    [queryClient, t],
  );

  const restore = useCallback(
    async (options: RestoreOptions) => {
      if (state.step !== 'preview') return null;
      const { file, previewed } = state;
      setError(null);
      setState({ step: 'restoring', file, previewed, progress: null });
      try {
        const summary = await restoreBackupFile(previewed, file, options, (progress) =>
          setState({ step: 'restoring', file, previewed, progress }),
        );
        current.current = null;
        // The app lock now is the file's (or none): the keys of the old one are dropped here and
        // in the other tabs, and the lock screen asks for the restored lock's passphrase.
        await reloadLockAfterRestore();
        setState({ step: 'done', summary });
        return summary;
      } catch (failure) {
        setError(backupErrorMessage(failure, t));
        setState({ step: 'preview', file, previewed });
        return null;
      } finally {
        await rereadAfterRestore(queryClient);
      }
    },
    [queryClient, state, t],
  );

  const reset = useCallback(() => {
    forget();
    setError(null);
    setState({ step: 'idle' });
  }, []);

  return { state, error, choose, restore, reset };
}
