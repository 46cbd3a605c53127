// The import worker: reading, opening a sealed file, parsing, validating and planning a file of
// 30,000 people takes seconds, and applying it longer; here they never freeze the page. The
// page talks to it through src/exchange/import-client.ts. The plans stay here: the page gets a
// summary of each (counts, the first items of each list) and applies a plan by its id, so a
// district's people are never copied to the page and back. The functions are exported too, so
// that tests run the same pipeline without a worker.
import { isP256PublicJwk, keyFingerprint } from '@/db/keys-repo';
import { AppLockError, type LockKeys } from '@/db/app-lock';
import { applyImportPlan } from '@/db/import-apply';
import { ImportApplyError } from '@/db/import-errors';
import { readStoreSnapshot, type StoreSnapshot } from '@/db/store-snapshot';
import type { ImportLogEntry } from '@/db/schema';
import { describeStorageError, type StorageErrorKind } from '@/db/storage-errors';
import {
  ImportError,
  applyErrorData,
  isImportErrorData,
  toImportErrorData,
  type ImportErrorData,
} from '@/exchange/errors';
import type { ExchangeDocument } from '@/exchange/format';
import { parseExchange, type ImportWarning } from '@/exchange/parse';
import { planImport, summarizePlan, type ImportPlan, type PlanSummary } from '@/exchange/plan';
import { measurePhase, timed } from '@/exchange/timing';
import { isSealed, openSealedWithStoredKeys } from '@/exchange/seal';

export type PreviewPhase = 'read' | 'parse' | 'validate' | 'plan';

export interface PreviewProgress {
  file: string;
  phase: PreviewPhase;
  done: number;
  total: number;
}

/** One file's preview: a plan to show and apply, or why the file is refused. */
export interface FilePreview {
  fileName: string;
  plan?: ImportPlan;
  error?: ImportErrorData;
}

/** What the page gets of a preview: the plan's summary (the plan stays in the worker). */
export interface PreviewSummary {
  fileName: string;
  plan?: PlanSummary;
  error?: ImportErrorData;
}

export type WorkerRequest =
  | { id: number; kind: 'preview'; files: File[] }
  // lockKeys: the app lock's keys (CryptoKeys clone into a worker, non-extractable ones too),
  // so that the people it writes have their CCCD sealed; dropped when the request is done.
  | { id: number; kind: 'apply'; planId: string; fileName: string; lockKeys?: LockKeys | null }
  // Previews the page no longer shows: their plans are dropped.
  | { id: number; kind: 'discard'; planIds: string[] };

export type WorkerResponse =
  | { id: number; kind: 'progress'; progress: PreviewProgress }
  | { id: number; kind: 'previews'; previews: PreviewSummary[] }
  | { id: number; kind: 'discarded' }
  | { id: number; kind: 'applied'; entry: ImportLogEntry }
  | { id: number; kind: 'failed'; error: ImportErrorData | RelayedError };

/** An error that is not the file's fault; a storage failure (a full disk…) keeps its kind. */
export interface RelayedError {
  message: string;
  storageKind?: StorageErrorKind;
}

/** UTF-8 as the contract says; a byte order mark is tolerated, invalid bytes refuse the file. */
function decode(bytes: ArrayBuffer, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError({ code: 'notUtf8', file: fileName });
  }
}

/** Fingerprints of the keys a province file brings; a key that is not P-256 is a warning. */
async function fingerprintKeys(plan: ImportPlan): Promise<void> {
  const extensions = plan.extensions;
  if (!extensions) return;
  const keys: NonNullable<ImportPlan['keys']> = {};
  if (extensions.provincePublicKey) {
    if (isP256PublicJwk(extensions.provincePublicKey)) {
      const jwk = extensions.provincePublicKey;
      keys.provincePublicKey = { jwk, keyId: await keyFingerprint(jwk) };
    } else {
      plan.warnings.push({ field: 'provincePublicKey', message: 'exchange.warning.unusableKey' });
    }
  }
  for (const [unitId, jwk] of Object.entries(extensions.unitKeys ?? {})) {
    if (!isP256PublicJwk(jwk)) {
      plan.warnings.push({ field: `unitKeys.${unitId}`, message: 'exchange.warning.unusableKey' });
      continue;
    }
    (keys.unitKeys ??= []).push({ unitId, jwk, keyId: await keyFingerprint(jwk) });
  }
  if (keys.provincePublicKey || keys.unitKeys) plan.keys = keys;
}

