// Three-way merge of one record edited in two tabs at once. The form remembers the version it
// loaded (base); when the save finds a newer stored version (theirs), the user's values (mine)
// are merged field by field: a field changed on one side only takes that side's value, a field
// changed on both sides to different values is a conflict that only the user can settle. Nested
// plain objects (a person's milestones) merge per inner field, so two tabs filling in two
// different dates of the same person both keep theirs.

export interface MergeConflict {
  /** The field's path: `fullName`, `milestones.admittedOn`. */
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeOptions {
  /** Fields left out of the comparison (the stamp, derived columns); the result keeps mine. */
  ignore?: readonly string[];
  /**
   * Fields holding sets of ids (a class's attendees): what I added and what I removed are
   * applied to their set, so both sides' picks are kept and a set field never conflicts.
   */
  sets?: readonly string[];
}

export interface MergeResult<T> {
  /** The merged record; a conflicting field holds mine until the user chooses. */
  merged: T;
  conflicts: MergeConflict[];
  /** Fields whose value came from the other side (what the merge kept of theirs). */
  fromTheirs: string[];
}

export type ConflictChoice = 'mine' | 'theirs';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Equality of stored values. Absent and null are the same (an optional field of an imported
 * record may be missing where the form writes null); arrays and plain objects compare deeply.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) return b === undefined || b === null;
  if (b === undefined || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return Object.is(a, b);
}

function asIds(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Their set, plus what I added, minus what I removed; their order first. */
function mergeSet(base: unknown, mine: unknown, theirs: unknown): string[] {
  const before = new Set(asIds(base));
  const mineIds = asIds(mine);
  const mineSet = new Set(mineIds);
  const result = new Set(asIds(theirs));
  for (const id of mineIds) if (!before.has(id)) result.add(id);
  for (const id of before) if (!mineSet.has(id)) result.delete(id);
  return [...result];
}

function mergeObject(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  prefix: string,
  options: MergeOptions,
  out: { conflicts: MergeConflict[]; fromTheirs: string[] },
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    const field = prefix ? `${prefix}.${key}` : key;
    const b = base[key];
    const m = mine[key];
    const th = theirs[key];
    let value: unknown;
    if (options.ignore?.includes(field)) {
      value = m;
    } else if (options.sets?.includes(field)) {
      value = mergeSet(b, m, th);
      if (!sameValue(value, m)) out.fromTheirs.push(field);
    } else if (isPlainObject(b) && isPlainObject(m) && isPlainObject(th)) {
      value = mergeObject(b, m, th, field, options, out);
    } else {
      const mineChanged = !sameValue(b, m);
      const theirsChanged = !sameValue(b, th);
      if (!mineChanged) {
        value = th;
        if (theirsChanged) out.fromTheirs.push(field);
      } else if (!theirsChanged || sameValue(m, th)) {
        value = m;
      } else {
        value = m;
        out.conflicts.push({ field, base: b, mine: m, theirs: th });
      }
    }
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Merges my edit of a record with theirs, both made from `base`. Pure: the inputs are not
 * changed. With no conflict, `merged` is what to save.
 */
export function threeWayMerge<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  options: MergeOptions = {},
): MergeResult<T> {
  const out = { conflicts: [] as MergeConflict[], fromTheirs: [] as string[] };
  const merged = mergeObject(
    base as Record<string, unknown>,
    mine as Record<string, unknown>,
    theirs as Record<string, unknown>,
    '',
    options,
    out,
  );
  return { merged: merged as T, conflicts: out.conflicts, fromTheirs: out.fromTheirs };
}

function setPath(
  record: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return record;
  const copy = { ...record };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const inner = copy[head];
  copy[head] = setPath(isPlainObject(inner) ? inner : {}, rest, value);
  return copy;
}

/**
 * The record once the user has settled each conflict: a field chosen as 'theirs' takes the
 * other tab's value, every other conflicting field keeps mine (the default).
 */
export function applyChoices<T extends object>(
  merged: T,
  conflicts: readonly MergeConflict[],
  choices: Readonly<Record<string, ConflictChoice>>,
): T {
  let record = merged as Record<string, unknown>;
  for (const conflict of conflicts) {
    const value = choices[conflict.field] === 'theirs' ? conflict.theirs : conflict.mine;
    record = setPath(record, conflict.field.split('.'), value);
  }
  return record as T;
}
