// How the conflict view (src/ui/conflict-view.tsx) names a unit's fields and shows their values.
import type { UnitKind, UnitSector } from '@/domain/code-lists';
import { useI18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';

const LABELS: Record<string, MessageKey> = {
  code: 'units.form.code',
  name: 'units.form.name',
  kind: 'units.form.kind',
  sector: 'units.form.sector',
  parentId: 'units.form.parent',
  openedOn: 'units.form.openedOn',
};

export function useUnitConflictText(scope: Scope) {
  const { t, tMessage } = useI18n();
  return {
    label: (field: string) => tMessage(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'parentId') return scope.unitName(String(value));
      if (field === 'kind') return t(`unitKind.${value as UnitKind}`);
      if (field === 'sector') return t(`unitSector.${value as UnitSector}`);
      return undefined;
    },
  };
}
