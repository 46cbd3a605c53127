// A private key under a passphrase (docs/sealed-envelope.md, "Key backup"): the only form in
// which the province's private key may leave its installation. PBKDF2-SHA256 turns the
// passphrase into an AES-256-GCM key that encrypts the private JWK; the header is bound to the
// ciphertext as additional data, so a backup whose public key or parameters were edited fails
// like a wrong passphrase.
import * as z from 'zod';
import {
  canonicalJwk,
  createProvinceKeys,
  getProvinceKeys,
  keyFingerprint,
  PROVINCE_KEY_ALGORITHM,
  publicJwk,
  saveProvinceKeyBackup,
  saveProvinceKeys,
  SIGNING_KEY_ALGORITHM,
  type ProvinceKeys,
} from '@/db/keys-repo';
import { isJsonObject, ownMember } from '@/domain/plain-data';
import { KEY_ID_PATTERN, isP256PublicJwk } from '@/domain/public-key';
import { base64Schema, fromBase64, toBase64 } from './base64';

export const KEY_BACKUP_FORMAT = 'ptdv-key-backup';
export const KEY_BACKUP_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a backup with fewer than the minimum is refused. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 310_000;
/** Counted in characters after NFC normalisation. */
export const MIN_PASSPHRASE_LENGTH = 10;
export const KEY_BACKUP_EXTENSION = '.ptdv-key.json';

const KEY_TYPES = {
  'ecdh-p256': { algorithm: PROVINCE_KEY_ALGORITHM, usages: ['deriveBits'] },
  'ecdsa-p256': { algorithm: SIGNING_KEY_ALGORITHM, usages: ['sign'] },
} as const satisfies Record<string, { algorithm: EcKeyImportParams; usages: KeyUsage[] }>;
export type BackupKeyType = keyof typeof KEY_TYPES;

export type KeyBackupErrorCode =
  | 'weakPassphrase'
  | 'notExtractable'
  | 'notBackup'
  | 'newerVersion'
  | 'invalidBackup'
  | 'wrongPassphrase'
  | 'keyMismatch';

/** A refusal; `messageKey` is its text in src/i18n/messages/sync.ts. */
export class KeyBackupError extends Error {
  readonly messageKey: `sync.keys.backup.${KeyBackupErrorCode}`;
  constructor(readonly code: KeyBackupErrorCode) {
    super(`key backup: ${code}`);
    this.name = 'KeyBackupError';
    this.messageKey = `sync.keys.backup.${code}`;
  }
}

const keyBackupSchema = z.object({
  format: z.literal(KEY_BACKUP_FORMAT),
  version: z.literal(KEY_BACKUP_VERSION),
  keyType: z.enum(Object.keys(KEY_TYPES) as [BackupKeyType, ...BackupKeyType[]]),
  keyId: z.string().regex(KEY_ID_PATTERN),
  publicKey: z.custom<JsonWebKey>((value) => isP256PublicJwk(value)),
  createdAt: z.string(),
  kdf: z.object({
    alg: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(10_000_000),
    salt: base64Schema(16),
  }),
  cipher: z.object({ alg: z.literal('A256GCM'), iv: base64Schema(12) }),
  ciphertext: base64Schema(),
});
type KeyBackup = z.output<typeof keyBackupSchema>;

export interface RestoredKey {
  keyType: BackupKeyType;
  keyId: string;
  privateKey: CryptoKey;
  publicKeyJwk: JsonWebKey;
  createdAt: string;
}

function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  // Vietnamese typed on different systems arrives composed or decomposed: both must open.
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

export function isStrongEnough(passphrase: string): boolean {
  return [...passphrase.normalize('NFC')].length >= MIN_PASSPHRASE_LENGTH;
}

async function passphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    passphraseBytes(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The additional data: every header member, so that none can be changed unnoticed. */
function headerBytes(backup: Omit<KeyBackup, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    [
      `${KEY_BACKUP_FORMAT}/${backup.version}`,
      backup.keyType,
      backup.keyId,
      canonicalJwk(backup.publicKey),
      backup.createdAt,
      backup.kdf.alg,
      String(backup.kdf.iterations),
      backup.kdf.salt,
      backup.cipher.alg,
      backup.cipher.iv,
    ].join('\n'),
  );
}

function keyTypeOf(key: CryptoKey): BackupKeyType | null {
  const algorithm = key.algorithm as EcKeyAlgorithm;
  if (algorithm.namedCurve !== 'P-256') return null;
  if (algorithm.name === 'ECDH') return 'ecdh-p256';
  if (algorithm.name === 'ECDSA') return 'ecdsa-p256';
  return null;
}

/**
 * The backup text of an extractable P-256 private key (ECDH or ECDSA). Throws KeyBackupError
 * weakPassphrase or notExtractable.
 */
