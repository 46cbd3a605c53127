import type { Language } from '../language';

/**
 * One area's messages. The Vietnamese table (the default language) defines the keys; an area file
 * declares itself as `Area<keyof typeof vi>`, so that a key missing in English, or one Vietnamese
 * does not have, is a type error (and the check costs nothing at run time).
 */
export interface Area<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

export type AreaKey<A> = A extends Area<infer K> ? K : never;

/** The tables every area fills in, one per language. */
export type Messages = Record<Language, Record<string, string>>;
