import type { Language } from '../language';

export type Messages = Record<string, string>;
export type AreaMessages = Record<Language, Messages>;
