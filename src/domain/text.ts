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
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Does `haystack` (already a search key) contain every word of the query, in any order? */
export function matchesSearch(haystackKey: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  return words.every((word) => haystackKey.includes(word));
}

/** Case folding after NFC, used to accept code-list aliases ("khmer" for "Khơ-me"). */
export function foldForCompare(value: string): string {
  return nfc(value).trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
}
