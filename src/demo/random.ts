// The one random source of the demo province: mulberry32, with a stream number that sets both
// its starting state and its step. A province draws its tree from stream 0 (plain mulberry32 of
// the seed, so the trees, and their unit counts, are those the benchmark's figures were taken
// on) and each upper unit's people, each class and the quotas from a stream of their own.
//
// Why the step differs per stream: mulberry32 walks its 2^32 states by a fixed step, so streams
// that differ only by their start are windows on one cycle; at a million people two upper
// units' windows would overlap and draw the same people, ids included. With distinct steps, two
// streams can meet on a state but never follow each other from it.

/** fmix32 (MurmurHash3's finaliser): spreads a stream number over 32 bits; 0 stays 0. */
function spread(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded stream of numbers in [0, 1): the same seed and stream give the same numbers. */
export function createRandom(seed: number, stream = 0): () => number {
  const spreadStream = spread(stream);
  let state = (seed ^ ((spreadStream << 16) | (spreadStream >>> 16))) >>> 0;
  // Odd whatever the stream, so that every stream visits all 2^32 states.
  const step = (0x6d2b79f5 ^ (spreadStream << 1)) >>> 0;
  return () => {
    state = (state + step) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HEX = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));
const byteHex = (value: number): string => HEX[value & 255] as string;
const hex4 = (word: number): string =>
  byteHex(word >>> 24) + byteHex(word >>> 16) + byteHex(word >>> 8) + byteHex(word);

/** The draws the generator makes, over one stream. */
export class Draw {
  constructor(readonly next: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** A value by weight: [[value, weight], …]. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of table) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r < 0) return value;
    }
    return (table[table.length - 1] as readonly [T, number])[0];
  }

  /** A version-4 UUID from the seeded stream, so ids repeat with the seed. */
  uuid(): string {
    const w0 = this.word();
    const w1 = this.word();
    const w2 = this.word();
    const w3 = this.word();
    return (
      hex4(w0) +
      '-' +
      byteHex(w1 >>> 24) +
      byteHex(w1 >>> 16) +
      '-' +
      byteHex(((w1 >>> 8) & 0x0f) | 0x40) +
      byteHex(w1) +
      '-' +
      byteHex(((w2 >>> 24) & 0x3f) | 0x80) +
      byteHex(w2 >>> 16) +
      '-' +
      byteHex(w2 >>> 8) +
      byteHex(w2) +
      hex4(w3)
    );
  }

  private word(): number {
    return Math.floor(this.next() * 4_294_967_296);
  }
}
