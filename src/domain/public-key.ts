// The form of the public keys that files and the store carry: P-256 keys as JWKs, and their id,
// the first 16 hex digits of the RFC 7638 SHA-256 thumbprint (db/keys-repo.ts keyFingerprint),
// short enough to read out by phone. Every reader of a sealed file, a backup or a stored key
// checks them with these.
import { isJsonObject } from './plain-data';

export const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;

export function isKeyId(value: unknown): value is string {
  return typeof value === 'string' && KEY_ID_PATTERN.test(value);
}

const BASE64URL_32_BYTES = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** A public P-256 key as a JWK with exactly its defining members (no private `d`). */
export function isP256PublicJwk(value: unknown): value is JsonWebKey {
  if (!isJsonObject(value)) return false;
  const { kty, crv, x, y } = value;
  return (
    kty === 'EC' &&
    crv === 'P-256' &&
    typeof x === 'string' &&
    typeof y === 'string' &&
    BASE64URL_32_BYTES.test(x) &&
    BASE64URL_32_BYTES.test(y) &&
    !('d' in value)
  );
}
