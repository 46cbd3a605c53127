import { describe, expect, it } from 'vitest';
import { translate } from './i18n';
import { isMessageKey, messages } from './messages';
import type { Area } from './messages/types';

describe('messages', () => {
  it('has every Vietnamese key in English too, and no empty text', () => {
    const vi = Object.keys(messages.vi);
    const en = new Set(Object.keys(messages.en));
    expect(vi.filter((key) => !en.has(key))).toEqual([]);
    expect(Object.entries(messages.vi).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('is in NFC, as every stored string', () => {
    const notNfc = Object.values(messages.vi).filter((text) => text !== text.normalize('NFC'));
    expect(notNfc).toEqual([]);
  });
});

describe('message keys', () => {
  it('are checked by the compiler, in t and in each English table', () => {
    // @ts-expect-error: no area defines this key
    expect(translate('vi', 'people.noSuchKey')).toBe('people.noSuchKey');
    const built: string = 'common.save';
    // @ts-expect-error: a string is no key until it is checked
    expect(translate('vi', built)).toBe('Lưu');
    if (isMessageKey(built)) expect(translate('vi', built)).toBe('Lưu');
    const vi = { 'x.a': 'A', 'x.b': 'B' };
    // @ts-expect-error: English lacks x.b
    const area: Area<keyof typeof vi> = { vi, en: { 'x.a': 'A' } };
    const complete: Area<keyof typeof vi> = {
      vi,
      // @ts-expect-error: English has a key Vietnamese does not
      en: { 'x.a': 'A', 'x.b': 'B', 'x.c': 'C' },
    };
    expect(Object.keys(area.en)).toEqual(['x.a']);
    expect(Object.keys(complete.vi)).toEqual(['x.a', 'x.b']);
  });
});
