// Two tabs editing the same record must never lose either's saved change. A form remembers the
// version it loaded (base); the save reads the stored version and, when it is newer, merges the
// form's values into it (src/domain/merge.ts): fields only the other tab changed are kept, fields
// only this form changed are written, and fields both changed differently stop the save with a
// SaveConflictError, writing nothing, for the user to settle.
//
// The merge runs BEFORE the write transaction: saving a person may seal the CCCD with WebCrypto
// (the app lock), which cannot be awaited inside an IndexedDB transaction. Inside the
// transaction the write checks that the stored version is still the one merged against; if
// another tab saved in between, it starts over with the newer version.
import { threeWayMerge, type MergeConflict, type MergeOptions } from '@/domain/merge';

export type SaveConflictKind = 'changed' | 'deleted';

export class SaveConflictError<T extends object = Record<string, unknown>> extends Error {
  constructor(
    readonly kind: SaveConflictKind,
    readonly conflicts: readonly MergeConflict[],
    /** What would have been saved: the merge, each conflicting field holding this form's value. */
    readonly merged: T,
    /** The stored version the merge was made against; null when another tab deleted it. */
    readonly theirs: (T & { updatedAt: string }) | null,
  ) {
    super(kind === 'deleted' ? 'record deleted in another tab' : 'record changed in another tab');
    this.name = 'SaveConflictError';
  }
}

/** Thrown inside the write when the store moved since the merge: the save starts over. */
class StaleMergeError extends Error {
  constructor() {
    super('stored version changed during the save');
    this.name = 'StaleMergeError';
  }
}

/** Checks, inside the write transaction, that the stored version is the one merged against. */
export type AssertUnchanged = (current: { updatedAt: string } | undefined) => void;

const mergedResults = new WeakSet<object>();

/** True when this save's result was merged with changes another tab had saved. */
export function wasMergedWithOtherTab(result: unknown): boolean {
  return typeof result === 'object' && result !== null && mergedResults.has(result);
}

const ATTEMPTS = 5;

/**
 * Saves `mine`, made from `base` (the version the form loaded; undefined for a new record or a
 * caller that does not track versions, and then `mine` is written as it is). `readStored` reads
 * the stored version outside any transaction; `write` writes what to save and calls
 * `assertUnchanged` on the record it reads inside its transaction.
 */
export async function saveAgainstStored<T extends object, R>(
  base: (T & { updatedAt: string }) | undefined,
  mine: T,
  readStored: () => Promise<(T & { updatedAt: string }) | undefined>,
  write: (wanted: T, assertUnchanged: AssertUnchanged) => Promise<R>,
  options: MergeOptions = {},
): Promise<R> {
  if (!base) return write(mine, () => {});
  const ignore = [...(options.ignore ?? []), 'updatedAt'];
  for (let attempt = 1; ; attempt += 1) {
    const stored = await readStored();
    if (!stored) throw new SaveConflictError<T>('deleted', [], mine, null);
    let wanted = mine;
    let merged = false;
    if (stored.updatedAt !== base.updatedAt) {
      const result = threeWayMerge<T>(base, mine, stored, { ...options, ignore });
      if (result.conflicts.length > 0) {
        throw new SaveConflictError<T>('changed', result.conflicts, result.merged, stored);
      }
      wanted = result.merged;
      merged = result.fromTheirs.length > 0;
    }
    try {
      const saved = await write(wanted, (current) => {
        if (current?.updatedAt !== stored.updatedAt) throw new StaleMergeError();
      });
      if (merged && typeof saved === 'object' && saved !== null) mergedResults.add(saved);
      return saved;
    } catch (error) {
      if (!(error instanceof StaleMergeError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
