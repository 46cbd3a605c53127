// The optional app lock: a passphrase, never stored, opens the keys that seal each person's
// national ID (CCCD) at rest. The rest of a person (name, birth date, ethnicity, religion) stays
// in clear: the dashboard, the list, sorting and search work on it in the browser; the lock
// screen only hides it from whoever opens the app, and the disk's own encryption protects it.
//
// Keys: PBKDF2-SHA-256 (salt, iterations in the settings row) turns the passphrase into a
// key-encryption key (KEK). Two random keys do the work and are stored WRAPPED by the KEK:
// the data key (AES-GCM 256, seals the CCCD) and the token key (HMAC-SHA-256, a searchable
// token of a CCCD: a plain hash of 12 digits would be reversed by trying them all). Changing
// the passphrase re-wraps the two keys and touches no person. Unwrapped keys are
// non-extractable and live in this module only, never in a store.
//
// This file holds the crypto, the keys in memory and the row helpers (seal before a write,
// open after a read). Turning the lock on and off over the store is app-lock-repo.ts.
import type { Person } from '@/domain/entities';
import type { PersonRow, SealedValue } from './rows';
import { getSetting } from './settings-repo';
import type { SettingKey, SettingValue } from './settings-registry';

export type { SealedValue } from './rows';

export const APP_LOCK_SETTING = 'appLock' satisfies SettingKey;
/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. Measured in headless Chromium on the 2-core
 * build machine: 80–350 ms per derivation (median about 150 ms); a laptop five times slower
 * still opens in under two seconds.
 */
export const DEFAULT_ITERATIONS = 600_000;
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const AUTO_LOCK_CHOICES = [5, 15, 30, 60] as const;

/** The settings row 'appLock' (its schema, with what each member holds: settings-registry.ts). */
export type AppLockSettings = SettingValue<'appLock'>;
/** A pass of the store turning clear CCCDs into sealed ones (or back); `after`: last id done. */
export type LockMigration = NonNullable<AppLockSettings['migration']>;

export interface LockKeys {
  dataKey: CryptoKey;
  tokenKey: CryptoKey;
  /** The lock they belong to (AppLockSettings.keyId). */
  keyId: string;
}

export type AppLockErrorCode =
  | 'wrongPassphrase'
  | 'locked'
  | 'notEnabled'
  | 'alreadyEnabled'
  /** The lock was turned on, off or changed (or is being) while a write was prepared. */
  | 'changed';

export class AppLockError extends Error {
  constructor(readonly code: AppLockErrorCode) {
    super(code);
    this.name = 'AppLockError';
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

// Additional authenticated data: a sealed value only opens in its own place, so a value copied
// into another row (or a wrapped key swapped for the other) fails instead of misleading.
const VERIFIER_AAD = encoder.encode('ptdv:app-lock:verifier:v1');
const DATA_KEY_AAD = encoder.encode('ptdv:app-lock:data-key:v1');
const TOKEN_KEY_AAD = encoder.encode('ptdv:app-lock:token-key:v1');
const VERIFIER_TEXT = 'PTĐV — khóa ứng dụng';
const nationalIdAad = (personId: string) => encoder.encode(`ptdv:nationalId:v1:${personId}`);

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * The passphrase as typed, in NFC: a Vietnamese passphrase typed with another input method
 * (Telex composing precomposed letters, or a keyboard sending combining marks) is the same text.
 */
function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(passphrase.normalize('NFC'));
}

async function deriveKek(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

async function sealBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<SealedValue> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    key,
    plain,
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

async function openBytes(
  key: CryptoKey,
  sealed: SealedValue,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: aad },
    key,
    fromBase64(sealed.data),
  );
  return new Uint8Array(plain);
}

async function wrap(kek: CryptoKey, key: CryptoKey, aad: Uint8Array<ArrayBuffer>) {
  const iv = randomBytes(12);
  const data = await crypto.subtle.wrapKey('raw', key, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: aad,
  });
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

async function unwrapKeys(
  kek: CryptoKey,
  settings: Pick<AppLockSettings, 'wrappedDataKey' | 'wrappedTokenKey'>,
  extractable: boolean,
): Promise<Omit<LockKeys, 'keyId'>> {
  const unwrap = (
    wrapped: SealedValue,
    aad: Uint8Array<ArrayBuffer>,
    algorithm: AesKeyAlgorithm | HmacImportParams,
    usages: KeyUsage[],
  ) =>
    crypto.subtle.unwrapKey(
      'raw',
      fromBase64(wrapped.data),
      kek,
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv), additionalData: aad },
      algorithm,
      extractable,
      usages,
    );
  const [dataKey, tokenKey] = await Promise.all([
    unwrap(settings.wrappedDataKey, DATA_KEY_AAD, { name: 'AES-GCM', length: 256 }, [
      'encrypt',
      'decrypt',
    ]),
    unwrap(settings.wrappedTokenKey, TOKEN_KEY_AAD, { name: 'HMAC', hash: 'SHA-256' }, ['sign']),
  ]);
  return { dataKey, tokenKey };
}

