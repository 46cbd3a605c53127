// How the conflict view (src/ui/conflict-view.tsx) names a class's fields and shows their values.
import type { ClassKind } from '@/domain/code-lists';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';
import { useConflictText } from '@/ui/conflict-text';

const LABELS: Record<string, MessageKey> = {
  title: 'classes.field.title',
  kind: 'classes.field.kind',
  unitId: 'classes.field.unit',
  startOn: 'classes.field.startOn',
  endOn: 'classes.field.endOn',
  attendeeCount: 'classes.field.attendeeCount',
};

export function useClassConflictText(scope: Scope) {
  return useConflictText(LABELS, {
    unitId: (value) => scope.unitName(String(value)),
    kind: (value, t) => t(`classKind.${value as ClassKind}`),
  });
}
