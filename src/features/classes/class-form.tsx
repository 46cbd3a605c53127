// Create or edit a class and pick its attendees. The same zod schema validates here and the
// repository refuses the same rules again, so a bad save never half-happens.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { CLASS_KINDS } from '@/domain/code-lists';
import type { TrainingClass } from '@/domain/entities';
import { ClassRuleError, type ClassVersion } from '@/db/classes-repo';
import type { PersonRow } from '@/db/rows';
import { useI18n } from '@/i18n/i18n';
import { useSaveConflict } from '@/queries/save-conflict';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import type { Scope } from '@/queries/units';
import { Alert } from '@/ui/components';
import { ConflictNotice, ConflictView } from '@/ui/conflict-view';
import { DraftBanner } from '@/ui/draft-banner';
import { Field } from '@/ui/field';
import { draftFormKey, useFormDraft } from '@/ui/form-draft';
import { FormActions } from '@/ui/form-actions';
import { Options } from '@/ui/page-components';
import { AttendeePicker } from './attendee-picker';
import { usePickerPeople } from './picker-people';
import { useClassConflictText } from './class-conflict';
import {
  classFormDefaults,
  classFormSchema,
  useSaveClass,
  type ClassFormInput,
  type ClassFormValues,
} from './save-class';

interface ClassFormProps {
  scope: Scope;
  existing: TrainingClass | undefined;
  /** The people the class names now (an existing class). */
  attendees: readonly PersonRow[];
  classes: readonly TrainingClass[];
  onSaved: (saved: TrainingClass, picked: number) => void;
  onCancel: () => void;
}

export function ClassForm({
  scope,
  existing,
  attendees,
  classes,
  onSaved,
  onCancel,
}: ClassFormProps) {
  const { t, tMessage, number } = useI18n();
  const save = useSaveClass();
  const [saveError, setSaveError] = useState<string | null>(null);
  const attendeeIds = useMemo(() => attendees.map((row) => row.id), [attendees]);
  const form = useForm<ClassFormInput, unknown, ClassFormValues>({
    resolver: zodResolver(classFormSchema),
    defaultValues: classFormDefaults(existing, attendeeIds, scope.homeUnit?.id ?? ''),
  });
  const { register, handleSubmit, control, watch, formState } = form;
  const formDraft = useFormDraft(form, draftFormKey('class', existing?.id));
  const errorMessage = useStorageErrorMessage();
  const conflictText = useClassConflictText(scope);
  const versions = useSaveConflict<ClassVersion>(
    existing && { ...existing, attendeeIds: [...attendeeIds] },
    (record, keepDirty) =>
      form.reset(
        classFormDefaults(record, record.attendeeIds, scope.homeUnit?.id ?? ''),
        keepDirty ? { keepDefaultValues: true } : undefined,
      ),
  );
  const errors = formState.errors;
  const kind = watch('kind');
  const pickedIds = watch('pickedIds');
  const unitId = watch('unitId');
  const titles = new Map(classes.map((item) => [item.id, item.title]));
  const picker = usePickerPeople(scope, unitId, attendees, pickedIds);

  const message = (key: string | undefined) =>
    key ? tMessage(key, { count: number(pickedIds.length) }) : undefined;

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    versions.reset();
    try {
      const saved = await save.mutateAsync({
        id: versions.asNew ? null : (existing?.id ?? null),
        values,
        base: versions.base,
      });
      formDraft.clear();
      onSaved(saved, values.pickedIds.length);
    } catch (error) {
      if (versions.catchConflict(error)) return;
      setSaveError(
        error instanceof ClassRuleError
          ? t(`classes.error.${error.code}`, { count: number(values.pickedIds.length) })
          : errorMessage(error),
      );
    }
  });

  const units = scope.tree.filter((node) => !node.unit.closedOn || node.unit.id === unitId);

  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <h2>{existing ? t('classes.form.editTitle') : t('classes.form.newTitle')}</h2>
      <DraftBanner draft={formDraft} />
      {versions.view ? <ConflictView {...versions.view} {...conflictText} /> : null}
      <ConflictNotice notice={versions.notice} />
      {saveError ? <Alert tone="error">{saveError}</Alert> : null}
      <ClassFields
        register={register}
        errors={errors}
        units={units}
        kind={kind}
        pickedCount={pickedIds.length}
        message={message}
      />
      <Controller
        control={control}
        name="pickedIds"
        render={({ field }) => (
          <AttendeePicker
            people={picker.people}
            tooMany={picker.tooMany}
            loading={picker.isLoading}
            kind={kind}
            classId={existing?.id ?? null}
            value={field.value}
            onChange={field.onChange}
            unitName={scope.unitName}
            classTitle={(id) => titles.get(id)}
            error={message(errors.pickedIds?.message)}
          />
        )}
      />
      <FormActions
        submitLabel={t('classes.form.save')}
        busy={save.isPending}
        draft={formDraft}
        onCancel={onCancel}
      />
    </form>
  );
}

interface ClassFieldsProps {
  register: UseFormRegister<ClassFormInput>;
  errors: FieldErrors<ClassFormInput>;
  /** The units a class may belong to (the open ones, and the class's own). */
  units: Scope['tree'];
  kind: ClassFormInput['kind'];
  pickedCount: number;
  /** An error's text from its message key. */
  message: (key: string | undefined) => string | undefined;
}

/** The class's own fields: title, kind, unit, dates and the number who attended. */
function ClassFields({ register, errors, units, kind, pickedCount, message }: ClassFieldsProps) {
  const { t, number } = useI18n();
  return (
    <div className="class-form__grid">
      <div className="class-form__title">
        <Field label={t('classes.field.title')} error={message(errors.title?.message)} required>
          <input
            type="text"
            placeholder={t('classes.field.titlePlaceholder')}
            {...register('title')}
          />
        </Field>
      </div>
      <Field label={t('classes.field.kind')} error={message(errors.kind?.message)} required>
        <select {...register('kind')}>
          <Options values={CLASS_KINDS} label={(value) => t(`classKind.${value}`)} />
        </select>
      </Field>
      <Field label={t('classes.field.unit')} error={message(errors.unitId?.message)} required>
        <select {...register('unitId')}>
          <option value="">{t('classes.field.unitChoose')}</option>
          {units.map(({ unit, depth }) => (
            <option key={unit.id} value={unit.id}>
              {'\u00a0\u00a0'.repeat(depth)}
              {unit.name}
              {unit.closedOn ? ` (${t('classes.field.unitClosed')})` : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('classes.field.startOn')} error={message(errors.startOn?.message)} required>
        <input type="date" {...register('startOn')} />
      </Field>
      <Field label={t('classes.field.endOn')} error={message(errors.endOn?.message)} required>
        <input type="date" {...register('endOn')} />
      </Field>
      <Field
        label={t('classes.field.attendeeCount')}
        error={message(errors.attendeeCount?.message)}
        hint={
          kind === 'other'
            ? t('classes.field.attendeeCountHintOther')
            : t('classes.field.attendeeCountHint', { count: number(pickedCount) })
        }
        required
      >
        <input type="number" inputMode="numeric" min={0} step={1} {...register('attendeeCount')} />
      </Field>
    </div>
  );
}
