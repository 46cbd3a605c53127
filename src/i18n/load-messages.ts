// Loads the messages of the pages that are not on the first screen (messages/later.ts) once.
import { useEffect, useState } from 'react';
import { registerMessages } from './messages';

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
