import { describe, expect, it } from 'vitest';
import { messages } from './messages';

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
