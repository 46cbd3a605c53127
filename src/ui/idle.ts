// Work that can wait until the page has drawn: the browser's idle time, within a bound.
import { useEffect, useState } from 'react';

/** Runs `work` when the browser is idle (at the latest after `timeoutMs`); returns the cancel. */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/** False until the browser has been idle once since `ready` became true; then true for good. */
export function useIdleAfter(ready: boolean, timeoutMs: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return undefined;
    return whenIdle(() => setIdle(true), timeoutMs);
  }, [ready, idle, timeoutMs]);
  return idle;
}
