import type { Language } from '../language';

/**
 * A message with one form per plural category (English: one, other), chosen by the number in the
 * param `by` names (`count` when absent) through Intl.PluralRules: see ../plural.ts. A form may
 * itself have forms, for a sentence with two numbers. Vietnamese has one form: its messages are
 * plain strings.
 */
export interface PluralMessage {
  zero?: Message;
  one?: Message;
  two?: Message;
  few?: Message;
  many?: Message;
  other: Message;
  by?: string;
}
export type Message = string | PluralMessage;

/**
 * One area's messages. The Vietnamese table (the default language) defines the keys; an area file
 * declares itself as `Area<keyof typeof vi>`, so that a key missing in English, or one Vietnamese
 * does not have, is a type error (and the check costs nothing at run time).
 */
export interface Area<K extends string> {
  vi: Record<K, string>;
  en: Record<K, Message>;
}

/**
 * An area of the first screen: its Vietnamese words only. Its English ones are a module of
 * their own (en/<area>.ts, typed against these keys), downloaded when English is chosen, so that
 * the first screen of the Vietnamese app does not carry them.
 */
export interface FirstScreenArea<K extends string> {
  vi: Record<K, string>;
  en?: undefined;
}

export type AreaKey<A> = A extends { vi: Record<infer K, string> } ? K : never;

/** The tables every area fills in, one per language. */
export type Messages = Record<Language, Record<string, Message>>;
