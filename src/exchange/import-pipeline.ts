// The import pipeline: read, open (a sealed file), parse, validate and plan each file against a
// snapshot of the store. The import worker runs it (src/exchange/import-handlers.ts holds its
// requests, src/workers/import-worker.ts is its entry); tests run it directly, without a worker.
import { isP256PublicJwk, keyFingerprint } from '@/db/keys-repo';
import { readStoreSnapshot, type StoreSnapshot } from '@/db/store-snapshot';
import { ImportError, isImportErrorData, toImportErrorData, type ImportErrorData } from './errors';
import type { ExchangeDocument } from './format';
import { parseExchange, type ImportWarning } from './parse';
import { planImport, type ImportPlan } from './plan';
import { decodeUtf8, readBytes } from './read-file';
import { isSealed, openSealedWithStoredKeys } from './seal';
import { measurePhase, timed } from './timing';

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
  const text = decodeUtf8(await readBytes(file), file.name);
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
