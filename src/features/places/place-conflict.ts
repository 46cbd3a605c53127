// How the conflict view (src/ui/conflict-view.tsx) names a place's fields and shows their values.
import type { EnterpriseSector, PlaceKind } from '@/domain/code-lists';
import { useI18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';

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
  const { t, tMessage } = useI18n();
  return {
    label: (field: string) => tMessage(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'unitId') return scope.unitName(String(value));
      if (field === 'kind') return t(`places.kind.${value as PlaceKind}`);
      if (field === 'enterpriseSector') return t(`places.sector.${value as EnterpriseSector}`);
      return undefined;
    },
  };
}
