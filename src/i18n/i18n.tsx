// Messages in Vietnamese (default) and English. Each area keeps its messages in messages/<area>.ts;
// a key missing in English falls back to Vietnamese, so a screen is never blank.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';
import type { Language } from './language';
import { messages } from './messages';

export type Params = Record<string, string | number>;

export function translate(language: Language, key: string, params?: Params): string {
  const template = messages[language][key] ?? messages.vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export interface I18n {
  language: Language;
  t: (key: string, params?: Params) => string;
  number: (value: number | null | undefined) => string;
  percent: (ratio: number | null | undefined) => string;
  date: (date: string | null | undefined) => string;
  dateTime: (instant: string | null | undefined) => string;
}

export function makeI18n(language: Language): I18n {
  return {
    language,
    t: (key, params) => translate(language, key, params),
    number: (value) => formatNumber(value, language),
    percent: (ratio) => formatPercent(ratio, language),
    date: formatDate,
    dateTime: formatDateTime,
  };
}

const I18nContext = createContext<I18n>(makeI18n('vi'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
