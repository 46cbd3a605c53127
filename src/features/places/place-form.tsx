// Add or edit a place: name, kind, code (tax code, school code), an enterprise's sector, the unit
// in charge, the opening day. Every rule is shown under its field; unsaved input is kept as a
// draft; another tab's save meanwhile is merged, or shown side by side (the conflict view).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { ENTERPRISE_SECTORS, PLACE_KINDS } from '@/domain/code-lists';
import type { Place } from '@/domain/entities';
import { PlaceRuleError } from '@/db/places-repo';
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
import { Options, UnitTreeOptions } from '@/ui/page-components';
import { usePlaceConflictText } from './place-conflict';
import {
  placeFormSchema,
  toPlaceFormInput,
  useSavePlace,
  type PlaceFormInput,
  type PlaceFormValues,
} from './save-place';

interface PlaceFormProps {
  scope: Scope;
  /** The place edited; undefined for a new one. */
  existing: Place | undefined;
  defaults: PlaceFormInput;
  /** Every place of the scope (for the duplicate name and code rules). */
  places: readonly Place[];
  onSaved: (saved: Place) => void;
  onCancel: () => void;
}

export function PlaceForm({
  scope,
  existing,
  defaults,
  places,
  onSaved,
  onCancel,
}: PlaceFormProps) {
  const { t, tMessage } = useI18n();
  const save = useSavePlace();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () => placeFormSchema(places.filter((place) => place.id !== existing?.id)),
    [places, existing?.id],
  );
  const form = useForm<PlaceFormInput, unknown, PlaceFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });
  const { register, handleSubmit, watch, setFocus, formState } = form;
  const { errors, submitCount, isSubmitting } = formState;
  const formDraft = useFormDraft(form, draftFormKey('place', existing?.id), {
    baseUpdatedAt: existing?.updatedAt,
  });
  const errorMessage = useStorageErrorMessage();
  const conflictText = usePlaceConflictText(scope);
  const versions = useSaveConflict<Place>(existing, (record, keepDirty) =>
    form.reset(toPlaceFormInput(record), keepDirty ? { keepDefaultValues: true } : undefined),
  );
  const kind = watch('kind');
  const unitId = watch('unitId');

  useEffect(() => {
    setFocus('name');
  }, [setFocus]);

  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);
  const errorCount = Object.keys(errors).length;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    versions.reset();
    try {
      const saved = await save.mutateAsync({
        existing: versions.asNew ? null : (existing ?? null),
        values,
        base: versions.base,
      });
      formDraft.clear();
      onSaved(saved);
    } catch (error) {
      if (versions.catchConflict(error)) return;
      setFailure(
        error instanceof PlaceRuleError ? t(`places.error.${error.code}`) : errorMessage(error),
      );
    }
  });

  const units = scope.tree.filter(({ unit }) => !unit.closedOn || unit.id === unitId);

  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <h2>
        {existing ? t('places.form.editTitle', { name: existing.name }) : t('places.form.newTitle')}
      </h2>
      <DraftBanner draft={formDraft} />
      {submitCount > 0 && errorCount > 0 ? (
        <Alert tone="error">{t('places.form.hasErrors', { count: errorCount })}</Alert>
      ) : null}
      {versions.view ? <ConflictView {...versions.view} {...conflictText} /> : null}
      <ConflictNotice notice={versions.notice} />
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <PlaceFields
        register={register}
        errors={errors}
        units={units}
        kind={kind}
        message={message}
      />
      <FormActions
        submitLabel={t('places.form.save')}
        busy={save.isPending}
        disabled={isSubmitting || save.isPending}
        draft={formDraft}
        onCancel={onCancel}
      />
    </form>
  );
}

interface PlaceFieldsProps {
  register: UseFormRegister<PlaceFormInput>;
  errors: FieldErrors<PlaceFormInput>;
  /** The units a place may belong to (the open ones, and the place's own). */
  units: Scope['tree'];
  kind: PlaceFormInput['kind'];
  /** An error's text from its message key. */
  message: (key: string | undefined) => string | undefined;
}

/** The place's own fields; the code's label and hint follow the kind. */
function PlaceFields({ register, errors, units, kind, message }: PlaceFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="place-form__grid">
      <div className="place-form__name">
        <Field label={t('places.form.name')} error={message(errors.name?.message)} required>
          <input
            type="text"
            autoComplete="off"
            placeholder={t('places.form.namePlaceholder')}
            {...register('name')}
          />
        </Field>
      </div>
      <Field label={t('places.form.kind')} error={message(errors.kind?.message)} required>
        <select {...register('kind')}>
          <Options values={PLACE_KINDS} label={(value) => t(`places.kindOption.${value}`)} />
        </select>
      </Field>
      <Field
        label={t(`places.form.code.${kind}`)}
        error={message(errors.code?.message)}
        hint={t(`places.form.codeHint.${kind}`)}
      >
        <input
          type="text"
          autoComplete="off"
          inputMode={kind === 'enterprise' ? 'numeric' : undefined}
          {...register('code')}
        />
      </Field>
      {kind === 'enterprise' ? (
        <Field
          label={t('places.form.sector')}
          error={message(errors.enterpriseSector?.message)}
          required
        >
          <select {...register('enterpriseSector')}>
            <option value="">{t('places.form.sectorChoose')}</option>
            <Options values={ENTERPRISE_SECTORS} label={(value) => t(`places.sector.${value}`)} />
          </select>
        </Field>
      ) : null}
      <Field
        label={t('places.form.unit')}
        error={message(errors.unitId?.message)}
        hint={t('places.form.unitHint')}
        required
      >
        <select {...register('unitId')}>
          <option value="">{t('places.form.unitChoose')}</option>
          <UnitTreeOptions
            tree={units}
            note={(unit) => (unit.closedOn ? ` (${t('places.form.unitClosed')})` : '')}
          />
        </select>
      </Field>
      <Field
        label={t('places.form.openedOn')}
        error={message(errors.openedOn?.message)}
        hint={t('places.form.openedOnHint')}
      >
        <input type="date" {...register('openedOn')} />
      </Field>
    </div>
  );
}
