// Errors of IndexedDB (and of Dexie around it) sorted into the few cases a secretary can act
// on. A full disk, a database replaced by a newer tab or a browser that refuses storage each get
// their own clear message (i18n keys storage.*); anything else names the operation and keeps the
// browser's words. The browser's error hides at different depths: Dexie wraps a DOMException as
// `inner`, a failed transaction reports an AbortError whose inner error is the quota, and bulk
// writes carry their `failures`, so the whole chain is searched.
import { databaseReplaced } from './connection-events';

export type StorageErrorKind =
  'quota' | 'versionChanged' | 'closed' | 'invalidState' | 'unknown' | 'unavailable' | 'other';

export type StorageMessageKey = `storage.${Exclude<StorageErrorKind, 'other'>}` | 'storage.failed';

export interface StorageErrorInfo {
  kind: StorageErrorKind;
  /** The i18n key of the message; `storage.failed` takes {operation} and {message}. */
  key: StorageMessageKey;
  /** The browser's own words, from the innermost error. */
  detail: string;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** Every error in the chain: the error, its inner/cause, and the failures of a bulk write. */
function chainOf(error: unknown): ErrorLike[] {
  const seen = new Set<unknown>();
  const chain: ErrorLike[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const item = value as ErrorLike;
    chain.push(item);
    visit(item.inner, depth + 1);
    visit(item.cause, depth + 1);
    const failures = item.failures;
    if (Array.isArray(failures)) for (const failure of failures) visit(failure, depth + 1);
    else if (failures && typeof failures === 'object') {
      for (const failure of Object.values(failures)) visit(failure, depth + 1);
    }
  };
  visit(error, 0);
  return chain;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function kindOf(chain: readonly ErrorLike[]): StorageErrorKind {
  const names = new Set(chain.map((item) => String(item.name ?? '')));
  // DOMException code 22 is the quota, whatever the name says in older engines.
  if ([...names].some((name) => QUOTA_NAMES.has(name)) || chain.some((item) => item.code === 22)) {
    return 'quota';
  }
  if (names.has('VersionChangeError') || names.has('VersionError')) return 'versionChanged';
  if (names.has('DatabaseClosedError')) return databaseReplaced() ? 'versionChanged' : 'closed';
  if (names.has('MissingAPIError') || names.has('SecurityError')) return 'unavailable';
  if (names.has('InvalidStateError') || names.has('TransactionInactiveError')) {
    return databaseReplaced() ? 'versionChanged' : 'invalidState';
  }
  if (names.has('UnknownError')) return 'unknown';
  if (names.has('OpenFailedError')) return 'unavailable';
  return 'other';
}

const KEYS: Record<StorageErrorKind, StorageMessageKey> = {
  quota: 'storage.quota',
  versionChanged: 'storage.versionChanged',
  closed: 'storage.closed',
  invalidState: 'storage.invalidState',
  unknown: 'storage.unknown',
  unavailable: 'storage.unavailable',
  other: 'storage.failed',
};

function detailOf(chain: readonly ErrorLike[], error: unknown): string {
  // The innermost error with a message says most; Dexie's outer messages repeat it.
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const message = chain[index]?.message;
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  return String(error);
}

export function describeStorageError(error: unknown): StorageErrorInfo {
  const chain = chainOf(error);
  // An error relayed from the import worker carries the kind found there.
  const relayed = (error as { storageKind?: unknown } | null)?.storageKind;
  const kind =
    typeof relayed === 'string' && relayed in KEYS ? (relayed as StorageErrorKind) : kindOf(chain);
  return { kind, key: KEYS[kind], detail: detailOf(chain, error) };
}

export function isQuotaError(error: unknown): boolean {
  return describeStorageError(error).kind === 'quota';
}
