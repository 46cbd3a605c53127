// Messages in Vietnamese (default) and English. Each area keeps its messages in messages/<area>.ts.
// Keys are typed (MessageKey): a key no area defines does not compile, nor does an English table
// that lacks one of its area's keys.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';
import type { Language } from './language';
import { isMessageKey, messages, type MessageKey } from './messages';
import { selectForm } from './plural';

import type { Params, Translate } from './translate';

export type { Params, Translate } from './translate';

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const message = messages[language][key] ?? messages.vi[key] ?? key;
  const template = selectForm(language, message, params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export interface I18n {
  language: Language;
  t: Translate;
  /**
   * A message that arrives as plain text: zod and form errors, whose keys the domain writes as
   * strings. A key is translated; any other text is shown as it is.
   */
  tMessage: (text: string, params?: Params) => string;
  number: (value: number | null | undefined) => string;
  percent: (ratio: number | null | undefined) => string;
  date: (date: string | null | undefined) => string;
  dateTime: (instant: string | null | undefined) => string;
}

export function makeI18n(language: Language): I18n {
  return {
    language,
    t: (key, params) => translate(language, key, params),
    tMessage: (text, params) => (isMessageKey(text) ? translate(language, text, params) : text),
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
