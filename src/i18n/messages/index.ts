// Every area's messages, merged into one table per language. Each area owns its file; keys are
// prefixed with the area. The areas the shell and the first screens need are here from the start;
// the rest (later.ts) arrive with the first lazily loaded page that needs them, so the first
// screen does not download every page's words (loadLaterMessages in ../load-messages.ts).
import type { Language } from '../language';
import { common } from './common';
import { home } from './home';
import { pipeline } from './pipeline';
import { setup } from './setup';
import type { AreaMessages, Messages } from './types';
import { validation } from './validation';

export const messages: Record<Language, Messages> = { vi: {}, en: {} };

const registered = new Set<AreaMessages>();

/** Adds areas to the tables; registering an area twice changes nothing. */
export function registerMessages(areas: readonly AreaMessages[]): void {
  for (const area of areas) {
    if (registered.has(area)) continue;
    registered.add(area);
    Object.assign(messages.vi, area.vi);
    Object.assign(messages.en, area.en);
  }
}

/**
 * The areas of the shell, the home page and the first-run page. The rest follow as soon as the
 * first screen is up (the layout asks for them when idle); the lock screen and the backup
 * reminder wait for them (useLaterMessages, lock-gate.tsx).
 */
export const firstScreenAreas: readonly AreaMessages[] = [
  common,
  validation,
  setup,
  pipeline,
  home,
];

registerMessages(firstScreenAreas);
