// Sealed files (docs/sealed-envelope.md): a version-1 exchange document, unchanged, encrypted for
// the province (ephemeral ECDH P-256 → HKDF-SHA256 → AES-256-GCM) and signed by the unit
// (ECDSA P-256). The file is refused whole on any change: the signature covers every member, the
// layout must be the one canonical serialisation, and base64 must be canonical, so that no byte
// of the file can change without a refusal.
import {
  canonicalJwk,
  getProvinceKeys,
  getUnitSigningKeys,
  isP256PublicJwk,
  keyFingerprint,
  knownUnitKey,
  PROVINCE_KEY_ALGORITHM,
  provincePublicKeyForSealing,
  publicJwk,
  SIGNING_KEY_ALGORITHM,
} from '@/db/keys-repo';
import { dateTimeSchema, idSchema } from '@/domain/entities';
import type { MessageKey } from '@/i18n/messages';
import { ImportError, receivedText, type ImportErrorCode } from './errors';
import { FILE_EXTENSION } from './format';
import { looksTruncated } from './parse';

export const SEALED_FORMAT = 'ptdv-sealed';
export const SEALED_VERSION = 1;
/** Ephemeral-static ECDH on P-256, HKDF-SHA256 to a content key, AES-256-GCM on the document. */
export const SEALED_ALGORITHM = 'ECDH-ES+HKDF-SHA256+A256GCM';
const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** What the header lines begin with: the format and version, so no other message verifies. */
const HEADER_TAG = `${SEALED_FORMAT}/${SEALED_VERSION}`;
const HKDF_LABEL = `${HEADER_TAG} content key`;

/** The members of a version-1 envelope, in the one order a file is written in. */
export interface SealedEnvelope {
  format: typeof SEALED_FORMAT;
  version: typeof SEALED_VERSION;
  sealedAt: string;
  recipient: { keyId: string };
  sender: { unitId: string; keyId: string; publicKey: JsonWebKey };
  encryption: { alg: typeof SEALED_ALGORITHM; ephemeralKey: JsonWebKey; iv: string };
  ciphertext: string;
  signature: string;
}

export interface SealKeys {
  provincePublicKey: CryptoKey | JsonWebKey;
  signer: { unitId: string; privateKey: CryptoKey; publicKeyJwk: JsonWebKey };
}

export interface OpenKeys {
  /** The province's private key; null where this installation has none (a unit's). */
  provincePrivateKey: CryptoKey | null;
  /** Its fingerprint (keys-repo ProvinceKeys.keyId): the file must name it as recipient. */
  provinceKeyId: string | null;
  /** The key this installation knows for a unit, or null (then the file's key is a first use). */
  knownSignerKey: (unitId: string) => Promise<JsonWebKey | null>;
}

export interface SealedSigner {
  unitId: string;
  publicKeyJwk: JsonWebKey;
  fingerprint: string;
}

export interface OpenedSealed {
  /** The version-1 document's text, exactly as the unit wrote it. */
  documentText: string;
  signer: SealedSigner;
  /**
   * No key was known for the unit: the caller shows the fingerprint and, when the user applies
   * the import, records it with keys-repo trustUnitKey(unitId, jwk, { source: 'tofu' }).
   */
  firstUse: boolean;
}

