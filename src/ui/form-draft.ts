// Drafts of unsaved form input, kept in localStorage so that a reload, a crash or a closed tab
// does not throw away what a secretary typed. localStorage is synchronous: a write made on
// `pagehide` is on disk before the page goes, which IndexedDB (asynchronous) cannot promise.
// The draft holds the same personal data as IndexedDB, on the same machine; the app lock may
// call clearAllDrafts().
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FORBIDDEN_KEYS, isJsonObject } from '@/domain/plain-data';
import { useUnsavedInput } from './unsaved-input';

export const DRAFT_PREFIX = 'ptdv.draft.';
/** Drafts older than this are dropped unread: the input they hold is no longer what anyone wants. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Long enough not to write on every keystroke, short enough to lose at most a word. */
export const DRAFT_DEBOUNCE_MS = 400;
const DRAFT_VERSION = 1;

/** The part of the Web Storage API the drafts use (an in-memory one in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface StoredDraft<T = Record<string, unknown>> {
  /** When the input was written, as an ISO instant. */
  savedAt: string;
  values: T;
  /** The `updatedAt` of the record the form was loaded from, when it edits one. */
  baseUpdatedAt?: string;
}

/** 'person:new', 'person:<id>', 'class:<id>' … */
export function draftFormKey(form: string, id: string | null | undefined): string {
  return `${form}:${id ?? 'new'}`;
}

export function storageKey(key: string): string {
  return `${DRAFT_PREFIX}${key}`;
}