/** Salt, verifier and wrapped keys for a passphrase (a new lock, or a changed passphrase). */
async function protect(
  passphrase: string,
  raw: Omit<LockKeys, 'keyId'>,
  iterations: number,
): Promise<
  Pick<AppLockSettings, 'salt' | 'iterations' | 'verifier' | 'wrappedDataKey' | 'wrappedTokenKey'>
> {
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, iterations);
  const [verifier, wrappedDataKey, wrappedTokenKey] = await Promise.all([
    sealBytes(kek, encoder.encode(VERIFIER_TEXT), VERIFIER_AAD),
    wrap(kek, raw.dataKey, DATA_KEY_AAD),
    wrap(kek, raw.tokenKey, TOKEN_KEY_AAD),
  ]);
  return { salt: toBase64(salt), iterations, verifier, wrappedDataKey, wrappedTokenKey };
}

/**
 * A new lock: random data and token keys wrapped by the passphrase. Returns the settings row to
 * store (with `migration` as given) and the keys, non-extractable, for this session.
 */
export async function createAppLock(
  passphrase: string,
  options: {
    iterations?: number;
    autoLockMinutes?: number;
    migration?: LockMigration | null;
    now?: string;
  } = {},
): Promise<{ settings: AppLockSettings; keys: LockKeys }> {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  // Extractable only long enough to be wrapped; the session's copies are unwrapped below.
  const [dataKey, tokenKey] = await Promise.all([
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']),
    crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']),
  ]);
  const protectedKeys = await protect(passphrase, { dataKey, tokenKey }, iterations);
  const settings: AppLockSettings = {
    version: 1,
    keyId: toBase64(randomBytes(12)),
    ...protectedKeys,
    autoLockMinutes: options.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES,
    createdAt: options.now ?? new Date().toISOString(),
    changedAt: null,
    migration: options.migration ?? null,
  };
  const keys = await openAppLock(settings, passphrase);
  return { settings, keys };
}

/**
 * The keys of a lock, from its passphrase. A wrong passphrase throws AppLockError
 * 'wrongPassphrase' (the verifier does not open); nothing else is told.
 */
export async function openAppLock(
  settings: AppLockSettings,
  passphrase: string,
  options: { extractable?: boolean } = {},
): Promise<LockKeys> {
  const kek = await deriveKek(passphrase, fromBase64(settings.salt), settings.iterations);
  try {
    const verifier = await openBytes(kek, settings.verifier, VERIFIER_AAD);
    if (decoder.decode(verifier) !== VERIFIER_TEXT) throw new Error('verifier');
  } catch {
    throw new AppLockError('wrongPassphrase');
  }
  const unwrapped = await unwrapKeys(kek, settings, options.extractable ?? false);
  return { ...unwrapped, keyId: settings.keyId };
}

