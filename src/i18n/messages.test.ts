import { describe, expect, it } from 'vitest';
import { translate } from './i18n';
import { isMessageKey, messages } from './messages';
import type { Area, Message } from './messages/types';

/** Every text of a message: itself, or each of its plural forms. */
const textsOf = (message: Message): string[] =>
  typeof message === 'string'
    ? [message]
    : Object.entries(message).flatMap(([form, text]) =>
        form === 'by' || !text ? [] : textsOf(text as Message),
      );

/** The params that choose a message's forms, its nested forms' included. */
const selectors = (message: Message): string[] =>
  typeof message === 'string'
    ? []
    : [
        message.by ?? 'count',
        ...Object.entries(message).flatMap(([form, text]) =>
          form === 'by' || !text ? [] : selectors(text as Message),
        ),
      ];

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('messages', () => {
  it('has every Vietnamese key in English too, and no empty text', () => {
    const vi = Object.keys(messages.vi);
    const en = new Set(Object.keys(messages.en));
    expect(vi.filter((key) => !en.has(key))).toEqual([]);
    const empty = [...Object.entries(messages.vi), ...Object.entries(messages.en)].filter(
      ([, message]) => textsOf(message).some((text) => text.trim() === ''),
    );
    expect(empty).toEqual([]);
  });

  it('is in NFC, as every stored string', () => {
    const notNfc = Object.values(messages.vi)
      .flatMap(textsOf)
      .filter((text) => text !== text.normalize('NFC'));
    expect(notNfc).toEqual([]);
  });

  it('chooses each plural form by a number the Vietnamese text also shows', () => {
    const unselected = Object.entries(messages.en).flatMap(([key, message]) => {
      const vi = placeholders(textsOf(messages.vi[key] ?? '')[0] ?? '');
      return selectors(message)
        .filter((name) => !vi.has(name))
        .map((name) => `${key} {${name}}`);
    });
    expect(unselected).toEqual([]);
  });
});

describe('plural forms', () => {
  it('says 1 person, 2 people, 0 people in English', () => {
    const people = (count: number | string) =>
      translate('en', 'classes.picker.showingAll', { count });
    expect(people(1)).toBe('1 person');
    expect(people(2)).toBe('2 people');
    expect(people(0)).toBe('0 people');
  });

  it('reads a count already formatted for the language', () => {
    const rows = (count: string) => translate('en', 'common.rows', { count });
    expect(rows('1')).toBe('1 row');
    expect(rows('1,001')).toBe('1,001 rows');
    expect(rows('1.5')).toBe('1.5 rows');
    expect(rows('—')).toBe('— rows');
  });

  it('chooses by the param the message names', () => {
    expect(translate('en', 'people.deadline.daysLeft', { days: '1' })).toBe('1 day left');
    expect(translate('en', 'people.deadline.daysLeft', { days: '3' })).toBe('3 days left');
  });

  it('chooses a form for each of two numbers', () => {
    const classes = (count: number, attendees: number) =>
      translate('en', 'reports.text.classes.other', { classes: count, attendees });
    expect(classes(1, 1)).toBe('1 other class for 1 attendee');
    expect(classes(1, 12)).toBe('1 other class for 12 attendees');
    expect(classes(2, 1)).toBe('2 other classes for 1 attendee');
    expect(classes(3, 40)).toBe('3 other classes for 40 attendees');
  });

  it('keeps the one Vietnamese form whatever the count', () => {
    expect(translate('vi', 'classes.picker.showingAll', { count: 1 })).toBe('1 người');
    expect(translate('vi', 'classes.picker.showingAll', { count: 2 })).toBe('2 người');
  });

  it('takes the other form when no number is given', () => {
    expect(translate('en', 'common.rows')).toBe('{count} rows');
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
