import { describe, expect, it } from 'vitest';
import { formatCell, parseBoolean, parseCell, parseCount, parseOrganisation } from './figure-cells';

const words = {
  own: 'riêng',
  shared: 'ghép',
  none: 'chưa có',
  yes: 'có',
  no: 'không',
  number: (value: number) => new Intl.NumberFormat('vi-VN').format(value),
};

describe('a count typed or pasted', () => {
  it('reads whole numbers, with the thousands separators spreadsheets write', () => {
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount(' 245 ')).toEqual({ ok: true, value: 245 });
    expect(parseCount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseCount('1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('12 345')).toEqual({ ok: true, value: 12345 });
    expect(parseCount('12\u00a0345')).toEqual({ ok: true, value: 12345 });
  });

  it('is no figure when empty', () => {
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses negatives, fractions, mixed or misplaced separators and words', () => {
    for (const text of ['-3', '1,5', '1.5', '12.34', '1.234,567', '1.23.456', 'abc', '12a', '1e3'])
      expect(parseCount(text), text).toEqual({ ok: false, error: 'count' });
  });
});

describe('the party organisation words', () => {
  it('reads Vietnamese with or without diacritics, and English', () => {
    expect(parseOrganisation('riêng')).toEqual({ ok: true, value: 'own' });
    expect(parseOrganisation('Chi bộ riêng')).toEqual({ ok: true, value: 'own' });
    expect(parseOrganisation('GHÉP')).toEqual({ ok: true, value: 'shared' });
    expect(parseOrganisation('chua co')).toEqual({ ok: true, value: 'none' });
    expect(parseOrganisation('Chưa có')).toEqual({ ok: true, value: 'none' });
    expect(parseOrganisation('own')).toEqual({ ok: true, value: 'own' });
    expect(parseOrganisation('Shared')).toEqual({ ok: true, value: 'shared' });
    expect(parseOrganisation('none')).toEqual({ ok: true, value: 'none' });
    expect(parseOrganisation('')).toEqual({ ok: true, value: null });
  });

  it('refuses anything else', () => {
    expect(parseOrganisation('có')).toEqual({ ok: false, error: 'organisation' });
    expect(parseOrganisation('3')).toEqual({ ok: false, error: 'organisation' });
  });
});

describe('yes or no', () => {
  it('reads có/không, yes/no and the spreadsheets’ TRUE/FALSE, ĐÚNG/SAI', () => {
    for (const text of ['có', 'Có', 'co', 'yes', 'TRUE', 'ĐÚNG', 'x', '1'])
      expect(parseBoolean(text), text).toEqual({ ok: true, value: true });
    for (const text of ['không', 'khong', 'KHÔNG CÓ', 'no', 'FALSE', 'SAI', '0', 'chưa có'])
      expect(parseBoolean(text), text).toEqual({ ok: true, value: false });
    expect(parseBoolean('')).toEqual({ ok: true, value: null });
    expect(parseBoolean('maybe')).toEqual({ ok: false, error: 'boolean' });
  });
});

describe('a figure written back into its cell', () => {
  it('uses the language’s words and number format, and reads back to the same value', () => {
    expect(formatCell('count', 1234, words)).toBe('1.234');
    expect(formatCell('organisation', 'none', words)).toBe('chưa có');
    expect(formatCell('boolean', true, words)).toBe('có');
    expect(formatCell('boolean', false, words)).toBe('không');
    expect(formatCell('count', null, words)).toBe('');
    for (const [type, value] of [
      ['count', 1234567],
      ['organisation', 'own'],
      ['organisation', 'shared'],
      ['organisation', 'none'],
      ['boolean', true],
      ['boolean', false],
    ] as const) {
      expect(parseCell(type, formatCell(type, value, words))).toEqual({ ok: true, value });
    }
  });
});
