// A form's side of saving a record another tab may be editing too (src/db/save-conflict.ts):
// the version the form loaded (base, captured once: a re-read after another tab's save must
// not move it, or this form's stale values would overwrite the other tab's fields), and the
// conflict to show when both tabs changed the same field. Settling puts the chosen values in
// the form and makes the newer version the base; the user then saves again.
import { useCallback, useState } from 'react';
import { applyChoices, type ConflictChoice, type MergeConflict } from '@/domain/merge';
import { SaveConflictError } from '@/db/save-conflict';

/** True for the error of a save stopped by another tab's edit (the conflict view shows it). */
export function isSaveConflict(error: unknown): boolean {
  return error instanceof SaveConflictError;
}

export interface ConflictViewModel {
  kind: 'changed' | 'deleted';
  conflicts: readonly MergeConflict[];
  onApply: (choices: Readonly<Record<string, ConflictChoice>>) => void;
  onReopen: () => void;
  /** Deleted in the other tab: save the form's input as a new record instead. */
  onSaveAsNew?: (() => void) | undefined;
}

export interface SaveConflictState<T extends object> {
  /** What to pass to the save as `base`: undefined for a new record (or one saved as new). */
  base: T | undefined;
  /** True after "save as new": the form saves with a fresh id. */
  asNew: boolean;
  /** What to tell the user once a conflict is settled, until the next save attempt. */
  notice: 'settled' | 'asNew' | null;
  /** The conflict to show, or null. */
  view: ConflictViewModel | null;
  /** Call with a failed save's error: true when it was a conflict (now shown). */
  catchConflict: (error: unknown) => boolean;
  /** Call before each save attempt: clears the previous conflict and notices. */
  reset: () => void;
}

/**
 * `loaded`: the stored record the form opened with (undefined for a new one). `putInForm`
 * replaces the form's values with a record's (keepDirty: they are not saved yet).
 * `canSaveAsNew`: whether the form can save its input under a new id.
 */
export function useSaveConflict<T extends object>(
  loaded: T | undefined,
  putInForm: (record: T, keepDirty: boolean) => void,
  canSaveAsNew = true,
): SaveConflictState<T> {
  const [base, setBase] = useState<T | undefined>(loaded);
  const [conflict, setConflict] = useState<SaveConflictError<T> | null>(null);
  const [notice, setNotice] = useState<'settled' | 'asNew' | null>(null);
  const [asNew, setAsNew] = useState(false);

  const catchConflict = useCallback((error: unknown) => {
    if (!(error instanceof SaveConflictError)) return false;
    setConflict(error as SaveConflictError<T>);
    setNotice(null);
    return true;
  }, []);

  const reset = useCallback(() => {
    setConflict(null);
    setNotice(null);
  }, []);

  let view: ConflictViewModel | null = null;
  if (conflict) {
    const theirs = conflict.theirs;
    view = {
      kind: conflict.kind,
      conflicts: conflict.conflicts,
      onApply: (choices) => {
        putInForm(applyChoices(conflict.merged, conflict.conflicts, choices), true);
        setBase(theirs ?? undefined);
        setConflict(null);
        setNotice('settled');
      },
      onReopen: () => {
        if (theirs) {
          putInForm(theirs, false);
          setBase(theirs);
        }
        setConflict(null);
      },
      onSaveAsNew:
        conflict.kind === 'deleted' && canSaveAsNew
          ? () => {
              setAsNew(true);
              setBase(undefined);
              setConflict(null);
              setNotice('asNew');
            }
          : undefined,
    };
  }
  return { base, asNew, notice, view, catchConflict, reset };
}
