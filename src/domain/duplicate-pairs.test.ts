import { describe, expect, it } from 'vitest';
import { duplicateNameKey, pairIds, pairKey } from './duplicate-pairs';

describe('pairKey', () => {
  it('is the same whichever id comes first, the smaller id first', () => {
    expect(pairKey('b', 'a')).toBe('a|b');
    expect(pairKey('a', 'b')).toBe('a|b');
    expect(pairIds(pairKey('b', 'a'))).toEqual(['a', 'b']);
  });
});

describe('duplicateNameKey', () => {
  it('folds diacritics, đ, case and spaces, and keeps the birth date apart', () => {
    const key = duplicateNameKey('Nguyễn Văn Đức', '2000-05-10');
    expect(duplicateNameKey('  nguyen   van  duc ', '2000-05-10')).toBe(key);
    // Decomposed input (another keyboard) gives the same key as composed.
    expect(duplicateNameKey('Nguyễn Văn Đức'.normalize('NFD'), '2000-05-10')).toBe(key);
    expect(duplicateNameKey('Nguyễn Văn Đức', '2000-05-11')).not.toBe(key);
    expect(duplicateNameKey('Nguyễn Văn Dực', '2000-05-10')).toBe(key);
  });
});
