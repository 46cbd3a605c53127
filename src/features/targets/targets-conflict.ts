// How the conflict view (src/ui/conflict-view.tsx) names the fields of a quota and of a member
// count and shows their values. Years are shown as years (2025), not as numbers (2.025).
import { useI18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import type { Scope } from '@/queries/units';

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

const YEAR_FIELDS = new Set(['fromYear', 'toYear', 'year']);

function useConflictText(scope: Scope, labels: Record<string, MessageKey>) {
  const { tMessage } = useI18n();
  return {
    label: (field: string) => tMessage(labels[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'unitId') return scope.unitName(String(value));
      if (YEAR_FIELDS.has(field)) return String(value);
      return undefined;
    },
  };
}

export function useTargetConflictText(scope: Scope) {
  return useConflictText(scope, TARGET_LABELS);
}

export function useMemberCountConflictText(scope: Scope) {
  return useConflictText(scope, MEMBER_COUNT_LABELS);
}
