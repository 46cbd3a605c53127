// How the conflict view (src/ui/conflict-view.tsx) names a unit's fields and shows their values.
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';

const LABELS: Record<string, string> = {
  code: 'units.form.code',
  name: 'units.form.name',
  kind: 'units.form.kind',
  sector: 'units.form.sector',
  parentId: 'units.form.parent',
  openedOn: 'units.form.openedOn',
};

export function useUnitConflictText(scope: Scope) {
  const { t } = useI18n();
  return {
    label: (field: string) => t(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'parentId') return scope.unitName(String(value));
      if (field === 'kind') return t(`unitKind.${String(value)}`);
      if (field === 'sector') return t(`unitSector.${String(value)}`);
      return undefined;
    },
  };
}
