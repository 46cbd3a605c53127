// How the conflict view (src/ui/conflict-view.tsx) names a unit's fields and shows their values.
import type { UnitKind, UnitSector } from '@/domain/code-lists';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';
import { useConflictText } from '@/ui/conflict-text';

const LABELS: Record<string, MessageKey> = {
  code: 'units.form.code',
  name: 'units.form.name',
  kind: 'units.form.kind',
  sector: 'units.form.sector',
  parentId: 'units.form.parent',
  openedOn: 'units.form.openedOn',
};

export function useUnitConflictText(scope: Scope) {
  return useConflictText(LABELS, {
    parentId: (value) => scope.unitName(String(value)),
    kind: (value, t) => t(`unitKind.${value as UnitKind}`),
    sector: (value, t) => t(`unitSector.${value as UnitSector}`),
  });
}