/** The browser's localStorage, or null where it cannot be used (private mode, sandbox, Node). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * One text for equal values whatever the order of keys; `undefined` members count as absent
 * (a field that is registered but has no default is not a change).
 */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableStringify(item)).join(',')}]`;
  if (isJsonObject(value)) {
    const members = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sameValues(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/**
 * The draft laid over the form's current values: only keys the form knows, nested objects
 * merged, and never a prototype key (the draft text could have been edited by hand).
 */
export function mergeDraftValues<T>(base: T, draft: unknown): T {
  if (!isJsonObject(base) || !isJsonObject(draft)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base)) {
    if (FORBIDDEN_KEYS.has(key) || !Object.prototype.hasOwnProperty.call(draft, key)) continue;
    const baseValue = base[key];
    const draftValue = draft[key];
    if (isJsonObject(baseValue)) {
      out[key] = mergeDraftValues(baseValue, draftValue);
    } else if (Array.isArray(baseValue)) {
      if (Array.isArray(draftValue)) out[key] = draftValue;
    } else if (baseValue === undefined || baseValue === null || draftValue === null) {
      out[key] = draftValue;
    } else if (typeof draftValue === typeof baseValue) {
      out[key] = draftValue;
    }
  }
  return out as T;
}

export function serializeDraft(draft: StoredDraft<unknown>): string {
  const body: Record<string, unknown> = {
    v: DRAFT_VERSION,
    savedAt: draft.savedAt,
    values: draft.values,
  };
  if (draft.baseUpdatedAt !== undefined) body.baseUpdatedAt = draft.baseUpdatedAt;
  return JSON.stringify(body);
}

/** The stored draft, or null when the text is not one (another version, damaged, hand-edited). */
export function parseDraft(text: string | null): StoredDraft<Record<string, unknown>> | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isJsonObject(value) || value.v !== DRAFT_VERSION) return null;
  const { savedAt, values, baseUpdatedAt } = value;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (!isJsonObject(values)) return null;
  const draft: StoredDraft<Record<string, unknown>> = { savedAt, values };
  if (typeof baseUpdatedAt === 'string') draft.baseUpdatedAt = baseUpdatedAt;
  return draft;
}

export function isExpired(draft: Pick<StoredDraft, 'savedAt'>, now: number): boolean {
  return now - Date.parse(draft.savedAt) > DRAFT_MAX_AGE_MS;
}

// Every storage call is guarded: a full or refused localStorage means no draft, never a broken form.
function safely<R>(action: () => R, fallback: R): R {
  try {
    return action();
  } catch {
    return fallback;
  }
}

/** Reads a draft; an expired or unreadable one is removed and reads as none. */
export function readDraft(
  storage: DraftStorage | null,
  key: string,
  now: number = Date.now(),
): StoredDraft<Record<string, unknown>> | null {
  if (!storage) return null;
  const text = safely(() => storage.getItem(storageKey(key)), null);
  const draft = parseDraft(text);
  if (text !== null && (!draft || isExpired(draft, now))) {
    removeDraft(storage, key);
    return null;
  }
  return draft;
}

/** Writes a draft; false when the storage refused it (full, private mode). */
export function writeDraft(
  storage: DraftStorage | null,
  key: string,
  draft: StoredDraft<unknown>,
): boolean {
  if (!storage) return false;
  return safely(() => {
    storage.setItem(storageKey(key), serializeDraft(draft));
    return true;
  }, false);
}

export function removeDraft(storage: DraftStorage | null, key: string): void {
  if (!storage) return;
  safely(() => storage.removeItem(storageKey(key)), undefined);
}

function draftKeys(storage: DraftStorage): string[] {
  return safely(() => {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    return keys;
  }, []);
}

/** Drops every draft older than DRAFT_MAX_AGE_MS (or unreadable); returns how many went. */
export function pruneExpiredDrafts(
  storage: DraftStorage | null = browserStorage(),
  now: number = Date.now(),
): number {
  if (!storage) return 0;
  let removed = 0;
  for (const key of draftKeys(storage)) {
    const draft = parseDraft(safely(() => storage.getItem(key), null));
    if (!draft || isExpired(draft, now)) {
      safely(() => storage.removeItem(key), undefined);
      removed += 1;
    }
  }
  return removed;
}

/** Removes every draft of every form (the app lock, "remove my data"). */
export function clearAllDrafts(storage: DraftStorage | null = browserStorage()): void {
  if (!storage) return;
  for (const key of draftKeys(storage)) safely(() => storage.removeItem(key), undefined);
}

/** The draft a form offers on mount: none when it holds what the form already shows. */
export function draftToOffer(
  storage: DraftStorage | null,
  key: string,
  loaded: unknown,
  now: number = Date.now(),
): StoredDraft<Record<string, unknown>> | null {
  const draft = readDraft(storage, key, now);
  if (!draft) return null;
  if (sameValues(mergeDraftValues(loaded, draft.values), loaded)) return null;
  return draft;
}

/** `values` with the withheld fields (newline-separated names) put back to what was loaded. */
export function withholdFields<T extends object>(values: T, loaded: T, withheld: string): T {
  if (withheld === '') return values;
  const copy = { ...values } as Record<string, unknown>;
  const source = loaded as Record<string, unknown>;
  for (const name of withheld.split('\n')) copy[name] = source[name];
  return copy as T;
}

// ---------------------------------------------------------------------------------------------
// The hook

export interface FormDraftOptions {
  /** The loaded record's `updatedAt`, kept with the draft (the banner says when it changed since). */
  baseUpdatedAt?: string | undefined;
  /** Where drafts go; the browser's localStorage by default. */
  storage?: DraftStorage | null;
  /**
   * Top-level fields never written to a draft (they keep what the form loaded): the CCCD while
   * the app lock encrypts it at rest, since a draft sits in localStorage in clear.
   */
  withheld?: readonly string[];
}

export interface FormDraft {
  /** The draft found on mount, until the user restores or discards it. */
  offered: { savedAt: string; recordChanged: boolean } | null;
  /** Puts the draft's values in the form; the form stays dirty (its defaults are kept). */
  restore: () => void;
  /** Drops the offered draft (what was typed since stays kept). */
  discard: () => void;
  /** Forgets the draft: call after a successful save and on cancel. */
  clear: () => void;
}

/**
 * Keeps a draft of `form`'s values under `key` (see draftFormKey) while the form differs from
 * what it loaded: after a pause in typing, and at once when the page is hidden or left.
 */
export function useFormDraft<T extends FieldValues, C, O>(
  form: UseFormReturn<T, C, O>,
  key: string,
  options: FormDraftOptions = {},
): FormDraft {
  const { baseUpdatedAt } = options;
  const withheld = (options.withheld ?? []).join('\n');
  const [storage] = useState(() =>
    options.storage === undefined ? browserStorage() : options.storage,
  );
  // The values the form loaded with (its defaults, which a restore keeps).
  const [loaded] = useState(() => form.getValues());
  const [offered, setOffered] = useState(() => draftToOffer(storage, key, loaded));
  const offeredRef = useRef(offered);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // After a save or cancel nothing is written again until the user changes something.
  const stopped = useRef(false);

  useUnsavedInput(form.formState.isDirty);

  const write = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (stopped.current) return;
    const values = withholdFields(form.getValues(), loaded, withheld);
    if (sameValues(values, loaded)) {
      // Back to what was loaded: nothing to keep, unless an older draft still waits for an answer.
      if (!offeredRef.current) removeDraft(storage, key);
      return;
    }
    const draft: StoredDraft<T> = { savedAt: new Date().toISOString(), values };
    if (baseUpdatedAt !== undefined) draft.baseUpdatedAt = baseUpdatedAt;
    writeDraft(storage, key, draft);
  }, [form, key, baseUpdatedAt, loaded, storage, withheld]);

  useEffect(() => {
    pruneExpiredDrafts(storage);
    const subscription = form.watch(() => {
      stopped.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(write, DRAFT_DEBOUNCE_MS);
    });
    const flush = () => {
      if (timer.current !== null) write();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the form by a link keeps what was typed, for the next visit.
      flush();
    };
  }, [form, write, storage]);

  const settle = useCallback(() => {
    offeredRef.current = null;
    setOffered(null);
  }, []);

  const restore = useCallback(() => {
    const draft = offeredRef.current;
    if (!draft) return;
    settle();
    form.reset(mergeDraftValues(loaded, draft.values), { keepDefaultValues: true });
  }, [form, settle, loaded]);

  const discard = useCallback(() => {
    settle();
    removeDraft(storage, key);
    // Input typed while the offer was open is a draft of its own.
    if (!sameValues(form.getValues(), loaded)) write();
  }, [form, key, settle, write, loaded, storage]);

  const clear = useCallback(() => {
    stopped.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    settle();
    removeDraft(storage, key);
  }, [key, settle, storage]);

  return {
    offered: offered
      ? {
          savedAt: offered.savedAt,
          recordChanged:
            baseUpdatedAt !== undefined &&
            offered.baseUpdatedAt !== undefined &&
            offered.baseUpdatedAt !== baseUpdatedAt,
        }
      : null,
    restore,
    discard,
    clear,
  };
}
