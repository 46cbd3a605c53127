import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase';

describe('passphrase strength', () => {
  it('refuses fewer than 8 characters, counting a Vietnamese letter as one', () => {
    expect(passphraseStrength('abc1234')).toBe('tooShort');
    // "Đường" in decomposed form is 9 code units but 5 letters.
    expect(passphraseStrength('Đường'.normalize('NFD'))).toBe('tooShort');
    expect(passphraseStrength('abcd1234')).not.toBe('tooShort');
  });

  it('calls digits only, or one character repeated, weak', () => {
    expect(passphraseStrength('10051990')).toBe('weak');
    expect(passphraseStrength('0912345678901')).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('matkhau1')).toBe('weak');
  });

  it('rates length and variety up, a sentence of words strongest', () => {
    expect(passphraseStrength('matkhau2026')).toBe('weak');
    expect(passphraseStrength('matkhauchibo2026')).toBe('fair');
    expect(passphraseStrength('Chi bộ thôn Đông họp ngày 5')).toBe('strong');
    expect(passphraseStrength('Tr4n-Ph0ng#2026!')).toBe('strong');
  });
});