/** The same keys under a new passphrase (new salt): no person is touched. */
export async function rewrapAppLock(
  settings: AppLockSettings,
  current: string,
  next: string,
  options: { iterations?: number; now?: string } = {},
): Promise<AppLockSettings> {
  const raw = await openAppLock(settings, current, { extractable: true });
  const iterations = options.iterations ?? Math.max(settings.iterations, DEFAULT_ITERATIONS);
  return {
    ...settings,
    ...(await protect(next, raw, iterations)),
    changedAt: options.now ?? new Date().toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// The keys of this session

export interface LockState {
  /** null until the settings were read (lock-gate.tsx reads them first). */
  enabled: boolean | null;
  unlocked: boolean;
  autoLockMinutes: number;
}

let keys: LockKeys | null = null;
/** While the lock is being turned off: new writes go in clear (see lockKeysForWrite). */
let clearWrites = false;
let state: LockState = {
  enabled: null,
  unlocked: false,
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
};
const listeners = new Set<() => void>();

function publish(next: Partial<LockState>): void {
  state = { ...state, ...next, unlocked: keys !== null };
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: a new object on every change, the same one in between. */
export function lockState(): LockState {
  return state;
}

export function subscribeLock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The keys in memory, or null (no lock, or locked). The import client sends them to the worker. */
export function currentLockKeys(): LockKeys | null {
  return keys;
}

/**
 * While the lock is being turned off, a person saved meanwhile must be written in clear: the
 * pass that opens the sealed CCCDs may already have gone past them.
 */
export function setClearWrites(on: boolean): void {
  clearWrites = on;
}

/** Keeps (or, with null, drops) the keys of this session; `enabled` as read from the settings. */
export function setLockKeys(next: LockKeys | null, known: Partial<LockState> = {}): void {
  keys = next;
  publish(known);
}

/**
 * The keys a write must seal with, checked against the stored lock (one settings read per
 * write): none when no lock is set (keys still held are dropped: the lock went away, e.g. a
 * restored backup without one); a refusal ('locked') when a lock is set but this page (or
 * worker) does not hold ITS keys — another tab may have turned it on, or a backup with another
 * lock was restored — since a CCCD must be neither written in clear under a lock nor sealed
 * with keys that lock cannot open.
 */
export async function lockKeysForWrite(given?: LockKeys | null): Promise<LockKeys | null> {
  if (!given && clearWrites) return null;
  const settings = await getSetting(APP_LOCK_SETTING);
  if (!settings) {
    if (keys) setLockKeys(null, { enabled: false });
    return null;
  }
  const held = given ?? keys;
  if (held && held.keyId === settings.keyId) return held;
  if (keys && keys.keyId !== settings.keyId) setLockKeys(null, { enabled: true });
  throw new AppLockError('locked');
}

// ---------------------------------------------------------------------------------------------
// Values and rows

/** The fields a sealed CCCD is stored as: nationalId null, the sealed value and its token. */
export interface SealedNationalId {
  nationalId: null;
  nationalIdSealed: SealedValue;
  nationalIdToken: string;
}

/** A searchable token of a CCCD: equal CCCDs give equal tokens under the same lock. */
export async function nationalIdToken(nationalId: string, lockKeys: LockKeys): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    lockKeys.tokenKey,
    encoder.encode(`nationalId:${nationalId}`),
  );
  return toBase64(new Uint8Array(mac));
}

/**
 * The token to look a full CCCD up by, with this session's keys; null when no lock is open (the
 * CCCD is then in the search key itself).
 */
export async function searchTokenOf(nationalId: string): Promise<string | null> {
  return keys ? nationalIdToken(nationalId, keys) : null;
}

export async function sealNationalId(
  personId: string,
  nationalId: string,
  lockKeys: LockKeys,
): Promise<SealedNationalId> {
  const [nationalIdSealed, nationalIdToken_] = await Promise.all([
    sealBytes(lockKeys.dataKey, encoder.encode(nationalId), nationalIdAad(personId)),
    nationalIdToken(nationalId, lockKeys),
  ]);
  return { nationalId: null, nationalIdSealed, nationalIdToken: nationalIdToken_ };
}

export async function openNationalId(
  personId: string,
  sealed: SealedValue,
  lockKeys: LockKeys,
): Promise<string> {
  return decoder.decode(await openBytes(lockKeys.dataKey, sealed, nationalIdAad(personId)));
}

/** A stored person whose CCCD is sealed. */
export function isSealedRow(row: Pick<PersonRow, 'nationalIdSealed'>): boolean {
  return row.nationalIdSealed !== undefined;
}

/**
 * Records ready to be written under the lock `lockKeys` (lockKeysForWrite's answer): a CCCD in
 * clear becomes sealed fields (nationalId null). Call it BEFORE opening the Dexie transaction: an
 * await on WebCrypto inside one lets it commit early. With no lock, the records come back as they
 * are.
 */
export async function sealPeopleWith<P extends Person>(
  people: readonly P[],
  lockKeys: LockKeys | null,
): Promise<P[]> {
  if (!lockKeys) return [...people];
  const sealed: P[] = [];
  // One at a time: WebCrypto's per-call cost is small and a quarter of a million promises at
  // once costs more than awaiting each (measured: serial AES-GCM + HMAC ≈ 36 µs a person).
  for (const person of people) {
    sealed.push(
      person.nationalId
        ? { ...person, ...(await sealNationalId(person.id, person.nationalId, lockKeys)) }
        : person,
    );
  }
  return sealed;
}

/**
 * Stored rows with their CCCD in clear, for the screens that show it, exports and backups.
 * Rows already clear come back as they are. A sealed row without the keys in memory throws
 * AppLockError 'locked'. The rows returned are for reading: write through savePerson.
 */
export async function openPeopleRows<R extends PersonRow>(
  rows: readonly R[],
  given?: LockKeys | null,
): Promise<R[]> {
  const lockKeys = given ?? keys;
  const opened: R[] = [];
  for (const row of rows) {
    if (!row.nationalIdSealed) {
      opened.push(row);
      continue;
    }
    if (!lockKeys) throw new AppLockError('locked');
    const { nationalIdSealed, nationalIdToken: _token, ...rest } = row;
    const nationalId = await openNationalId(row.id, nationalIdSealed, lockKeys);
    opened.push({ ...rest, nationalId } as R);
  }
  return opened;
}

/** One stored row opened (the person pages). */
export async function openPersonRow<R extends PersonRow>(row: R): Promise<R> {
  const [opened] = await openPeopleRows([row]);
  return opened ?? row;
}
