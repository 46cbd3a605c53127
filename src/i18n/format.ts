// Vietnamese formats by default: 23.596 · 54,4% · 05/01/2026. "—" where a figure has no meaning.
import type { Language } from './language';

export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export const NO_VALUE = '—';

// One formatter per language and kind: building an Intl.NumberFormat costs far more than using
// one, and a dashboard formats thousands of figures per view.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, kind: 'number' | 'percent'): Intl.NumberFormat {
  const key = `${language}:${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locales[language],
      kind === 'number'
        ? { maximumFractionDigits: 1 }
        : { minimumFractionDigits: 0, maximumFractionDigits: 1 },
    );
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, language: Language = 'vi'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(language, 'number').format(value);
}

/** A ratio (0.544) as a percentage with one decimal ("54,4%"); null/NaN/∞ as "—". */
export function formatPercent(ratio: number | null | undefined, language: Language = 'vi'): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NO_VALUE;
  const text = numberFormat(language, 'percent').format(Math.round(ratio * 1000) / 10);
  return `${text}%`;
}

/** An ISO date (YYYY-MM-DD) as dd/mm/yyyy, whatever the language (the province's usage). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return NO_VALUE;
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant (ISO date-time) as dd/mm/yyyy hh:mm in local time. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return NO_VALUE;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return NO_VALUE;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
