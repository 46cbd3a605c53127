// Sealed files (docs/sealed-envelope.md): a version-1 exchange document, unchanged, encrypted for
// the province (ephemeral ECDH P-256 → HKDF-SHA256 → AES-256-GCM) and signed by the unit
// (ECDSA P-256). The file is refused whole on any change: the signature covers every member, the
// layout must be the one canonical serialisation, and base64 must be canonical, so that no byte
// of the file can change without a refusal.
import {
  canonicalJwk,
  getProvinceKeys,
  getUnitSigningKeys,
  keyFingerprint,
  knownUnitKey,
  PROVINCE_KEY_ALGORITHM,
  provincePublicKeyForSealing,
  publicJwk,
  SIGNING_KEY_ALGORITHM,
} from '@/db/keys-repo';
import { fromBase64, toBase64 } from './base64';
import type { MessageKey } from '@/i18n/messages';
import { ImportError, receivedText, type ImportErrorCode } from './errors';
import { FILE_EXTENSION } from './format';
import {
  HEADER_TAG,
  SEALED_ALGORITHM,
  SEALED_FORMAT,
  SEALED_VERSION,
  headerText,
  readSealedEnvelope,
  serializeEnvelope,
  signedBytes,
  type SealedEnvelope,
} from './sealed-envelope';

const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
const HKDF_LABEL = `${HEADER_TAG} content key`;

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
  readonly messageKey: MessageKey;
  constructor(readonly code: 'noProvinceKey' | 'signerNotSource') {
    super(`seal: ${code}`);
    this.name = 'SealError';
    this.messageKey = `sync.sealed.${code}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The file

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
  return `${serializeEnvelope({ ...unsigned, signature: toBase64(new Uint8Array(signature)) })}\n`;
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

function refuse(
  code: ImportErrorCode,
  file: string,
  details: {
    field?: string;
    expected?: MessageKey;
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
  const { envelope, body } = readSealedEnvelope(text, fileName);
  const serialized = serializeEnvelope(envelope);
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
