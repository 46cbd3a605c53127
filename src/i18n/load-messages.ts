// Loads the messages of the pages that are not on the first screen (messages/later.ts) once.
import { useEffect, useState } from 'react';
import type { Language } from './language';
import { registerEnglish, registerMessages } from './messages';

let loading: Promise<void> | undefined;
let loaded = false;

export function loadLaterMessages(): Promise<void> {
  loading ??= import('./messages/later').then(({ laterAreas }) => {
    registerMessages(laterAreas);
    loaded = true;
  });
  return loading;
}

/**
 * For a component of the first screen that speaks with a later page's words (the backup
 * reminder): false until they are loaded, so it renders nothing rather than raw keys.
 */
export function useLaterMessages(): boolean {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    void loadLaterMessages().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

let english: Promise<void> | undefined;
let englishLoaded = false;

/** Loads the first screen's English words once (the later areas carry both languages). */
export function loadEnglish(): Promise<void> {
  english ??= import('./messages/first-screen-en').then(({ firstScreenEnglish }) => {
    registerEnglish(firstScreenEnglish);
    englishLoaded = true;
  });
  return english;
}

/**
 * The language to speak now: `wanted`, once its words are here. Until the English words arrive
 * (a few kilobytes, at start or when the language is switched) the page stays in Vietnamese
 * rather than show keys.
 */
export function useLoadedLanguage(wanted: Language): Language {
  const [ready, setReady] = useState(englishLoaded);
  useEffect(() => {
    if (wanted !== 'en' || ready) return undefined;
    let live = true;
    void loadEnglish().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return wanted === 'en' && !ready ? 'vi' : wanted;
}
