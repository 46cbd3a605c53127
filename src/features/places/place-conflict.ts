// How the conflict view (src/ui/conflict-view.tsx) names a place's fields and shows their values.
import type { EnterpriseSector, PlaceKind } from '@/domain/code-lists';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';
import { useConflictText } from '@/ui/conflict-text';

const LABELS: Record<string, MessageKey> = {
  name: 'places.form.name',
  kind: 'places.form.kind',
  code: 'places.col.code',
  enterpriseSector: 'places.form.sector',
  unitId: 'places.form.unit',
  openedOn: 'places.form.openedOn',
  closedOn: 'places.close.closedOn',
  successorId: 'places.close.successor',
};

export function usePlaceConflictText(scope: Scope) {
  return useConflictText(LABELS, {
    unitId: (value) => scope.unitName(String(value)),
    kind: (value, t) => t(`places.kind.${value as PlaceKind}`),
    enterpriseSector: (value, t) => t(`places.sector.${value as EnterpriseSector}`),
  });
}
