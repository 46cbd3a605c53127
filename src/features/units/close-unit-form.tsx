// Closing a unit: the date, and the successor that takes over its figures.
import { useMemo, useState } from 'react';
import type { Unit } from '@/domain/entities';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import type { Scope } from '@/queries/units';
import { Alert } from '@/ui/components';
import { DraftBanner } from '@/ui/draft-banner';
import { Field } from '@/ui/field';
import { ClosedOnField, useClosingForm } from '@/ui/closing-form';
import { draftFormKey } from '@/ui/form-draft';
import { FormActions } from '@/ui/form-actions';
import { UnitTreeOptions } from '@/ui/page-components';
import { closeUnitSchema, useCloseUnit } from './close-unit';
import { unitErrorKey } from './unit-errors';

interface CloseUnitFormProps {
  scope: Scope;
  unit: Unit;
  onClosed: (unit: Unit, notice: string) => void;
  onCancel: () => void;
}

export function CloseUnitForm({ scope, unit, onClosed, onCancel }: CloseUnitFormProps) {
  const { t } = useI18n();
  const close = useCloseUnit();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => closeUnitSchema(unit.openedOn), [unit.openedOn]);
  const { form, draft: formDraft } = useClosingForm(schema, draftFormKey('unit-close', unit.id));
  const {
    register,
    handleSubmit,
    formState: { isSubmitting },
  } = form;

  const openChildren = scope.units.filter(
    (child) => child.parentId === unit.id && !child.closedOn,
  ).length;
  const successors = useMemo(() => {
    const own = subtreeIdsOf(scope.units, unit.id);
    return scope.tree.filter(({ unit: option }) => !own.has(option.id) && !option.closedOn);
  }, [scope, unit.id]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const closed = await close.mutateAsync({ id: unit.id, values });
      formDraft.clear();
      onClosed(closed, t('units.done.closed', { name: closed.name }));
    } catch (error) {
      const key = unitErrorKey('close', error);
      setFailure(key ? t(key) : storageErrorMessage(t, error, 'save'));
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <DraftBanner draft={formDraft} />
      <p className="unit-panel__hint">{t('units.close.explain')}</p>
      {openChildren > 0 ? (
        <Alert tone="warn">{t('units.close.openChildren', { count: openChildren })}</Alert>
      ) : null}
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="unit-form-grid">
        <ClosedOnField form={form} label={t('units.close.closedOn')} />
        <Field label={t('units.close.successor')} hint={t('units.close.successorHint')}>
          <select {...register('successorId')}>
            <option value="">{t('units.close.successorNone')}</option>
            <UnitTreeOptions tree={successors} />
          </select>
        </Field>
      </div>
      <FormActions
        submitLabel={t('units.close.submit')}
        busy={isSubmitting}
        draft={formDraft}
        onCancel={onCancel}
      />
    </form>
  );
}
