// FNV-1a, 32 bits, of a string's UTF-16 code units: the one hash behind the aggregates' shards,
// the home records' unit shards and the duplicate checks' keys (stable across versions: stored
// records are keyed by it).
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
