// The sealed envelope (docs/sealed-envelope.md) as a Zod schema, and the bytes it commits to: the
// header lines that are authenticated and signed, and the one serialisation a file may have.
// Every member is checked before anything is verified; an unknown member refuses the file (the
// signature covers the members this version knows, so an added one would ride along unsigned).
import * as z from 'zod';
import { canonicalJwk } from '@/db/keys-repo';
import { dateTimeSchema, idSchema } from '@/domain/entities';
import { isJsonObject, ownMember } from '@/domain/plain-data';
import type { MessageKey } from '@/i18n/messages';
import { KEY_ID_PATTERN, isP256PublicJwk } from '@/domain/public-key';
import { base64Schema } from './base64';
import { ImportError, receivedText, type ImportErrorData } from './errors';
import { importErrorFields, reportIssue, type Expectation, type Vocabulary } from './issue-report';
import { looksTruncated, withoutBom } from './json-text';

export const SEALED_FORMAT = 'ptdv-sealed';
export const SEALED_VERSION = 1;
/** Ephemeral-static ECDH on P-256, HKDF-SHA256 to a content key, AES-256-GCM on the document. */
export const SEALED_ALGORITHM = 'ECDH-ES+HKDF-SHA256+A256GCM';
/** What the header lines begin with: the format and version, so no other message verifies. */
export const HEADER_TAG = `${SEALED_FORMAT}/${SEALED_VERSION}`;

/** What a member of the sealed envelope must hold: the end of its key (sync.sealed.expected.*). */
type SealedExpectedCode = MessageKey extends infer K
  ? K extends `sync.sealed.expected.${infer Code}`
    ? Code
    : never
  : never;

const expectations = z.registry<Expectation>();
/** Names what `schema` must hold in a refusal (sync.sealed.expected.*). */
function expect<T extends z.core.$ZodType>(schema: T, expected: SealedExpectedCode): T {
  expectations.add(schema, { expected: `sync.sealed.expected.${expected}` });
  return schema;
}
expect(dateTimeSchema, 'dateTime');
expect(idSchema, 'unitId');

const keyIdSchema = expect(z.string().regex(KEY_ID_PATTERN), 'keyId');
const publicKeySchema = expect(
  z.custom<JsonWebKey>((value) => isP256PublicJwk(value)),
  'publicKey',
);
const strictObject = <S extends z.core.$ZodLooseShape>(shape: S) =>
  expect(z.strictObject(shape), 'object');

/** The members of a version-1 envelope, in the one order a file is written in. */
export const sealedEnvelopeSchema = strictObject({
  format: expect(z.literal(SEALED_FORMAT), 'format'),
  version: expect(z.literal(SEALED_VERSION), 'version'),
  sealedAt: dateTimeSchema,
  recipient: strictObject({ keyId: keyIdSchema }),
  sender: strictObject({ unitId: idSchema, keyId: keyIdSchema, publicKey: publicKeySchema }),
  encryption: strictObject({
    alg: expect(z.literal(SEALED_ALGORITHM), 'alg'),
    ephemeralKey: publicKeySchema,
    iv: expect(base64Schema(12), 'iv'),
  }),
  ciphertext: expect(base64Schema(), 'base64'),
  signature: expect(base64Schema(64), 'signature'),
});
export type SealedEnvelope = z.output<typeof sealedEnvelopeSchema>;

const SEALED_VOCABULARY: Vocabulary = {
  expectations,
  unknownMember: 'sync.sealed.expected.noMember',
};

// ---------------------------------------------------------------------------------------------
// The bytes that are signed and authenticated

const utf8 = new TextEncoder();

/**
 * The header: one line per member, each ending in a line feed. Every value is restricted to
 * characters that cannot hold a line feed (checked before use), so the lines cannot be shifted.
 * It is the AES-GCM additional data; the signature covers the header followed by the ciphertext.
 */
export function headerText(envelope: Omit<SealedEnvelope, 'ciphertext' | 'signature'>): string {
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

export function signedBytes(envelope: Omit<SealedEnvelope, 'signature'>): Uint8Array<ArrayBuffer> {
  return utf8.encode(headerText(envelope) + envelope.ciphertext);
}

/** The one serialisation of an envelope: members in the documented order, no spaces. */
export function serializeEnvelope(envelope: SealedEnvelope): string {
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

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * The envelope of a sealed file's text, checked member by member (nothing verified yet), and
 * the text without a byte order mark. ImportError truncated, sealedTampered (not JSON),
 * notThisFormat, newerVersion or invalidEnvelope (naming the member and what it must hold).
 */
export function readSealedEnvelope(
  text: string,
  file: string,
): { envelope: SealedEnvelope; body: string } {
  const body = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new ImportError({ code: looksTruncated(body) ? 'truncated' : 'sealedTampered', file });
  }
  const format = isJsonObject(value) ? ownMember(value, 'format') : undefined;
  if (!isJsonObject(value) || format !== SEALED_FORMAT) {
    const data: ImportErrorData = { code: 'notThisFormat', file, field: 'format' };
    const received = receivedText(format);
    if (received !== undefined) data.received = received;
    throw new ImportError(data);
  }
  const version = ownMember(value, 'version');
  if (typeof version === 'number' && version > SEALED_VERSION) {
    throw new ImportError({
      code: 'newerVersion',
      file,
      field: 'version',
      received: String(version),
      params: { version, supported: SEALED_VERSION },
    });
  }
  const result = sealedEnvelopeSchema.safeParse(value);
  if (!result.success) {
    const report = reportIssue(sealedEnvelopeSchema, value, result.error, SEALED_VOCABULARY);
    throw new ImportError({ code: 'invalidEnvelope', file, ...importErrorFields(report) });
  }
  return { envelope: result.data, body };
}
