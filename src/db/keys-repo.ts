// The keys of sealed files (docs/sealed-envelope.md): the province's key pair that units encrypt
// for, this installation's signing key, and the units' signing keys the province trusts.
// They live in the settings table: IndexedDB structured-clones CryptoKey objects, so a private
// key is stored as a NON-extractable CryptoKey that no script can read back out. Nothing here
// awaits WebCrypto inside a Dexie transaction (the transaction would close while it waits).
import { isP256PublicJwk } from '@/domain/public-key';
import { db } from './schema';
import { getSetting, setSetting } from './settings-repo';
import type { SettingValue, TRUSTED_UNIT_KEY_PREFIX } from './settings-registry';

export { isP256PublicJwk } from '@/domain/public-key';

/** The province's key agreement pair: units derive a content key from its public half. */
export const PROVINCE_KEY_ALGORITHM = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** Units sign their sealed files with this. */
export const SIGNING_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

const TRUSTED_UNIT_PREFIX: typeof TRUSTED_UNIT_KEY_PREFIX = 'keys.unit:';

// The settings each key is kept in (what each member holds: settings-registry.ts).
export type ProvinceKeys = SettingValue<'keys.province'>;
export type SigningKeys = SettingValue<'keys.signing'>;
export type ReceivedProvinceKey = SettingValue<'keys.receivedProvincePublicKey'>;
export type TrustedUnitKey = SettingValue<`${typeof TRUSTED_UNIT_KEY_PREFIX}${string}`>;
export type TrustSource = TrustedUnitKey['source'];

export class KeysError extends Error {
  constructor(
    readonly code:
      'provinceKeysExist' | 'noProvinceKeys' | 'notPublicKey' | 'extractablePrivateKey',
    message: string = code,
  ) {
    super(message);
    this.name = 'KeysError';
  }
}

/** The public members of an EC key in RFC 7638 order (crv, kty, x, y): what files carry. */
export function publicJwk(jwk: JsonWebKey): JsonWebKey {
  if (!isP256PublicJwk({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y })) {
    throw new KeysError('notPublicKey');
  }
  return { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
}

/** The RFC 7638 thumbprint input: the required members, in lexicographic order, no spaces. */
export function canonicalJwk(jwk: JsonWebKey): string {
  const key = publicJwk(jwk);
  return JSON.stringify({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
}

/** First 16 hex digits of the RFC 7638 SHA-256 thumbprint: short enough to read out by phone. */
export async function keyFingerprint(jwk: JsonWebKey): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJwk(jwk)));
  return Array.from(new Uint8Array(digest).slice(0, 8), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * A non-extractable copy of an extractable private key. The key material moves through the
 * browser's crypto engine (wrap, then unwrap under a throwaway key) and never enters script memory.
 */
async function nonExtractableCopy(
  key: CryptoKey,
  algorithm: EcKeyImportParams,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const subtle = crypto.subtle;
  const wrapping = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await subtle.wrapKey('pkcs8', key, wrapping, { name: 'AES-GCM', iv });
  return subtle.unwrapKey(
    'pkcs8',
    wrapped,
    wrapping,
    { name: 'AES-GCM', iv },
    algorithm,
    false,
    usages,
  );
}

// ---------------------------------------------------------------------------------------------
// The province's key pair

export async function getProvinceKeys(): Promise<ProvinceKeys | null> {
  return (await getSetting('keys.province')) ?? null;
}

export interface CreateProvinceKeysOptions {
  /**
   * Seals the freshly generated, still extractable private key under a passphrase and returns
   * the backup text (key-backup.ts: exportPrivateKeyUnderPassphrase). It is the only moment the
   * key can be backed up: afterwards only the non-extractable copy exists. Without it the key
   * can never leave this installation, and is lost with the browser's data.
   */
  protect?: (extractablePrivateKey: CryptoKey, createdAt: Date) => Promise<string>;
  /** Replace an existing pair: every file sealed for the old key becomes unreadable. */
  replace?: boolean;
}

/** Creates the province's ECDH P-256 pair; refuses to replace one unless asked to. */
export async function createProvinceKeys(
  options: CreateProvinceKeysOptions = {},
): Promise<ProvinceKeys> {
  if (!options.replace && (await getProvinceKeys())) throw new KeysError('provinceKeysExist');
  const pair = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, true, ['deriveBits']);
  const publicKeyJwk = publicJwk(await crypto.subtle.exportKey('jwk', pair.publicKey));
  const createdAt = new Date();
  const keys: ProvinceKeys = {
    keyId: await keyFingerprint(publicKeyJwk),
    privateKey: await nonExtractableCopy(pair.privateKey, PROVINCE_KEY_ALGORITHM, ['deriveBits']),
    publicKeyJwk,
    createdAt: createdAt.toISOString(),
    backup: options.protect ? await options.protect(pair.privateKey, createdAt) : null,
  };
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    if (!options.replace && (await getSetting('keys.province'))) {
      throw new KeysError('provinceKeysExist');
    }
    await setSetting('keys.province', keys);
  });
  return keys;
}

/**
 * Stores a province pair restored from a backup (key-backup.ts). The private key must already
 * be non-extractable: this installation never keeps an extractable one.
 */
