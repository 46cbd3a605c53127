// Base64 as sealed files and key backups carry it: canonical and padded only, so that one text
// encodes one byte string and no other (a changed digit cannot pass unnoticed).
import * as z from 'zod';

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

/** The bytes of canonical base64, or null for anything else. */
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

/**
 * Canonical base64 of `length` bytes, or of any length where absent (not decoded then: a
 * ciphertext of tens of megabytes is decoded once, when it is decrypted).
 */
export function base64Schema(length?: number) {
  return z
    .string()
    .refine((text) =>
      length === undefined ? isCanonicalBase64(text) : fromBase64(text)?.length === length,
    );
}
