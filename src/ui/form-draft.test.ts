import { describe, expect, it } from 'vitest';
import {
  DRAFT_MAX_AGE_MS,
  clearAllDrafts,
  draftFormKey,
  draftToOffer,
  mergeDraftValues,
  parseDraft,
  pruneExpiredDrafts,
  readDraft,
  removeDraft,
  sameValues,
  serializeDraft,
  storageKey,
  writeDraft,
  type DraftStorage,
  withholdFields,
} from './form-draft';

/** localStorage as the browser has it, in memory; `full` makes every write fail like a full quota. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A storage the browser refuses altogether (some private modes, a sandboxed frame). */
const refusing: DraftStorage = {
  length: 0,
  key: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const NOW = Date.parse('2026-11-28T02:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const person = {
  fullName: 'Nguyễn Thị Hoà',
  gender: 'female',
  youthUnion: true,
  milestones: { sourcedOn: '2026-03-02', admittedOn: '' },
};

describe('keys', () => {
  it('are one per form and record, under the drafts prefix', () => {
    expect(draftFormKey('person', undefined)).toBe('person:new');
    expect(draftFormKey('person', null)).toBe('person:new');
    expect(draftFormKey('class', 'abc')).toBe('class:abc');
    expect(storageKey('person:abc')).toBe('ptdv.draft.person:abc');
  });
});

describe('serialising a draft', () => {
  it('round-trips the values, Vietnamese text and the record version', () => {
    const draft = {
      savedAt: '2026-11-28T02:00:00.000Z',
      values: person,
      baseUpdatedAt: '2026-11-01T00:00:00.000Z',
    };
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('refuses text that is not a draft of this version', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('[]')).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 2, savedAt: '2026-01-01T00:00:00Z', values: {} }))).toBe(
      null,
    );
    expect(parseDraft(JSON.stringify({ v: 1, savedAt: 'yesterday', values: {} }))).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 1, savedAt: '2026-01-01T00:00:00Z', values: [] }))).toBe(
      null,
    );
  });
});

describe('reading, writing and expiry', () => {
  it('reads back what was written', () => {
    const storage = new MemoryStorage();
    const savedAt = new Date(NOW - DAY).toISOString();
    expect(writeDraft(storage, 'person:new', { savedAt, values: person })).toBe(true);
    expect(storage.items.has('ptdv.draft.person:new')).toBe(true);
    expect(readDraft(storage, 'person:new', NOW)).toEqual({ savedAt, values: person });
    removeDraft(storage, 'person:new');
    expect(readDraft(storage, 'person:new', NOW)).toBeNull();
  });

  it('drops a draft older than 30 days when it is read, and keeps a younger one', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 'old', {
      savedAt: new Date(NOW - DRAFT_MAX_AGE_MS - 1000).toISOString(),
      values: person,
    });
    writeDraft(storage, 'young', { savedAt: new Date(NOW - 29 * DAY).toISOString(), values: {} });
    expect(readDraft(storage, 'old', NOW)).toBeNull();
    expect(storage.items.has('ptdv.draft.old')).toBe(false);
    expect(readDraft(storage, 'young', NOW)).not.toBeNull();
  });

  it('removes a damaged draft instead of offering it', () => {
    const storage = new MemoryStorage();
    storage.setItem('ptdv.draft.person:new', '{"v":1,"savedAt":');
    expect(readDraft(storage, 'person:new', NOW)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('keeps no draft, and throws nothing, when the storage is full, refused or absent', () => {
    const full = new MemoryStorage();
    full.full = true;
    const draft = { savedAt: new Date(NOW).toISOString(), values: person };
    expect(writeDraft(full, 'person:new', draft)).toBe(false);
    expect(readDraft(full, 'person:new', NOW)).toBeNull();

    expect(writeDraft(refusing, 'person:new', draft)).toBe(false);
    expect(readDraft(refusing, 'person:new', NOW)).toBeNull();
    expect(() => removeDraft(refusing, 'person:new')).not.toThrow();
    expect(pruneExpiredDrafts(refusing, NOW)).toBe(0);
    expect(() => clearAllDrafts(refusing)).not.toThrow();
    expect(draftToOffer(refusing, 'person:new', person, NOW)).toBeNull();

    expect(writeDraft(null, 'person:new', draft)).toBe(false);
    expect(readDraft(null, 'person:new', NOW)).toBeNull();
  });

  it('prunes only expired or unreadable drafts, and never another key', () => {
    const storage = new MemoryStorage();
    storage.setItem('ptdv.language', 'vi');
    writeDraft(storage, 'a', { savedAt: new Date(NOW - 31 * DAY).toISOString(), values: {} });
    writeDraft(storage, 'b', { savedAt: new Date(NOW - DAY).toISOString(), values: {} });
    storage.setItem('ptdv.draft.c', 'garbage');
    expect(pruneExpiredDrafts(storage, NOW)).toBe(2);
    expect([...storage.items.keys()].sort()).toEqual(['ptdv.draft.b', 'ptdv.language']);
  });

  it('clearAllDrafts removes every draft and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('ptdv.language', 'en');
    for (const key of ['person:new', 'person:1', 'class:2', 'setup']) {
      writeDraft(storage, key, { savedAt: new Date(NOW).toISOString(), values: { key } });
    }
    clearAllDrafts(storage);
    expect([...storage.items.keys()]).toEqual(['ptdv.language']);
  });
});

