// The words the conflict view (conflict-view.tsx) needs for one record type: each field's label,
// and how the fields that are not plain text read (a code list's label, a unit's name).
import { useI18n, type Translate } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';

/** How one field's value reads; fields without one are shown as stored. */
export type ValueFormats = Record<string, (value: unknown, t: Translate) => string>;

export function useConflictText(labels: Record<string, MessageKey>, formats: ValueFormats) {
  const { t, tMessage } = useI18n();
  return {
    label: (field: string) => tMessage(labels[field] ?? field),
    format: (field: string, value: unknown) =>
      Object.hasOwn(formats, field) ? formats[field]!(value, t) : undefined,
  };
}
