// The backup worker: reading a quarter of a million people, writing them as JSON, and parsing,
// checking and restoring such a file take seconds each; here they never freeze the page. The
// page talks to it through src/exchange/backup-client.ts.
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
} from '@/exchange/backup';
import { BackupError, isBackupErrorData, type BackupErrorData } from '@/exchange/backup-errors';
import {
  ImportError,
  isImportErrorData,
  toImportErrorData,
  type ImportErrorData,
} from '@/exchange/errors';

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

export type BackupWorkerRequest =
  /** `now`: the page's clock (the one the user sees), for the file's instant and name. */
  | { id: number; kind: 'create'; now: number }
  | { id: number; kind: 'preview'; file: File }
  | { id: number; kind: 'restore'; token: number; file: File; options: RestoreOptions }
  | { id: number; kind: 'forget'; token: number };

export type BackupWorkerResponse =
  | { id: number; kind: 'progress'; progress: BackupWorkerProgress }
  | { id: number; kind: 'created'; backup: CreatedBackup }
  | { id: number; kind: 'previewed'; token: number; preview: BackupPreview }
  | { id: number; kind: 'restored'; summary: RestoreSummary }
  | { id: number; kind: 'forgotten' }
  | { id: number; kind: 'failed'; error: BackupErrorData | ImportErrorData | { message: string } };

type Report = (phase: BackupPhase, done: number, total: number) => void;

/** UTF-8 as the contract says; a byte order mark is tolerated, invalid bytes refuse the file. */
export async function readBackupFile(
  file: Blob & { name: string },
  report: Report,
): Promise<string> {
  report('file', 0, 1);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    throw new ImportError({ code: 'unreadable', file: file.name });
  }
  report('file', 1, 1);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError({ code: 'notUtf8', file: file.name });
  }
}

/** The file parsed at preview, kept until it is restored or forgotten (one at a time). */
let held: { token: number; parsed: ParsedBackup } | null = null;
let nextToken = 1;

export async function previewBackupFile(
  file: Blob & { name: string },
  report: Report,
): Promise<{ token: number; preview: BackupPreview }> {
  held = null;
  const text = await readBackupFile(file, report);
  const parsed = parseBackup(text, file.name, report);
  const token = nextToken;
  nextToken += 1;
  held = { token, parsed };
  return { token, preview: parsed.preview };
}

export async function restoreBackupFile(
  token: number,
  file: Blob & { name: string },
  options: RestoreOptions,
  report: Report,
): Promise<RestoreSummary> {
  // The parse of the preview is reused; a worker that was replaced since reads the file again.
  const parsed =
    held?.token === token
      ? held.parsed
      : parseBackup(await readBackupFile(file, report), file.name, report);
  const summary = await restoreParsedBackup(parsed, options, report);
  held = null;
  return summary;
}

function failure(error: unknown): BackupErrorData | ImportErrorData | { message: string } {
  if (error instanceof BackupError) return error.toData();
  if (isBackupErrorData(error)) return error;
  if (error instanceof ImportError || isImportErrorData(error)) return toImportErrorData(error);
  return { message: error instanceof Error ? error.message : String(error) };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null;
  postMessage(message: BackupWorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: unknown };
// Only inside a worker: tests import this module in Node to run the same functions directly.
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.onmessage = (event) => {
    const request = event.data;
    const post = (message: BackupWorkerResponse) => scope.postMessage(message);
    const report: Report = (phase, done, total) =>
      post({ id: request.id, kind: 'progress', progress: { phase, done, total } });
    const fail = (error: unknown) =>
      post({ id: request.id, kind: 'failed', error: failure(error) });
    switch (request.kind) {
      case 'create':
        createBackup(report, new Date(request.now))
          .then((built) =>
            post({
              id: request.id,
              kind: 'created',
              backup: {
                blob: new Blob([built.text], { type: 'application/json' }),
                fileName: built.fileName,
                exportId: built.exportId,
                exportedAt: built.exportedAt,
                counts: built.counts,
              },
            }),
          )
          .catch(fail);
        return;
      case 'preview':
        previewBackupFile(request.file, report)
          .then(({ token, preview }) => post({ id: request.id, kind: 'previewed', token, preview }))
          .catch(fail);
        return;
      case 'restore':
        restoreBackupFile(request.token, request.file, request.options, report)
          .then((summary) => post({ id: request.id, kind: 'restored', summary }))
          .catch(fail);
        return;
      case 'forget':
        if (held?.token === request.token) held = null;
        post({ id: request.id, kind: 'forgotten' });
    }
  };
}
