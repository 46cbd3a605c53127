// How the merge screen words a value of a person's field and a failed write.
import { MergeError } from '@/db/merge-repo';
import type { Person } from '@/domain/entities';
import { MERGE_FIELDS, fieldValue, type MergeField } from '@/domain/person-merge';
import type { I18n } from '@/i18n/i18n';
import { isMessageKey, type MessageKey } from '@/i18n/messages';
import { storageErrorMessage } from '@/queries/storage-error-message';

export function fieldLabel(t: I18n['t'], field: MergeField): string {
  return field.startsWith('milestones.')
    ? t(`milestone.${field.slice('milestones.'.length)}` as MessageKey)
    : t(`merge.field.${field}` as MessageKey);
}

export interface ValueContext {
  t: I18n['t'];
  date: I18n['date'];
  unitName: (id: string) => string;
  /** Class titles and place names by id. */
  linkNames: ReadonlyMap<string, string>;
}

/** The value of a field as the screen shows it; '' for an empty one. */
export function valueText(context: ValueContext, person: Person, field: MergeField): string {
  const { t, date } = context;
  const value = fieldValue(person, field);
  if (field === 'religion' && value === null) return t('merge.noReligion');
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const text = String(value);
  if (field === 'birthDate' || field.startsWith('milestones.')) return date(text);
  switch (field) {
    case 'gender':
      return t(`gender.${text}` as MessageKey);
    case 'occupation':
      return t(`occupation.${text}` as MessageKey);
    case 'workplaceSector':
      return t(`workplaceSector.${text}` as MessageKey);
    case 'education':
      return t(`education.${text}` as MessageKey);
    case 'unitId':
      return context.unitName(text);
    case 'awarenessClassId':
    case 'newMemberClassId':
    case 'placeId':
      return context.linkNames.get(text) ?? text;
    default:
      return text;
  }
}

/** A failed merge, undo or mark: what happened, and that nothing was written. */
export function mergeErrorText(t: I18n['t'], error: unknown): string {
  if (error instanceof MergeError) return t(`merge.error.${error.code}`);
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] } | null)
    ?.issues?.[0];
  if (error instanceof Error && issue) {
    // The merged record broke the exchange contract: name the field and the rule.
    const path = issue.path.map(String).join('.');
    const field = (MERGE_FIELDS as readonly string[]).includes(path)
      ? fieldLabel(t, path as MergeField)
      : path;
    const rule = isMessageKey(issue.message) ? t(issue.message) : issue.message;
    return t('merge.error.other', { message: `${field}: ${rule}` });
  }
  return storageErrorMessage(t, error, 'save');
}
