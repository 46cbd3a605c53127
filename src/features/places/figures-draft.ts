// The grid's unsaved cells kept as a draft, like every form's (src/ui/form-draft.ts): written
// after a pause in typing and at once when the page is hidden or left, offered back after a
// reload or a crash, and counted as unsaved input by the update prompt and the reload notice.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DRAFT_DEBOUNCE_MS,
  browserStorage,
  pruneExpiredDrafts,
  readDraft,
  removeDraft,
  writeDraft,
  type FormDraft,
} from '@/ui/form-draft';
import { useUnsavedInput } from '@/ui/unsaved-input';
import { NO_EDITS, countEdits, editsFromDraft, type FigureEdits } from './figure-edits';

interface Offered {
  savedAt: string;
  edits: FigureEdits;
}

function offeredDraft(key: string, placeIds: ReadonlySet<string>): Offered | null {
  const draft = readDraft(browserStorage(), key);
  if (!draft) return null;
  const edits = editsFromDraft(draft.values.edits, placeIds);
  return countEdits(edits) > 0 ? { savedAt: draft.savedAt, edits } : null;
}

/**
 * `key`: the draft's name (one per year); `placeIds`: the places that exist (a draft's cell of a
 * place deleted since is dropped); `putEdits` replaces the grid's edits on a restore.
 */
export function useFiguresDraft(
  key: string,
  edits: FigureEdits,
  putEdits: (edits: FigureEdits) => void,
  placeIds: ReadonlySet<string>,
): FormDraft {
  const [offered, setOffered] = useState(() => offeredDraft(key, placeIds));
  const offeredRef = useRef(offered);
  const latest = useRef(edits);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useUnsavedInput(countEdits(edits) > 0);

  const write = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const storage = browserStorage();
    if (countEdits(latest.current) === 0) {
      // Nothing typed: nothing to keep, unless an older draft still waits for an answer.
      if (!offeredRef.current) removeDraft(storage, key);
      return;
    }
    writeDraft(storage, key, {
      savedAt: new Date().toISOString(),
      values: { edits: latest.current },
    });
  }, [key]);

  useEffect(() => {
    latest.current = edits;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(write, DRAFT_DEBOUNCE_MS);
  }, [edits, write]);

  useEffect(() => {
    pruneExpiredDrafts();
    const flush = () => {
      if (timer.current !== null) write();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the grid (another view, another year) keeps what was typed, for the next visit.
      flush();
    };
  }, [write]);

  const settle = useCallback(() => {
    offeredRef.current = null;
    setOffered(null);
  }, []);

  const restore = useCallback(() => {
    const draft = offeredRef.current;
    if (!draft) return;
    settle();
    // What was typed since the page opened wins over the draft's cell of the same place.
    const merged: Record<string, FigureEdits[string]> = { ...draft.edits };
    for (const [placeId, row] of Object.entries(latest.current)) {
      merged[placeId] = { ...merged[placeId], ...row };
    }
    putEdits(merged);
  }, [putEdits, settle]);

  const discard = useCallback(() => {
    settle();
    removeDraft(browserStorage(), key);
    if (countEdits(latest.current) > 0) write();
  }, [key, settle, write]);

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    latest.current = NO_EDITS;
    settle();
    removeDraft(browserStorage(), key);
  }, [key, settle]);

  return {
    offered: offered ? { savedAt: offered.savedAt, recordChanged: false } : null,
    restore,
    discard,
    clear,
  };
}
