// The add / edit form of a unit. Duplicate codes and impossible moves come back from the
// repository and are shown on the field they concern.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { UNIT_KINDS } from '@/domain/code-lists';
import type { Unit } from '@/domain/entities';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { useSaveConflict } from '@/queries/save-conflict';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import type { Scope } from '@/queries/units';
import { Alert } from '@/ui/components';
import { ConflictNotice, ConflictView } from '@/ui/conflict-view';
import { DraftBanner } from '@/ui/draft-banner';
import { Field } from '@/ui/field';
import { draftFormKey, useFormDraft } from '@/ui/form-draft';
import { UnitKindFields } from '@/ui/unit-kind-fields';
import { FormActions } from '@/ui/form-actions';
import { UnitTreeOptions } from '@/ui/page-components';
import {
  addUnitDefaults,
  editUnitDefaults,
  suggestedChildKind,
  toUnitChanges,
  toUnitInput,
  unitFormSchema,
  useCreateUnit,
  useUpdateUnit,
  type UnitFormInput,
  type UnitFormValues,
} from './save-unit';
import { useUnitConflictText } from './unit-conflict';
import { unitErrorKey } from './unit-errors';

interface UnitFormProps {
  scope: Scope;
  /** The unit to edit; absent to add a new one. */
  unit?: Unit | undefined;
  /** Where a new unit goes by default. */
  defaultParent?: Unit | undefined;
  onSaved: (unit: Unit, notice: string) => void;
  onCancel: () => void;
}

export function UnitForm({ scope, unit, defaultParent, onSaved, onCancel }: UnitFormProps) {
  const { t, tMessage } = useI18n();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [failure, setFailure] = useState<string | null>(null);
  const editing = Boolean(unit);
  // The home unit stays where it is: its parent lies outside this installation's scope.
  const canMove = unit
    ? unit.parentId !== null && unit.id !== scope.homeUnit?.id
    : scope.allUnits.length > 0;
  const schema = useMemo(() => unitFormSchema(canMove), [canMove]);
  const form = useForm<UnitFormInput, unknown, UnitFormValues>({
    resolver: zodResolver(schema),
    defaultValues: unit ? editUnitDefaults(unit) : addUnitDefaults(defaultParent),
  });
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    getFieldState,
    formState: { errors, isSubmitting },
  } = form;
  const formDraft = useFormDraft(form, draftFormKey('unit', unit?.id));
  const errorMessage = useStorageErrorMessage();
  const conflictText = useUnitConflictText(scope);
  const versions = useSaveConflict(
    unit,
    (record, keepDirty) =>
      form.reset(editUnitDefaults(record), keepDirty ? { keepDefaultValues: true } : undefined),
    false,
  );

  useEffect(() => {
    setFocus(editing ? 'name' : 'code');
  }, [editing, setFocus]);

  const parentOptions = useMemo(() => {
    const own = unit ? subtreeIdsOf(scope.units, unit.id) : new Set<string>();
    return scope.tree.filter(
      ({ unit: candidate }) =>
        !own.has(candidate.id) && (!candidate.closedOn || candidate.id === unit?.parentId),
    );
  }, [scope, unit]);

  const byId = useMemo(() => new Map(scope.allUnits.map((u) => [u.id, u])), [scope.allUnits]);
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    versions.reset();
    try {
      const saved = unit
        ? await update.mutateAsync({
            id: unit.id,
            changes: toUnitChanges(values, canMove),
            base: versions.base,
          })
        : await create.mutateAsync(toUnitInput(values));
      formDraft.clear();
      onSaved(saved, t(unit ? 'units.done.saved' : 'units.done.added', { name: saved.name }));
    } catch (error) {
      if (versions.catchConflict(error)) return;
      const key = unitErrorKey('save', error);
      if (key === 'units.error.duplicateCode') {
        setError('code', { message: key }, { shouldFocus: true });
      } else if (key && canMove) {
        setError('parentId', { message: key }, { shouldFocus: true });
      } else {
        setFailure(key ? t(key) : errorMessage(error));
      }
    }
  });

  const parentField = register('parentId', {
    onChange: (event: { target: { value: string } }) => {
      // Follow the new parent with the usual kind, unless the user already chose one.
      if (!editing && !getFieldState('kind').isDirty) {
        setValue('kind', suggestedChildKind(byId.get(event.target.value)?.kind));
      }
    },
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <DraftBanner draft={formDraft} />
      {editing ? <p className="muted unit-panel__hint">{t('units.form.editHint')}</p> : null}
      {versions.view ? <ConflictView {...versions.view} {...conflictText} /> : null}
      <ConflictNotice notice={versions.notice} />
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="unit-form-grid">
        {canMove ? (
          <Field label={t('units.form.parent')} error={message(errors.parentId?.message)} required>
            <select {...parentField}>
              <option value="">{t('units.form.parentPlaceholder')}</option>
              <UnitTreeOptions tree={parentOptions} />
            </select>
          </Field>
        ) : null}
        <Field label={t('units.form.code')} error={message(errors.code?.message)} required>
          <input type="text" autoComplete="off" {...register('code')} />
        </Field>
        <Field label={t('units.form.name')} error={message(errors.name?.message)} required>
          <input
            type="text"
            autoComplete="off"
            placeholder={t('units.form.namePlaceholder')}
            {...register('name')}
          />
        </Field>
        <UnitKindFields
          kinds={UNIT_KINDS}
          labels={{
            kind: t('units.form.kind'),
            sector: t('units.form.sector'),
            sectorNone: t('units.form.sectorNone'),
          }}
          kind={register('kind')}
          sector={register('sector')}
          errors={{ kind: message(errors.kind?.message), sector: message(errors.sector?.message) }}
        />
        <Field label={t('units.form.openedOn')} error={message(errors.openedOn?.message)}>
          <input type="date" {...register('openedOn')} />
        </Field>
      </div>
      <FormActions
        submitLabel={t(editing ? 'units.form.submitEdit' : 'units.form.submitAdd')}
        busy={isSubmitting}
        draft={formDraft}
        onCancel={onCancel}
      />
    </form>
  );
}