/** A file read, opened if sealed, parsed and validated: ready to plan. */
interface ParsedFile {
  fileName: string;
  document: ExchangeDocument;
  warnings: ImportWarning[];
  sealed?: ImportPlan['sealed'];
}

type Report = (phase: PreviewPhase, done: number, total: number) => void;

function reporter(fileName: string, onProgress: (progress: PreviewProgress) => void): Report {
  return (phase, done, total) => onProgress({ file: fileName, phase, done, total });
}

/** Reads a file as UTF-8 text. */
async function readText(file: Blob & { name: string }, report: Report): Promise<string> {
  report('read', 0, file.size);
  const reading = performance.now();
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    throw new ImportError({ code: 'unreadable', file: file.name });
  }
  const text = decode(bytes, file.name);
  measurePhase('read', reading);
  report('read', file.size, file.size);
  return text;
}

/** Opens a sealed file, parses and validates. */
async function parseText(text: string, fileName: string, report: Report): Promise<ParsedFile> {
  let documentText = text;
  let sealed: ImportPlan['sealed'];
  if (isSealed(text)) {
    report('parse', 0, 1);
    const opened = await openSealedWithStoredKeys(text, fileName);
    documentText = opened.documentText;
    sealed = {
      unitId: opened.signer.unitId,
      publicKeyJwk: opened.signer.publicKeyJwk,
      fingerprint: opened.signer.fingerprint,
      firstUse: opened.firstUse,
    };
  }
  report('parse', 0, 1);
  const { document, warnings } = parseExchange(documentText, fileName, (done, total) =>
    report('validate', done, total),
  );
  return sealed ? { fileName, document, warnings, sealed } : { fileName, document, warnings };
}

/** The people a file brings or deletes: what a snapshot must look up for it. */
function personIdsOf(document: ExchangeDocument): string[] {
  return [
    ...document.people.map((person) => person.id),
    ...document.deleted.filter((item) => item.type === 'person').map((item) => item.id),
  ];
}

async function readSnapshotFor(documents: readonly ExchangeDocument[]): Promise<StoreSnapshot> {
  const reading = performance.now();
  const snapshot = await readStoreSnapshot({ personIds: documents.flatMap(personIdsOf) });
  measurePhase('snapshot', reading);
  return snapshot;
}

/** Plans a parsed file against a snapshot (throws ImportError on a missing reference). */
async function planParsed(
  parsed: ParsedFile,
  snapshot: StoreSnapshot,
  report: Report,
): Promise<FilePreview> {
  const { fileName, document, warnings, sealed } = parsed;
  report('plan', 0, 1);
  const plan = timed('plan', () => planImport(document, snapshot, fileName, warnings));
  if (sealed) plan.sealed = sealed;
  await fingerprintKeys(plan);
  report('plan', 1, 1);
  return { fileName, plan };
}

/** The preview of a refused file, or the error again when it is not a refusal. */
async function refusal(
  fileName: string,
  error: unknown,
  snapshot: StoreSnapshot | undefined,
): Promise<FilePreview> {
  if (error instanceof ImportError || isImportErrorData(error)) {
    return { fileName, error: await withUnitName(toImportErrorData(error), snapshot) };
  }
  throw error;
}

/**
 * Reads, opens, parses, validates and plans one file against a snapshot of the store (read for
 * this file's records when none is given).
 */
export async function previewFile(
  file: Blob & { name: string },
  snapshot: StoreSnapshot | undefined,
  onProgress: (progress: PreviewProgress) => void = () => {},
): Promise<FilePreview> {
  const report = reporter(file.name, onProgress);
  try {
    return await previewText(await readText(file, report), file.name, snapshot, report);
  } catch (error) {
    return refusal(file.name, error, snapshot);
  }
}

