// How the conflict view (src/ui/conflict-view.tsx) names a class's fields and shows their values.
import type { ClassKind } from '@/domain/code-lists';
import { useI18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';

const LABELS: Record<string, MessageKey> = {
  title: 'classes.field.title',
  kind: 'classes.field.kind',
  unitId: 'classes.field.unit',
  startOn: 'classes.field.startOn',
  endOn: 'classes.field.endOn',
  attendeeCount: 'classes.field.attendeeCount',
};

export function useClassConflictText(scope: Scope) {
  const { t, tMessage } = useI18n();
  return {
    label: (field: string) => tMessage(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'unitId') return scope.unitName(String(value));
      if (field === 'kind') return t(`classKind.${value as ClassKind}`);
      return undefined;
    },
  };
}
