// Keys the compiler cannot check: zod and form messages reach the UI as plain strings (zod types
// them so), and the domain writes them without knowing this module. Every literal in the source
// that reads like a message key must be one.
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Literals that share an area's prefix but are no message: settings keys. */
const NOT_MESSAGES = new Set(['sync.reminderDays']);

describe('message keys written as plain strings', () => {
  it('all exist', () => {
    const areas = new Set(Object.keys(messages.vi).map((key) => key.split('.')[0]));
    const unknown: string[] = [];
    for (const [path, text] of Object.entries(sources)) {
      if (path.startsWith('/src/i18n/messages/')) continue;
      for (const [, literal] of text.matchAll(/'([a-z][A-Za-z]*(?:\.\w+)+)'/g)) {
        const key = literal as string;
        if (!areas.has(key.split('.')[0]) || NOT_MESSAGES.has(key)) continue;
        if (!(key in messages.vi)) unknown.push(`${path}: ${key}`);
      }
    }
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(unknown).toEqual([]);
  });
});