export class SealError extends Error {
  readonly messageKey: `sync.sealed.${SealError['code']}`;
  constructor(readonly code: 'noProvinceKey' | 'signerNotSource') {
    super(`seal: ${code}`);
    this.name = 'SealError';
    this.messageKey = `sync.sealed.${code}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Encodings

const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
/** With padding, the last character before it must carry no unused bits (canonical base64). */
const LAST_BEFORE_TWO_PADS = /[AQgw]==$/;
const LAST_BEFORE_ONE_PAD = /[AEIMQUYcgkosw048]=$/;

export function toBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** Canonical, padded base64: no whitespace, padding present, unused bits of the last digit zero. */
export function isCanonicalBase64(text: string): boolean {
  if (text.length % 4 !== 0 || !BASE64_CHARS.test(text)) return false;
  if (text.endsWith('==')) return LAST_BEFORE_TWO_PADS.test(text);
  if (text.endsWith('=')) return LAST_BEFORE_ONE_PAD.test(text);
  return true;
}

/**
 * The bytes of canonical base64, or null for anything else, so that one text encodes one byte
 * string and no other.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!isCanonicalBase64(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const utf8 = new TextEncoder();

/** The fingerprint shown to users: 16 hex digits of the RFC 7638 SHA-256 thumbprint. */
export function fingerprint(jwk: JsonWebKey): Promise<string> {
  return keyFingerprint(jwk);
}

/** Whether a file's text is a sealed envelope rather than a plain document (a cheap look). */
export function isSealed(text: string): boolean {
  return /"format"\s*:\s*"ptdv-sealed"/.test(text.slice(0, 4096));
}

/** The name of the sealed form of a plain file: `….ptdv.json` → `….sealed.ptdv.json`. */
export function sealedFileName(plainFileName: string): string {
  const base = plainFileName.endsWith(FILE_EXTENSION)
    ? plainFileName.slice(0, -FILE_EXTENSION.length)
    : plainFileName;
  return `${base}.sealed${FILE_EXTENSION}`;
}

// ---------------------------------------------------------------------------------------------
// The bytes that are signed and authenticated

/**
 * The header: one line per member, each ending in a line feed. Every value is restricted to
 * characters that cannot hold a line feed (checked before use), so the lines cannot be shifted.
 * It is the AES-GCM additional data; the signature covers the header followed by the ciphertext.
 */
function headerText(envelope: Omit<SealedEnvelope, 'ciphertext' | 'signature'>): string {
  return [
    HEADER_TAG,
    envelope.sealedAt,
    envelope.recipient.keyId,
    envelope.sender.unitId,
    envelope.sender.keyId,
    canonicalJwk(envelope.sender.publicKey),
    envelope.encryption.alg,
    canonicalJwk(envelope.encryption.ephemeralKey),
    envelope.encryption.iv,
    '',
  ].join('\n');
}

function signedBytes(envelope: Omit<SealedEnvelope, 'signature'>): Uint8Array<ArrayBuffer> {
  return utf8.encode(headerText(envelope) + envelope.ciphertext);
}

/** The one serialisation of an envelope: members in the documented order, no spaces. */
function serialize(envelope: SealedEnvelope): string {
  const jwk = (key: JsonWebKey) => ({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  return JSON.stringify({
    format: envelope.format,
    version: envelope.version,
    sealedAt: envelope.sealedAt,
    recipient: { keyId: envelope.recipient.keyId },
    sender: {
      unitId: envelope.sender.unitId,
      keyId: envelope.sender.keyId,
      publicKey: jwk(envelope.sender.publicKey),
    },
    encryption: {
      alg: envelope.encryption.alg,
      ephemeralKey: jwk(envelope.encryption.ephemeralKey),
      iv: envelope.encryption.iv,
    },
    ciphertext: envelope.ciphertext,
    signature: envelope.signature,
  });
}

async function contentKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  recipientKeyId: string,
  ephemeralKey: JsonWebKey,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: publicKey },
    privateKey,
    256,
  );
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: utf8.encode(`${HKDF_LABEL}\n${recipientKeyId}\n${canonicalJwk(ephemeralKey)}`),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** The `source.unitId` of a document's text, or undefined when it has none (parse refuses it). */
function sourceUnitIdOf(documentText: string): unknown {
  try {
    const document = JSON.parse(documentText) as { source?: { unitId?: unknown } } | null;
    return document?.source?.unitId;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Sealing

/**
 * Seals a version-1 document's text for the province and signs it as the unit. The document
 * must come from the signer's unit (its source.unitId): the province refuses anything else.
 */
export async function sealDocument(
  documentText: string,
  keys: SealKeys,
  now: Date = new Date(),
): Promise<string> {
  const subtle = crypto.subtle;
  const sourceUnitId = sourceUnitIdOf(documentText);
  if (sourceUnitId !== undefined && sourceUnitId !== keys.signer.unitId) {
    throw new SealError('signerNotSource');
  }
  const provinceJwk = publicJwk(
    keys.provincePublicKey instanceof CryptoKey
      ? await subtle.exportKey('jwk', keys.provincePublicKey)
      : keys.provincePublicKey,
  );
  const provinceKey = await subtle.importKey('jwk', provinceJwk, PROVINCE_KEY_ALGORITHM, false, []);
  const ephemeral = await subtle.generateKey(PROVINCE_KEY_ALGORITHM, false, ['deriveBits']);
  const ephemeralKey = publicJwk(await subtle.exportKey('jwk', ephemeral.publicKey));
  const senderKey = publicJwk(keys.signer.publicKeyJwk);
  const recipientKeyId = await keyFingerprint(provinceJwk);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Omit<SealedEnvelope, 'ciphertext' | 'signature'> = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    sealedAt: now.toISOString(),
    recipient: { keyId: recipientKeyId },
    sender: {
      unitId: keys.signer.unitId,
      keyId: await keyFingerprint(senderKey),
      publicKey: senderKey,
    },
    encryption: { alg: SEALED_ALGORITHM, ephemeralKey, iv: toBase64(iv) },
  };
  const key = await contentKey(
    ephemeral.privateKey,
    provinceKey,
    recipientKeyId,
    ephemeralKey,
    'encrypt',
  );
  const ciphertext = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(headerText(header)) },
    key,
    utf8.encode(documentText),
  );
  const unsigned = { ...header, ciphertext: toBase64(new Uint8Array(ciphertext)) };
  const signature = await subtle.sign(
    SIGNATURE_ALGORITHM,
    keys.signer.privateKey,
    signedBytes(unsigned),
  );
  return `${serialize({ ...unsigned, signature: toBase64(new Uint8Array(signature)) })}\n`;
}

/** Seals with this installation's keys: its signing key and the province key it received. */
export async function sealForProvince(
  documentText: string,
  unitId: string,
  now: Date = new Date(),
): Promise<string> {
  const provincePublicKey = await provincePublicKeyForSealing();
  if (!provincePublicKey) throw new SealError('noProvinceKey');
  const signing = await getUnitSigningKeys();
  return sealDocument(
    documentText,
    {
      provincePublicKey,
      signer: { unitId, privateKey: signing.privateKey, publicKeyJwk: signing.publicKeyJwk },
    },
    now,
  );
}

// ---------------------------------------------------------------------------------------------
// Opening

const HEX_16 = /^[0-9a-f]{16}$/;

type Check = (value: unknown) => boolean;

const isKeyId: Check = (value) => typeof value === 'string' && HEX_16.test(value);
const isBase64 =
  (length?: number): Check =>
  (value) => {
    if (typeof value !== 'string') return false;
    // The ciphertext can be tens of megabytes: it is decoded once, when it is decrypted.
    if (length === undefined) return isCanonicalBase64(value);
    return fromBase64(value)?.length === length;
  };

/**
 * The members of each object of the envelope and what each must hold: a check and the i18n key
 * of what was expected, or 'object' for a nested object described under its own name.
 */
const SHAPE: Record<string, [string, Check | 'object', MessageKey | ''][]> = {
  '': [
    ['format', (value) => value === SEALED_FORMAT, 'sync.sealed.expected.format'],
    ['version', (value) => value === SEALED_VERSION, 'sync.sealed.expected.version'],
    [
      'sealedAt',
      (value) => dateTimeSchema.safeParse(value).success,
      'sync.sealed.expected.dateTime',
    ],
    ['recipient', 'object', ''],
    ['sender', 'object', ''],
    ['encryption', 'object', ''],
    ['ciphertext', isBase64(), 'sync.sealed.expected.base64'],
    ['signature', isBase64(64), 'sync.sealed.expected.signature'],
  ],
  recipient: [['keyId', isKeyId, 'sync.sealed.expected.keyId']],
  sender: [
    ['unitId', (value) => idSchema.safeParse(value).success, 'sync.sealed.expected.unitId'],
    ['keyId', isKeyId, 'sync.sealed.expected.keyId'],
    ['publicKey', isP256PublicJwk, 'sync.sealed.expected.publicKey'],
  ],
  encryption: [
    ['alg', (value) => value === SEALED_ALGORITHM, 'sync.sealed.expected.alg'],
    ['ephemeralKey', isP256PublicJwk, 'sync.sealed.expected.publicKey'],
    ['iv', isBase64(12), 'sync.sealed.expected.iv'],
  ],
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(
  code: ImportErrorCode,
  file: string,
  details: {
    field?: string;
    expected?: MessageKey | '';
    received?: unknown;
    params?: Record<string, string | number>;
  } = {},
): ImportError {
  const received = receivedText(details.received);
  return new ImportError({
    code,
    file,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.expected ? { expected: details.expected } : {}),
    ...(received === undefined ? {} : { received }),
    ...(details.params ? { params: details.params } : {}),
  });
}

/** Checks an object of the envelope against SHAPE: its members, none missing, none unknown. */
function checkObject(value: unknown, path: string, file: string): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw refuse('invalidEnvelope', file, {
      field: path,
      expected: 'sync.sealed.expected.object',
      received: value,
    });
  }
  const members = SHAPE[path] ?? [];
  const names = members.map(([name]) => name);
  for (const name of Object.keys(value)) {
    if (!names.includes(name)) {
      throw refuse('invalidEnvelope', file, {
        field: path ? `${path}.${name}` : name,
        expected: 'sync.sealed.expected.noMember',
        received: value[name],
      });
    }
  }
  for (const [name, check, expected] of members) {
    const field = path ? `${path}.${name}` : name;
    if (check === 'object') checkObject(value[name], name, file);
    else if (!check(value[name])) {
      throw refuse('invalidEnvelope', file, { field, expected, received: value[name] });
    }
  }
  return value;
}

/** The envelope of a sealed file's text, checked member by member (nothing verified yet). */
function readEnvelope(text: string, file: string): { envelope: SealedEnvelope; body: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw refuse(looksTruncated(body) ? 'truncated' : 'sealedTampered', file);
  }
  if (!isPlainObject(value) || value.format !== SEALED_FORMAT) {
    throw refuse('notThisFormat', file, {
      field: 'format',
      received: isPlainObject(value) ? value.format : undefined,
    });
  }
  if (typeof value.version === 'number' && value.version > SEALED_VERSION) {
    throw refuse('newerVersion', file, {
      field: 'version',
      received: value.version,
      params: { version: value.version, supported: SEALED_VERSION },
    });
  }
  checkObject(value, '', file);
  return { envelope: value as unknown as SealedEnvelope, body };
}

/**
 * Opens a sealed file. In this order: the envelope is read and checked; the signature is verified
 * with the sender's key (sealedTampered); that key is compared with the one known for the unit
 * (sealedWrongSigner); the recipient must be this installation's province key (sealedNoKey,
 * sealedNotForUs); the document is decrypted (sealedTampered) and must come from the signer's
 * unit (sealedWrongSigner). Throws ImportError; never returns a document that was changed.
 */
export async function openSealed(
  text: string,
  keys: OpenKeys,
  fileName: string,
): Promise<OpenedSealed> {
  const subtle = crypto.subtle;
  const { envelope, body } = readEnvelope(text, fileName);
  const serialized = serialize(envelope);
  if (body !== serialized && body !== `${serialized}\n`) {
    throw refuse('sealedTampered', fileName, { params: { reason: 'layout' } });
  }
  const { sender, recipient, encryption } = envelope;
  const senderFingerprint = await keyFingerprint(sender.publicKey);
  if (senderFingerprint !== sender.keyId) {
    throw refuse('sealedTampered', fileName, {
      field: 'sender.keyId',
      params: { reason: 'keyId' },
    });
  }
  let verified: boolean;
  try {
    const verifyKey = await subtle.importKey(
      'jwk',
      sender.publicKey,
      SIGNING_KEY_ALGORITHM,
      false,
      ['verify'],
    );
    verified = await subtle.verify(
      SIGNATURE_ALGORITHM,
      verifyKey,
      fromBase64(envelope.signature) as Uint8Array<ArrayBuffer>,
      signedBytes(envelope),
    );
  } catch {
    verified = false;
  }
  if (!verified)
    throw refuse('sealedTampered', fileName, {
      field: 'signature',
      params: { reason: 'signature' },
    });

  const known = await keys.knownSignerKey(sender.unitId);
  const knownFingerprint = known ? await keyFingerprint(known) : null;
  if (knownFingerprint !== null && knownFingerprint !== senderFingerprint) {
    throw refuse('sealedWrongSigner', fileName, {
      field: 'sender.publicKey',
      params: { unitId: sender.unitId, knownKey: knownFingerprint, fileKey: senderFingerprint },
    });
  }
  if (!keys.provincePrivateKey || !keys.provinceKeyId) {
    throw refuse('sealedNoKey', fileName, { params: { recipientKey: recipient.keyId } });
  }
  if (recipient.keyId !== keys.provinceKeyId) {
    throw refuse('sealedNotForUs', fileName, {
      field: 'recipient.keyId',
      received: recipient.keyId,
      params: { recipientKey: recipient.keyId, ourKey: keys.provinceKeyId },
    });
  }

  let documentText: string;
  try {
    const ephemeral = await subtle.importKey(
      'jwk',
      encryption.ephemeralKey,
      PROVINCE_KEY_ALGORITHM,
      false,
      [],
    );
    const key = await contentKey(
      keys.provincePrivateKey,
      ephemeral,
      recipient.keyId,
      encryption.ephemeralKey,
      'decrypt',
    );
    const plaintext = await subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(encryption.iv) as Uint8Array<ArrayBuffer>,
        additionalData: utf8.encode(headerText(envelope)),
      },
      key,
      fromBase64(envelope.ciphertext) as Uint8Array<ArrayBuffer>,
    );
    documentText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(plaintext);
  } catch {
    throw refuse('sealedTampered', fileName, {
      field: 'ciphertext',
      params: { reason: 'decrypt' },
    });
  }

  // A unit signs for its own subtree only: a document claiming another source would borrow
  // that unit's scope (the province's, at worst).
  const sourceUnitId = sourceUnitIdOf(documentText);
  if (sourceUnitId !== undefined && sourceUnitId !== sender.unitId) {
    throw refuse('sealedWrongSigner', fileName, {
      field: 'source.unitId',
      received: sourceUnitId,
      params: {
        unitId: String(sourceUnitId),
        signerUnitId: sender.unitId,
        fileKey: senderFingerprint,
      },
    });
  }
  return {
    documentText,
    signer: {
      unitId: sender.unitId,
      publicKeyJwk: publicJwk(sender.publicKey),
      fingerprint: senderFingerprint,
    },
    firstUse: known === null,
  };
}

/** Opens a sealed file with this installation's keys (the province's pair, the trusted unit keys). */
export async function openSealedWithStoredKeys(
  text: string,
  fileName: string,
): Promise<OpenedSealed> {
  const province = await getProvinceKeys();
  return openSealed(
    text,
    {
      provincePrivateKey: province?.privateKey ?? null,
      provinceKeyId: province?.keyId ?? null,
      knownSignerKey: knownUnitKey,
    },
    fileName,
  );
}
