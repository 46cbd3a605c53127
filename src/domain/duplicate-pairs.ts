// The contract between the data checks (/quality) and the merge screen (/quality/merge): a pair of
// people is named by its key, the same whichever way round the two ids come, and two people are
// possibly the same when their names, folded, and their birth dates are equal.
import { searchKey } from './text';

/** The key of a pair of people: the two ids in order, joined by '|'. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The name-and-birth key of a person: the name without diacritics (đ as d), case and spaces
 * folded, then the birth date. "Nguyễn  Văn An" and "nguyen van an" born the same day match.
 */
export function duplicateNameKey(fullName: string, birthDate: string): string {
  return `${searchKey(fullName)}|${birthDate}`;
}