/** The same, from a file's text (tests, and the worker after reading). */
export async function previewText(
  text: string,
  fileName: string,
  snapshot: StoreSnapshot | undefined,
  report: Report = () => {},
): Promise<FilePreview> {
  const parsed = await parseText(text, fileName, report);
  return planParsed(parsed, snapshot ?? (await readSnapshotFor([parsed.document])), report);
}

/** A refusal naming a unit by id reads better with the unit's name, when the store knows it. */
async function withUnitName(
  error: ImportErrorData,
  snapshot: StoreSnapshot | undefined,
): Promise<ImportErrorData> {
  const unitId = error.params?.unitId;
  if (typeof unitId !== 'string') return error;
  const units = (snapshot ?? (await readStoreSnapshot({ personIds: [] }))).units;
  const unit = units.find((item) => item.id === unitId);
  return unit ? { ...error, params: { ...error.params, unitName: unit.name } } : error;
}

/**
 * Previews files against the store as it is now: each is read, parsed and validated, then the
 * store is looked up once for all of them, then each is planned.
 */
export async function previewAll(
  files: readonly (Blob & { name: string })[],
  onProgress: (progress: PreviewProgress) => void = () => {},
): Promise<FilePreview[]> {
  const read: (ParsedFile | FilePreview)[] = [];
  for (const file of files) {
    const report = reporter(file.name, onProgress);
    try {
      read.push(await parseText(await readText(file, report), file.name, report));
    } catch (error) {
      read.push(await refusal(file.name, error, undefined));
    }
  }
  const parsed = read.filter((item): item is ParsedFile => 'document' in item);
  if (parsed.length === 0) return read as FilePreview[];
  const snapshot = await readSnapshotFor(parsed.map((item) => item.document));
  const previews: FilePreview[] = [];
  for (const item of read) {
    if (!('document' in item)) {
      previews.push(item);
      continue;
    }
    try {
      previews.push(await planParsed(item, snapshot, reporter(item.fileName, onProgress)));
    } catch (error) {
      previews.push(await refusal(item.fileName, error, snapshot));
    }
  }
  return previews;
}

/** What the page is told of a failure: a refusal's facts, the lock's state, or a message. */
export function failure(error: unknown, fileName = ''): ImportErrorData | RelayedError {
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

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: unknown };
// Only inside a worker: tests import this module in Node to run the pipeline directly.
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  /** The plans previewed and not yet applied or discarded, by id. */
  const plans = new Map<string, ImportPlan>();
  scope.onmessage = (event) => {
    const request = event.data;
    const post = (message: WorkerResponse) => scope.postMessage(message);
    if (request.kind === 'preview') {
      previewAll(request.files, (progress) => post({ id: request.id, kind: 'progress', progress }))
        .then((previews) => {
          const summaries = previews.map((preview): PreviewSummary => {
            if (!preview.plan) return { fileName: preview.fileName, error: preview.error };
            const planId = crypto.randomUUID();
            plans.set(planId, preview.plan);
            return { ...preview, plan: summarizePlan(preview.plan, planId) };
          });
          timed('post', () => post({ id: request.id, kind: 'previews', previews: summaries }));
        })
        .catch((error: unknown) => post({ id: request.id, kind: 'failed', error: failure(error) }));
    } else if (request.kind === 'apply') {
      const plan = plans.get(request.planId);
      if (!plan) {
        post({
          id: request.id,
          kind: 'failed',
          error: { code: 'previewExpired', file: request.fileName },
        });
        return;
      }
      const applying = performance.now();
      applyImportPlan(plan, request.lockKeys ?? null)
        .then((entry) => {
          measurePhase('apply', applying);
          // Applied: the plan is done with (a second apply would change nothing anyway).
          plans.delete(request.planId);
          post({ id: request.id, kind: 'applied', entry });
        })
        .catch((error: unknown) =>
          post({ id: request.id, kind: 'failed', error: failure(error, request.fileName) }),
        );
    } else {
      for (const planId of request.planIds) plans.delete(planId);
      post({ id: request.id, kind: 'discarded' });
    }
  };
}
