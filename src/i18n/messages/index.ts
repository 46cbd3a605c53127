// Every area's messages, merged into one table per language. Each area owns its file; keys are
// prefixed with the area. The areas the shell and the first screens need are here from the start;
// the rest (later.ts) arrive with the first lazily loaded page that needs them, so the first
// screen does not download every page's words (loadLaterMessages in ../load-messages.ts).
import { common } from './common';
import { home } from './home';
// Types only: the later areas' keys, without their words in the first screen's code.
import type { laterAreas } from './later';
import { pipeline } from './pipeline';
import { setup } from './setup';
import type { Area, AreaKey, FirstScreenArea, Message, Messages } from './types';
import { validation } from './validation';

export const messages: Messages = { vi: {}, en: {} };

const registered = new Set<object>();

/** Adds areas to the tables; registering an area twice changes nothing. */
export function registerMessages(areas: readonly (Area<string> | FirstScreenArea<string>)[]): void {
  for (const area of areas) {
    if (registered.has(area)) continue;
    registered.add(area);
    Object.assign(messages.vi, area.vi);
    if (area.en) Object.assign(messages.en, area.en);
  }
}

/** Adds the English words of the first screen's areas (messages/first-screen-en.ts). */
export function registerEnglish(tables: readonly Record<string, Message>[]): void {
  for (const table of tables) Object.assign(messages.en, table);
}

/**
 * The areas of the shell, the home page and the first-run page. The rest follow as soon as the
 * first screen is up (the layout asks for them when idle); the lock screen and the backup
 * reminder wait for them (useLaterMessages, lock-gate.tsx).
 */
export const firstScreenAreas = [common, validation, setup, pipeline, home] as const;

/** Every key of every area: `t` accepts nothing else. */
export type MessageKey = AreaKey<(typeof firstScreenAreas)[number] | (typeof laterAreas)[number]>;

/**
 * Whether a text is a key of the areas loaded so far: for keys that arrive as plain strings
 * (zod and form messages, which the domain writes without knowing this module).
 */
export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(messages.vi, text);
}

registerMessages(firstScreenAreas);
