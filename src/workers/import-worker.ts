// The import worker: reading, opening a sealed file, parsing, validating and planning a file of
// 30,000 people takes seconds, and applying it longer; here they never freeze the page. The
// page talks to it through src/exchange/import-client.ts. The functions are exported too, so
// that tests run the same pipeline without a worker.
import { isP256PublicJwk, keyFingerprint } from '@/db/keys-repo';
import { applyImportPlan, readStoreSnapshot, type StoreSnapshot } from '@/db/exchange-repo';
import type { ImportLogEntry } from '@/db/schema';
import {
  ImportError,
  isImportErrorData,
  toImportErrorData,
  type ImportErrorData,
} from '@/exchange/errors';
import { parseExchange } from '@/exchange/parse';
import { planImport, type ImportPlan } from '@/exchange/plan';
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

export type WorkerRequest =
  { id: number; kind: 'preview'; files: File[] } | { id: number; kind: 'apply'; plan: ImportPlan };

export type WorkerResponse =
  | { id: number; kind: 'progress'; progress: PreviewProgress }
  | { id: number; kind: 'previews'; previews: FilePreview[] }
  | { id: number; kind: 'applied'; entry: ImportLogEntry }
  | { id: number; kind: 'failed'; error: ImportErrorData | { message: string } };

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

/** Reads, opens, parses, validates and plans one file against a snapshot of the store. */
export async function previewFile(
  file: Blob & { name: string },
  snapshot: StoreSnapshot,
  onProgress: (progress: PreviewProgress) => void = () => {},
): Promise<FilePreview> {
  const fileName = file.name;
  const report = (phase: PreviewPhase, done: number, total: number) =>
    onProgress({ file: fileName, phase, done, total });
  try {
    report('read', 0, file.size);
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      throw new ImportError({ code: 'unreadable', file: fileName });
    }
    report('read', file.size, file.size);
    return await previewText(decode(bytes, fileName), fileName, snapshot, report);
  } catch (error) {
    if (error instanceof ImportError || isImportErrorData(error)) {
      return { fileName, error: withUnitName(toImportErrorData(error), snapshot) };
    }
    throw error;
  }
}

/** The same, from a file's text (tests, and the worker after reading). */
export async function previewText(
  text: string,
  fileName: string,
  snapshot: StoreSnapshot,
  report: (phase: PreviewPhase, done: number, total: number) => void = () => {},
): Promise<FilePreview> {
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
  report('plan', 0, 1);
  const plan = planImport(document, snapshot, fileName, warnings);
  if (sealed) plan.sealed = sealed;
  await fingerprintKeys(plan);
  report('plan', 1, 1);
  return { fileName, plan };
}

/** A refusal naming a unit by id reads better with the unit's name, when the store knows it. */
function withUnitName(error: ImportErrorData, snapshot: StoreSnapshot): ImportErrorData {
  const unitId = error.params?.unitId;
  if (typeof unitId !== 'string') return error;
  const unit = snapshot.units.find((item) => item.id === unitId);
  return unit ? { ...error, params: { ...error.params, unitName: unit.name } } : error;
}

/** Previews files one after the other, each against the store as it is now. */
export async function previewAll(
  files: readonly (Blob & { name: string })[],
  onProgress: (progress: PreviewProgress) => void = () => {},
): Promise<FilePreview[]> {
  const snapshot = await readStoreSnapshot();
  const previews: FilePreview[] = [];
  for (const file of files) previews.push(await previewFile(file, snapshot, onProgress));
  return previews;
}

function failure(error: unknown): ImportErrorData | { message: string } {
  if (error instanceof ImportError || isImportErrorData(error)) return toImportErrorData(error);
  return { message: error instanceof Error ? error.message : String(error) };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope & { WorkerGlobalScope?: unknown };
// Only inside a worker: tests import this module in Node to run the pipeline directly.
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.onmessage = (event) => {
    const request = event.data;
    const post = (message: WorkerResponse) => scope.postMessage(message);
    if (request.kind === 'preview') {
      previewAll(request.files, (progress) => post({ id: request.id, kind: 'progress', progress }))
        .then((previews) => post({ id: request.id, kind: 'previews', previews }))
        .catch((error: unknown) => post({ id: request.id, kind: 'failed', error: failure(error) }));
    } else {
      applyImportPlan(request.plan)
        .then((entry) => post({ id: request.id, kind: 'applied', entry }))
        .catch((error: unknown) => post({ id: request.id, kind: 'failed', error: failure(error) }));
    }
  };
}
