// The backup worker's requests (src/workers/backup-worker.ts serves them; the page calls them
// through src/exchange/backup-client.ts): making a backup file, previewing and restoring one.
import {
  createBackup,
  parseBackup,
  restoreParsedBackup,
  type BackupCounts,
  type BackupPhase,
  type BackupPreview,
  type ParsedBackup,
  type RestoreOptions,
  type RestoreSummary,
} from './backup';
import { BackupError, isBackupErrorData, type BackupErrorData } from './backup-errors';
import { ImportError, isImportErrorData, toImportErrorData, type ImportErrorData } from './errors';
import { decodeUtf8, readBytes } from './read-file';
import type { HandlerMap } from './worker-rpc';

export interface BackupWorkerProgress {
  phase: BackupPhase;
  done: number;
  total: number;
}

export interface CreatedBackup {
  /** The file, as a Blob: a 100 MB text crosses from the worker without being copied. */
  blob: Blob;
  fileName: string;
  exportId: string;
  exportedAt: string;
  counts: BackupCounts;
}

export interface PreviewedBackup {
  /** Hands the worker's parse of the file to the restore. */
  token: number;
  preview: BackupPreview;
}

export type BackupFailure = BackupErrorData | ImportErrorData | { message: string };

type Progress = (progress: BackupWorkerProgress) => void;
type Report = (phase: BackupPhase, done: number, total: number) => void;

const reporter =
  (progress: Progress): Report =>
  (phase, done, total) =>
    progress({ phase, done, total });

/** UTF-8 as the contract says; a byte order mark is tolerated, invalid bytes refuse the file. */
async function readBackupFile(file: Blob & { name: string }, report: Report): Promise<string> {
  report('file', 0, 1);
  const bytes = await readBytes(file);
  report('file', 1, 1);
  return decodeUtf8(bytes, file.name);
}

/** The file parsed at preview, kept until it is restored or forgotten (one at a time). */
let held: { token: number; parsed: ParsedBackup } | null = null;
let nextToken = 1;

export const backupHandlers = {
  /** `now`: the page's clock (the one the user sees), for the file's instant and name. */
  async create({ now }: { now: number }, progress: Progress): Promise<CreatedBackup> {
    const built = await createBackup(reporter(progress), new Date(now));
    return {
      blob: new Blob([built.text], { type: 'application/json' }),
      fileName: built.fileName,
      exportId: built.exportId,
      exportedAt: built.exportedAt,
      counts: built.counts,
    };
  },

  async preview({ file }: { file: File }, progress: Progress): Promise<PreviewedBackup> {
    held = null;
    const report = reporter(progress);
    const text = await readBackupFile(file, report);
    const parsed = parseBackup(text, file.name, report);
    const token = nextToken;
    nextToken += 1;
    held = { token, parsed };
    return { token, preview: parsed.preview };
  },

  async restore(
    { token, file, options }: { token: number; file: File; options: RestoreOptions },
    progress: Progress,
  ): Promise<RestoreSummary> {
    const report = reporter(progress);
    // The parse of the preview is reused; a worker that was replaced since reads the file again.
    const parsed =
      held?.token === token
        ? held.parsed
        : parseBackup(await readBackupFile(file, report), file.name, report);
    const summary = await restoreParsedBackup(parsed, options, report);
    held = null;
    return summary;
  },

  /** The page no longer shows the previewed file: its parse is dropped. */
  forget({ token }: { token: number }): void {
    if (held?.token === token) held = null;
  },
} satisfies HandlerMap;

export type BackupHandlers = typeof backupHandlers;

/** What the page is told of a failure: a refusal's facts, or a message. */
export function relayBackupFailure(error: unknown): BackupFailure {
  if (error instanceof BackupError) return error.toData();
  if (isBackupErrorData(error)) return error;
  if (error instanceof ImportError || isImportErrorData(error)) return toImportErrorData(error);
  return { message: error instanceof Error ? error.message : String(error) };
}
