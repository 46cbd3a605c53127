// Vietnamese text arrives both composed and decomposed (different keyboards and systems);
// everything stored or compared is NFC first.

export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Trims, collapses inner white space and normalises to NFC: the form every name is stored in. */
export function cleanText(value: string): string {
  return nfc(value).trim().replace(/\s+/g, ' ');
}

/**
 * A key for diacritic-insensitive, case-insensitive search: "nguyen van a" finds "Nguyễn Văn A".
 * đ/Đ is a letter of its own, not a d with a mark, so NFD alone does not strip it.
 */
export function searchKey(value: string): string {
  let key = folded.get(value);
  if (key === undefined) {
    key = value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(value, key);
  }
  return key;
}

// The keys of the texts folded last: a write of people folds each name for the list's order
// and again for the duplicate checks, and names repeat (a tenth of the cost of an import's
// aggregates went to folding). Cleared whole when full, so it never holds more than this.
const FOLDED_KEPT = 20_000;
const folded = new Map<string, string>();

/**
 * A matcher for a search query over search keys (name and CCCD, see searchKey), or null for an
 * empty query. Every word of the query must start a word of the key, so "nguyen van a" finds
 * "Nguyễn Văn An" but not every name with an "a" inside; a word of digits matches anywhere, since
 * people quote a CCCD by its last digits. The query is folded once, not once per row.
 */
export function searchMatcher(query: string): ((haystackKey: string) => boolean) | null {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  // A word starts the key or follows a space; no string is built per key (250,000 on /people).
  const tests = words.map((word) => {
    if (/^\d+$/.test(word)) return (key: string) => key.includes(word);
    const inside = ` ${word}`;
    return (key: string) => key.startsWith(word) || key.includes(inside);
  });
  return (haystackKey) => tests.every((test) => test(haystackKey));
}

/** Does a search key match the query (see searchMatcher)? An empty query matches everything. */
export function matchesSearch(haystackKey: string, query: string): boolean {
  return searchMatcher(query)?.(haystackKey) ?? true;
}

/** Case folding after NFC, used to accept code-list aliases ("khmer" for "Khơ-me"). */
export function foldForCompare(value: string): string {
  return nfc(value).trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
}
