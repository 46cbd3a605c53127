// Plural forms: a message with forms ({ one, other }) takes the one its number calls for, as the
// language's plural rules say (English "1 person", "0 people", "2 people").
import { locales } from './format';
import type { Language } from './language';
import type { Message } from './messages/types';

interface Rules {
  plural: Intl.PluralRules;
  group: string;
  decimal: string;
}

// Per language, once: building Intl objects costs far more than asking them.
const rulesByLanguage = new Map<Language, Rules>();

function rulesOf(language: Language): Rules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    const parts = new Intl.NumberFormat(locales[language]).formatToParts(1234.5);
    rules = {
      plural: new Intl.PluralRules(locales[language]),
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/**
 * A number from a param. Most call sites pass a count already formatted for the language
 * (number(n): "1,234"), so the text is read back with that language's separators.
 */
function numberOf(value: string | number | undefined, rules: Rules): number {
  if (typeof value === 'number') return value;
  if (value === undefined) return Number.NaN;
  const plain = value.split(rules.group).join('').replace(rules.decimal, '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** The text of a message: itself if it has one form, else the form its numbers call for. */
export function selectForm(
  language: Language,
  message: Message,
  params: Record<string, string | number> | undefined,
): string {
  if (typeof message === 'string') return message;
  const rules = rulesOf(language);
  const count = numberOf(params?.[message.by ?? 'count'], rules);
  const form = Number.isNaN(count) ? undefined : message[rules.plural.select(count)];
  return selectForm(language, form ?? message.other, params);
}
