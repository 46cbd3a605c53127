// The keys that name a possible duplicate: a pair of people (the same two ids in either order
// give the same key, so "not the same person" holds whichever record is listed first), and the
// normalised name and birth date two records of one person share (diacritics, case and spacing
// folded: "Nguyễn  Văn An" typed on one keyboard and "nguyen van an" on another match).
import { searchKey } from './text';

/** The key of a pair of people, the smaller id first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The two ids of a pair key (pairKey's inverse). */
export function pairIds(key: string): [string, string] {
  const [a = '', b = ''] = key.split('|');
  return [a, b];
}

/** Name without diacritics, case or extra spaces, and the birth date: equal for one person. */
export function duplicateNameKey(fullName: string, birthDate: string): string {
  return `${searchKey(fullName)}|${birthDate}`;
}
