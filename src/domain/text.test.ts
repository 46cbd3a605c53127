import { describe, expect, it } from 'vitest';
import { cleanText, foldForCompare, matchesSearch, nfc, searchKey } from './text';

describe('Vietnamese text', () => {
  it('normalises decomposed input to NFC', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn');
    expect(nfc(decomposed)).toBe('Nguyễn');
  });

  it('cleans white space and composes', () => {
    expect(cleanText('  Trần   Thị\tBình '.normalize('NFD'))).toBe('Trần Thị Bình');
  });

  it('makes a diacritic- and case-insensitive search key, đ included', () => {
    expect(searchKey('Nguyễn Văn A')).toBe('nguyen van a');
    expect(searchKey('ĐẶNG Thị Đào')).toBe('dang thi dao');
    expect(searchKey('Nguyễn'.normalize('NFD'))).toBe('nguyen');
  });

  it('finds a person by words without diacritics, in any order', () => {
    const key = searchKey('Nguyễn Văn A');
    expect(matchesSearch(key, 'nguyen van a')).toBe(true);
    expect(matchesSearch(key, 'van nguyen')).toBe(true);
    expect(matchesSearch(key, 'Nguyễn')).toBe(true);
    expect(matchesSearch(key, 'tran')).toBe(false);
    expect(matchesSearch(key, '   ')).toBe(true);
  });

  it('matches the start of words, not any substring, but digits anywhere (a CCCD by its end)', () => {
    const key = searchKey('Nguyễn Văn Em 001203004567');
    expect(matchesSearch(key, 'nguyen em')).toBe(true);
    expect(matchesSearch(key, 'nguyen an')).toBe(false);
    expect(matchesSearch(key, 'guyen')).toBe(false);
    expect(matchesSearch(key, '4567')).toBe(true);
    expect(matchesSearch(key, '001203')).toBe(true);
    expect(matchesSearch(searchKey('Nguyễn Văn An'), 'nguyen van a')).toBe(true);
  });

  it('turns punctuation into word breaks in search keys', () => {
    expect(searchKey("H'Mông, Khơ-me")).toBe('h mong kho me');
    expect(searchKey('  ')).toBe('');
  });

  it('folds for code-list comparison: NFC, trimmed, lower case, single spaces, marks kept', () => {
    expect(foldForCompare('  Ê   ĐÊ '.normalize('NFD'))).toBe('ê đê');
    expect(foldForCompare('Tày')).not.toBe(foldForCompare('Tay'));
  });
});
