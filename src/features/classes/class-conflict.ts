// How the conflict view (src/ui/conflict-view.tsx) names a class's fields and shows their values.
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';

const LABELS: Record<string, string> = {
  title: 'classes.field.title',
  kind: 'classes.field.kind',
  unitId: 'classes.field.unit',
  startOn: 'classes.field.startOn',
  endOn: 'classes.field.endOn',
  attendeeCount: 'classes.field.attendeeCount',
};

export function useClassConflictText(scope: Scope) {
  const { t } = useI18n();
  return {
    label: (field: string) => t(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'unitId') return scope.unitName(String(value));
      if (field === 'kind') return t(`classKind.${String(value)}`);
      return undefined;
    },
  };
}
