// How the conflict view (src/ui/conflict-view.tsx) names a person's fields and shows their
// values: the form's labels, code lists by their labels, the unit by its name.
import type {
  EducationLevel,
  Gender,
  MilestoneKey,
  Occupation,
  WorkplaceSector,
} from '@/domain/code-lists';
import { useI18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import type { Place } from '@/domain/entities';
import type { Scope } from '@/queries/units';

const LABELS: Record<string, MessageKey> = {
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
  placeId: 'places.person.field',
};

/** Fields whose values are codes with a label: the label's key (a stored value is a valid code). */
const CODE_LABELS: Record<string, (code: string) => MessageKey> = {
  gender: (code) => `gender.${code as Gender}`,
  occupation: (code) => `occupation.${code as Occupation}`,
  workplaceSector: (code) => `workplaceSector.${code as WorkplaceSector}`,
  education: (code) => `education.${code as EducationLevel}`,
};

export function usePersonConflictText(scope: Scope, places: readonly Place[] = []) {
  const { t, tMessage } = useI18n();
  return {
    label: (field: string) =>
      field.startsWith('milestones.')
        ? t(`milestone.${field.slice('milestones.'.length) as MilestoneKey}`)
        : tMessage(LABELS[field] ?? field),
    format: (field: string, value: unknown) => {
      if (field === 'unitId') return scope.unitName(String(value));
      if (field === 'placeId') return places.find((place) => place.id === value)?.name;
      const label = CODE_LABELS[field];
      return label ? t(label(String(value))) : undefined;
    },
  };
}
