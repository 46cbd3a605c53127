// How strong a passphrase of the app lock looks: a hint while typing, not a gate beyond the
// minimum length. Length counts most (a sentence of four or five words beats a short jumble);
// one repeated character or only digits (a birth date, a phone number) count as weak.
export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  const length = [...text].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (/^\d+$/.test(text) || new Set(text).size <= 3) return 'weak';
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(text)).length;
  const words = text.trim().split(/\s+/).length;
  let score = 0;
  if (length >= 12) score += 1;
  if (length >= 16) score += 1;
  if (classes >= 3) score += 1;
  if (words >= 4) score += 1;
  if (score >= 3) return 'strong';
  if (score >= 1) return 'fair';
  return 'weak';
}