describe('comparing and merging values', () => {
  it('treats the same values in another key order, or with undefined members, as equal', () => {
    expect(sameValues({ a: '1', b: { c: true, d: '' } }, { b: { d: '', c: true }, a: '1' })).toBe(
      true,
    );
    expect(sameValues({ a: '1', b: undefined }, { a: '1' })).toBe(true);
    expect(sameValues({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameValues({ ids: ['x', 'y'] }, { ids: ['y', 'x'] })).toBe(false);
  });

  it('lays the draft over the form, nested, keeping only the fields the form has', () => {
    const base = { fullName: '', youthUnion: false, milestones: { sourcedOn: '', admittedOn: '' } };
    const merged = mergeDraftValues(base, {
      fullName: 'Lò Văn Páo',
      youthUnion: true,
      milestones: { sourcedOn: '2026-01-05', retiredField: 'x' },
      retiredField: 'from an older version of the form',
    });
    expect(merged).toEqual({
      fullName: 'Lò Văn Páo',
      youthUnion: true,
      milestones: { sourcedOn: '2026-01-05', admittedOn: '' },
    });
  });

  it('keeps the form value where the draft holds another type', () => {
    expect(mergeDraftValues({ count: '3', ids: ['a'] }, { count: 3, ids: 'a' })).toEqual({
      count: '3',
      ids: ['a'],
    });
  });

  it('cannot be made to pollute prototypes by a hand-edited draft', () => {
    const draft = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"fullName":"x"}',
    ) as unknown;
    const merged = mergeDraftValues({ fullName: '', milestones: { sourcedOn: '' } }, draft);
    expect(merged).toEqual({ fullName: 'x', milestones: { sourcedOn: '' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

describe('the draft a form offers', () => {
  it('is none when the draft holds what the form already shows', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 'person:1', { savedAt: new Date(NOW).toISOString(), values: person });
    expect(draftToOffer(storage, 'person:1', person, NOW)).toBeNull();
    expect(
      draftToOffer(storage, 'person:1', { ...person, fullName: 'Nguyễn Thị Hòa' }, NOW),
    ).toMatchObject({ values: person });
  });

  it('is none when there is no draft for this record', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 'person:1', { savedAt: new Date(NOW).toISOString(), values: person });
    expect(draftToOffer(storage, 'person:2', {}, NOW)).toBeNull();
  });
});

describe('withholdFields', () => {
  it('keeps the loaded value of a withheld field, so a typed CCCD never reaches the draft', () => {
    const loaded = { fullName: '', nationalId: '' };
    const typed = { fullName: 'Lò Thị Hương', nationalId: '001203004005' };
    expect(withholdFields(typed, loaded, 'nationalId')).toEqual({
      fullName: 'Lò Thị Hương',
      nationalId: '',
    });
    expect(withholdFields(typed, loaded, '')).toBe(typed);
  });
});
