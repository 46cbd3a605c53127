// Values that come from outside (a file, a draft in localStorage) are read with these checks.
// JSON.parse makes "__proto__" an ordinary own member, never a prototype; but code that copies a
// parsed object member by member (`target[key] = value`) turns it into a prototype change, and
// "constructor": {"prototype": …} reaches Object.prototype through a naive path setter.

/** Keys that reach a prototype when an object is copied member by member: never copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** An object as JSON has them: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A member of the object itself: an inherited one (`constructor`) is not in the file. */
export function ownMember(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * Data a JSON file can hold and give back unchanged: null, booleans, finite numbers, strings,
 * arrays and plain objects of them, no forbidden key anywhere. Anything else (a CryptoKey, a
 * Date, a Blob) is not.
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.keys(value).every(
    (key) =>
      !FORBIDDEN_KEYS.has(key) && isPlainData((value as Record<string, unknown>)[key], depth + 1),
  );
}
