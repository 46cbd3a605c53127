import { searchKey } from './text';

/**
 * A part of a file name from a text (a unit's code, a chart's title): no marks, lower case,
 * words joined by dashes ("Xã Tân Lập" → "xa-tan-lap"); `fallback` when nothing is left.
 */
export function fileSlug(text: string, fallback: string): string {
  return searchKey(text).replace(/ /g, '-') || fallback;
}
