import { useEffect, type ReactNode } from 'react';
import { I18nProvider } from '@/i18n/i18n';
import { useLoadedLanguage } from '@/i18n/load-messages';
import { useLanguageSetting } from '@/queries/installation';

export function LanguageBoundary({ children }: { children: ReactNode }) {
  const language = useLanguageSetting();
  const value = useLoadedLanguage(language.data ?? 'vi');
  useEffect(() => {
    document.documentElement.lang = value;
  }, [value]);
  return <I18nProvider language={value}>{children}</I18nProvider>;
}
