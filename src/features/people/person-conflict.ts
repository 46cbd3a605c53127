// How the conflict view (src/ui/conflict-view.tsx) names a person's fields and shows their
// values: the form's labels, code lists by their labels, the unit by its name.
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';

const LABELS: Record<string, string> = {
  fullName: 'people.form.fullName',
  gender: 'people.form.gender',
  birthDate: 'people.form.birthDate',
  ethnicity: 'people.form.ethnicity',
  religion: 'people.form.religion',
  nationalId: 'people.form.nationalId',
  youthUnion: 'people.form.youthUnion',
  unitId: 'common.unit',
  occupation: 'people.form.occupation',
  workplaceSector: 'people.form.workplaceSector',
  education: 'people.form.education',
  decisionNo: 'people.form.decisionNo',
  awarenessClassId: 'classKind.awareness',
  newMemberClassId: 'classKind.new_member',
};

/** Fields whose values are codes with a label: the i18n prefix of the label. */
const CODE_LISTS: Record<string, string> = {
  gender: 'gender',
  occupation: 'occupation',
  workplaceSector: 'workplaceSector',
  education: 'education',
};

export function usePersonConflictText(scope: Scope) {
  const { t } = useI18n();
  return {
    label: (field: string) =>
      field.startsWith('milestones.')
        ? t(`milestone.${field.slice('milestones.'.length)}`)
        : t(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'unitId') return scope.unitName(String(value));
      const list = CODE_LISTS[field];
      return list ? t(`${list}.${String(value)}`) : undefined;
    },
  };
}
