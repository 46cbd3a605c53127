// How the conflict view (src/ui/conflict-view.tsx) names the fields of a quota and of a member
// count and shows their values. Years are shown as years (2025), not as numbers (2.025).
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';
import { useConflictText } from '@/ui/conflict-text';

const TARGET_LABELS: Record<string, MessageKey> = {
  unitId: 'common.unit',
  fromYear: 'common.fromYear',
  toYear: 'common.toYear',
  admissions: 'targets.form.admissions',
  document: 'targets.form.document',
};

const MEMBER_COUNT_LABELS: Record<string, MessageKey> = {
  unitId: 'common.unit',
  year: 'common.year',
  total: 'targets.members.total',
};

/** Years are shown as years (2025), not as numbers (2.025). */
const asYear = (value: unknown) => String(value);

function useTargetsConflictText(scope: Scope, labels: Record<string, MessageKey>) {
  return useConflictText(labels, {
    unitId: (value) => scope.unitName(String(value)),
    fromYear: asYear,
    toYear: asYear,
    year: asYear,
  });
}

export function useTargetConflictText(scope: Scope) {
  return useTargetsConflictText(scope, TARGET_LABELS);
}

export function useMemberCountConflictText(scope: Scope) {
  return useTargetsConflictText(scope, MEMBER_COUNT_LABELS);
}