export async function saveProvinceKeys(
  keys: Omit<ProvinceKeys, 'keyId'> & { keyId?: string },
): Promise<ProvinceKeys> {
  if (keys.privateKey.extractable) throw new KeysError('extractablePrivateKey');
  const publicKeyJwk = publicJwk(keys.publicKeyJwk);
  const stored: ProvinceKeys = {
    ...keys,
    publicKeyJwk,
    keyId: keys.keyId ?? (await keyFingerprint(publicKeyJwk)),
  };
  await setSetting('keys.province', stored);
  return stored;
}

/** Replaces the stored backup text (after a change of passphrase). */
export async function saveProvinceKeyBackup(backup: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const keys = await getSetting('keys.province');
    if (!keys) throw new KeysError('noProvinceKeys');
    await setSetting('keys.province', { ...keys, backup });
  });
}

/** The province's own public key, for the `provincePublicKey` member of its exchange files. */
export async function provincePublicKeyForExport(): Promise<JsonWebKey | null> {
  return (await getProvinceKeys())?.publicKeyJwk ?? null;
}

// ---------------------------------------------------------------------------------------------
// The province's public key as a unit received it (in the province's exchange file)

export async function receivedProvinceKey(): Promise<ReceivedProvinceKey | null> {
  return (await getSetting('keys.receivedProvincePublicKey')) ?? null;
}

/**
 * Records the province key that came with the province's file. Returns whether it is new, the
 * same as before or a change (the preview should say so: every later sealed file goes to it).
 * Pass `keyId` when calling inside a Dexie transaction, so that no hashing happens in it.
 */
export async function saveReceivedProvinceKey(
  jwk: JsonWebKey,
  options: { keyId?: string; now?: Date } = {},
): Promise<'new' | 'same' | 'changed'> {
  const publicKeyJwk = publicJwk(jwk);
  const keyId = options.keyId ?? (await keyFingerprint(publicKeyJwk));
  const previous = await receivedProvinceKey();
  if (previous?.keyId === keyId) return 'same';
  const value: ReceivedProvinceKey = {
    publicKeyJwk,
    keyId,
    receivedAt: (options.now ?? new Date()).toISOString(),
  };
  await setSetting('keys.receivedProvincePublicKey', value);
  return previous ? 'changed' : 'new';
}

/** The key a unit seals for: the one received from the province, else the province's own. */
export async function provincePublicKeyForSealing(): Promise<JsonWebKey | null> {
  return (await receivedProvinceKey())?.publicKeyJwk ?? (await provincePublicKeyForExport());
}

// ---------------------------------------------------------------------------------------------
// This installation's signing key

/** The installation's ECDSA P-256 signing pair, created on first need. */
export async function getUnitSigningKeys(): Promise<SigningKeys> {
  const existing = await getSetting('keys.signing');
  if (existing) return existing;
  const pair = await crypto.subtle.generateKey(SIGNING_KEY_ALGORITHM, true, ['sign', 'verify']);
  const publicKeyJwk = publicJwk(await crypto.subtle.exportKey('jwk', pair.publicKey));
  const created: SigningKeys = {
    keyId: await keyFingerprint(publicKeyJwk),
    privateKey: await nonExtractableCopy(pair.privateKey, SIGNING_KEY_ALGORITHM, ['sign']),
    publicKeyJwk,
    createdAt: new Date().toISOString(),
  };
  const d = db();
  // Two tabs may both have generated a pair: the first stored wins, both use it.
  return d.transaction('rw', d.settings, async () => {
    const stored = await getSetting('keys.signing');
    if (stored) return stored;
    await setSetting('keys.signing', created);
    return created;
  });
}

// ---------------------------------------------------------------------------------------------
// Units' signing keys known to the province

export async function knownUnitKey(unitId: string): Promise<JsonWebKey | null> {
  return (await trustedUnitKey(unitId))?.publicKeyJwk ?? null;
}

export async function trustedUnitKey(unitId: string): Promise<TrustedUnitKey | null> {
  return (await getSetting(`${TRUSTED_UNIT_PREFIX}${unitId}`)) ?? null;
}

/**
 * Records the key a unit signs with (replacing any earlier one: after a unit lost its key, the
 * user accepts the new one deliberately). Pass `keyId` (the fingerprint openSealed returned)
 * when calling inside a Dexie transaction, so that no hashing happens in it.
 */
export async function trustUnitKey(
  unitId: string,
  jwk: JsonWebKey,
  options: { source: TrustSource; keyId?: string; now?: Date },
): Promise<TrustedUnitKey> {
  const publicKeyJwk = publicJwk(jwk);
  const value: TrustedUnitKey = {
    unitId,
    publicKeyJwk,
    keyId: options.keyId ?? (await keyFingerprint(publicKeyJwk)),
    source: options.source,
    trustedAt: (options.now ?? new Date()).toISOString(),
  };
  await setSetting(`${TRUSTED_UNIT_PREFIX}${unitId}`, value);
  return value;
}

/** Forgets a unit's key: its next sealed file is trusted on first use again. */
export async function forgetUnitKey(unitId: string): Promise<void> {
  await db().settings.delete(TRUSTED_UNIT_PREFIX + unitId);
}

/** Every trusted unit key, for the key list of the sync page. */
export async function listTrustedUnitKeys(): Promise<TrustedUnitKey[]> {
  const rows = await db().settings.where('key').startsWith(TRUSTED_UNIT_PREFIX).toArray();
  return rows.map((row) => row.value as TrustedUnitKey);
}