export async function exportPrivateKeyUnderPassphrase(
  key: CryptoKey,
  passphrase: string,
  createdAt: Date = new Date(),
): Promise<string> {
  if (!isStrongEnough(passphrase)) throw new KeyBackupError('weakPassphrase');
  const keyType = keyTypeOf(key);
  if (key.type !== 'private' || !key.extractable || !keyType) {
    throw new KeyBackupError('notExtractable');
  }
  const privateJwk = await crypto.subtle.exportKey('jwk', key);
  const publicKey = publicJwk(privateJwk);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Omit<KeyBackup, 'ciphertext'> = {
    format: KEY_BACKUP_FORMAT,
    version: KEY_BACKUP_VERSION,
    keyType,
    keyId: await keyFingerprint(publicKey),
    publicKey,
    createdAt: createdAt.toISOString(),
    kdf: { alg: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { alg: 'A256GCM', iv: toBase64(iv) },
  };
  const plaintext = new TextEncoder().encode(JSON.stringify({ ...publicKey, d: privateJwk.d }));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header) },
    await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS),
    plaintext,
  );
  const backup: KeyBackup = { ...header, ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The backup's structure, or KeyBackupError notBackup / newerVersion / invalidBackup. */
function readBackup(text: string): KeyBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KeyBackupError('notBackup');
  }
  if (!isJsonObject(value) || ownMember(value, 'format') !== KEY_BACKUP_FORMAT) {
    throw new KeyBackupError('notBackup');
  }
  const version = ownMember(value, 'version');
  if (typeof version === 'number' && version > KEY_BACKUP_VERSION) {
    throw new KeyBackupError('newerVersion');
  }
  const result = keyBackupSchema.safeParse(value);
  if (!result.success) throw new KeyBackupError('invalidBackup');
  return result.data;
}

/**
 * Opens a backup: the private key (non-extractable unless asked, e.g. to re-encrypt it under
 * a new passphrase), its public key and fingerprint. A wrong passphrase and a damaged backup
 * cannot be told apart (AES-GCM only says the tag did not match): both are wrongPassphrase.
 */
export async function importPrivateKeyFromBackup(
  text: string,
  passphrase: string,
  options: { extractable?: boolean } = {},
): Promise<RestoredKey> {
  const backup = readBackup(text);
  const { algorithm, usages } = KEY_TYPES[backup.keyType];
  const salt = fromBase64(backup.kdf.salt) as Uint8Array<ArrayBuffer>;
  const iv = fromBase64(backup.cipher.iv) as Uint8Array<ArrayBuffer>;
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes(backup) },
      await passphraseKey(passphrase, salt, backup.kdf.iterations),
      fromBase64(backup.ciphertext) as Uint8Array<ArrayBuffer>,
    );
  } catch {
    throw new KeyBackupError('wrongPassphrase');
  }
  const privateJwk = JSON.parse(new TextDecoder().decode(plaintext)) as JsonWebKey;
  if (privateJwk.x !== backup.publicKey.x || privateJwk.y !== backup.publicKey.y) {
    throw new KeyBackupError('keyMismatch');
  }
  if ((await keyFingerprint(backup.publicKey)) !== backup.keyId) {
    throw new KeyBackupError('keyMismatch');
  }
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey(
      'jwk',
      { ...privateJwk, key_ops: [...usages], ext: options.extractable === true },
      algorithm,
      options.extractable === true,
      [...usages],
    );
  } catch {
    throw new KeyBackupError('keyMismatch');
  }
  return {
    keyType: backup.keyType,
    keyId: backup.keyId,
    privateKey,
    publicKeyJwk: publicJwk(backup.publicKey),
    createdAt: backup.createdAt,
  };
}

// ---------------------------------------------------------------------------------------------
// The province's key pair and its backup (what the sync page calls)

/** Creates the province's pair and, in the same step, its backup under the passphrase. */
export async function createProvinceKeysUnderPassphrase(
  passphrase: string,
  options: { replace?: boolean } = {},
): Promise<ProvinceKeys> {
  if (!isStrongEnough(passphrase)) throw new KeyBackupError('weakPassphrase');
  return createProvinceKeys({
    ...options,
    protect: (key, createdAt) => exportPrivateKeyUnderPassphrase(key, passphrase, createdAt),
  });
}

/**
 * Installs the province's pair from a backup (a new laptop, or a browser whose data was
 * cleared). The backup text stays with the keys, so it can be downloaded again.
 */
export async function restoreProvinceKeys(text: string, passphrase: string): Promise<ProvinceKeys> {
  const restored = await importPrivateKeyFromBackup(text, passphrase);
  if (restored.keyType !== 'ecdh-p256') throw new KeyBackupError('notBackup');
  return saveProvinceKeys({
    keyId: restored.keyId,
    privateKey: restored.privateKey,
    publicKeyJwk: restored.publicKeyJwk,
    createdAt: restored.createdAt,
    backup: text,
  });
}

/**
 * A new backup under a new passphrase, made from the stored one (the stored private key is not
 * extractable): the old passphrase is needed. The new backup replaces the stored one.
 */
export async function changeBackupPassphrase(
  oldPassphrase: string,
  newPassphrase: string,
): Promise<string> {
  if (!isStrongEnough(newPassphrase)) throw new KeyBackupError('weakPassphrase');
  const keys = await getProvinceKeys();
  if (!keys?.backup) throw new KeyBackupError('notBackup');
  const restored = await importPrivateKeyFromBackup(keys.backup, oldPassphrase, {
    extractable: true,
  });
  if (restored.keyId !== keys.keyId) throw new KeyBackupError('keyMismatch');
  const backup = await exportPrivateKeyUnderPassphrase(
    restored.privateKey,
    newPassphrase,
    new Date(keys.createdAt),
  );
  await saveProvinceKeyBackup(backup);
  return backup;
}
