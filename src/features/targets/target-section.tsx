// Quotas (chỉ tiêu kết nạp) grouped by span, each with the admissions made so far in its span
// by its unit's subtree; and the form to add or edit one.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Target } from '@/domain/entities';
import { targetProgress } from '@/domain/quota';
import { TargetRuleError } from '@/db/targets-repo';
import type { PersonRow } from '@/db/schema';
import { useI18n } from '@/i18n/i18n';
import { useSaveConflict } from '@/queries/save-conflict';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import type { Scope } from '@/queries/units';
import { Alert } from '@/ui/components';
import { ConflictNotice, ConflictView } from '@/ui/conflict-view';
import { DraftBanner } from '@/ui/draft-banner';
import { Field } from '@/ui/field';
import { draftFormKey, useFormDraft } from '@/ui/form-draft';
import {
  targetFormDefaults,
  targetFormSchema,
  useDeleteTarget,
  useSaveTarget,
  type TargetFormInput,
  type TargetFormValues,
} from './save-target';
import { EditableSection } from './editable-section';
import { useTargetConflictText } from './targets-conflict';
import { UnitSelect } from './unit-select';

type Editing = { id: string | null } | null;
export type Notify = (tone: 'ok' | 'error', text: string) => void;

interface SectionProps {
  scope: Scope;
  targets: readonly Target[];
  people: readonly PersonRow[];
  year: number;
  notify: Notify;
}

/** "giai đoạn 2023–2025" / "năm 2026" inside a sentence; capitalised as a heading. */
export function spanLabel(
  t: (key: string, params?: Record<string, string | number>) => string,
  target: Pick<Target, 'fromYear' | 'toYear'>,
  heading = false,
) {
  const suffix = heading ? '' : 'Inline';
  return target.fromYear === target.toYear
    ? t(`targets.span.single${suffix}`, { year: target.fromYear })
    : t(`targets.span.range${suffix}`, { from: target.fromYear, to: target.toYear });
}

export function TargetSection({ scope, targets, people, year, notify }: SectionProps) {
  const { t, number, percent } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteTarget();
  const order = useMemo(
    () => new Map(scope.tree.map((node, index) => [node.unit.id, index])),
    [scope.tree],
  );
  const groups = useMemo(() => {
    const bySpan = new Map<string, Target[]>();
    for (const target of targets) {
      const key = `${target.fromYear}-${target.toYear}`;
      bySpan.set(key, [...(bySpan.get(key) ?? []), target]);
    }
    return [...bySpan.values()]
      .map((list) => list.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0)))
      .sort((a, b) => b[0]!.fromYear - a[0]!.fromYear || b[0]!.toYear - a[0]!.toYear);
  }, [targets, order]);

  const onDelete = async (target: Target) => {
    const span = spanLabel(t, target);
    const unit = scope.unitName(target.unitId);
    if (!window.confirm(t('targets.delete.confirm', { unit, span }))) return;
    try {
      await remove.mutateAsync(target.id);
      notify('ok', t('targets.delete.done', { unit, span }));
    } catch (error) {
      notify('error', t('common.storageError', { message: (error as Error).message }));
    }
  };

  return (
    <EditableSection
      headingId="quotas-heading"
      heading={t('targets.quotas.heading')}
      intro={t('targets.quotas.intro')}
      addLabel={t('targets.quotas.add')}
      emptyTitle={t('targets.quotas.emptyTitle')}
      emptyBody={t('targets.quotas.emptyBody')}
      isEmpty={targets.length === 0}
      onAdd={() => setEditing({ id: null })}
      form={
        editing !== null ? (
          <TargetForm
            key={editing.id ?? 'new'}
            scope={scope}
            targets={targets}
            existing={targets.find((target) => target.id === editing.id)}
            year={year}
            onDone={(text) => {
              setEditing(null);
              if (text) notify('ok', text);
            }}
          />
        ) : null
      }
    >
      {groups.map((group) => {
        const first = group[0]!;
        const headingId = `span-${first.fromYear}-${first.toYear}`;
        return (
          <div key={headingId} className="span-group">
            <h3 id={headingId}>{spanLabel(t, first, true)}</h3>
            <table className="table targets-table quota-table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('common.unit')}</th>
                  <th scope="col" className="num">
                    {t('targets.col.quota')}
                  </th>
                  <th scope="col" className="num">
                    {t('targets.col.admitted')}
                  </th>
                  <th scope="col">{t('targets.col.progress')}</th>
                  <th scope="col">{t('targets.col.document')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.map((target) => {
                  const progress = targetProgress(target, scope.allUnits, people);
                  const unit = scope.unitName(target.unitId);
                  return (
                    <tr key={target.id}>
                      <th scope="row">{unit}</th>
                      <td className="num">{number(progress.quota)}</td>
                      <td className="num">{number(progress.admitted)}</td>
                      <td>
                        <div className="progress-cell">
                          <span className="progress-cell__value">{percent(progress.ratio)}</span>
                          {progress.ratio !== null ? (
                            <progress
                              className="quota-progress"
                              max={1}
                              value={Math.min(progress.ratio, 1)}
                              aria-label={t('targets.progressLabel', {
                                unit,
                                span: spanLabel(t, target),
                              })}
                            />
                          ) : null}
                        </div>
                      </td>
                      <td>{target.document ?? <span className="muted">—</span>}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setEditing({ id: target.id })}
                          aria-label={t('targets.quotas.editNamed', {
                            unit,
                            span: spanLabel(t, target),
                          })}
                        >
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => void onDelete(target)}
                          aria-label={t('targets.quotas.deleteNamed', {
                            unit,
                            span: spanLabel(t, target),
                          })}
                        >
                          {t('common.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </EditableSection>
  );
}

function TargetForm({
  scope,
  targets,
  existing,
  year,
  onDone,
}: {
  scope: Scope;
  targets: readonly Target[];
  existing: Target | undefined;
  year: number;
  onDone: (notice: string | null) => void;
}) {
  const { t, number } = useI18n();
  const save = useSaveTarget();
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useForm<TargetFormInput, unknown, TargetFormValues>({
    resolver: zodResolver(targetFormSchema),
    defaultValues: targetFormDefaults(existing, scope.homeUnit?.id ?? '', year),
  });
  const { register, handleSubmit, formState, setFocus, watch } = form;
  const formDraft = useFormDraft(form, draftFormKey('target', existing?.id));
  const errorMessage = useStorageErrorMessage();
  const conflictText = useTargetConflictText(scope);
  const versions = useSaveConflict(existing, (record, keepDirty) =>
    form.reset(
      targetFormDefaults(record, scope.homeUnit?.id ?? '', year),
      keepDirty ? { keepDefaultValues: true } : undefined,
    ),
  );
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    versions.reset();
    try {
      const saved = await save.mutateAsync({
        // The loaded version's id: the record may have gone from the list (deleted in another tab).
        id: versions.asNew ? null : (versions.base?.id ?? null),
        values,
        base: versions.base,
      });
      formDraft.clear();
      onDone(
        t('targets.quotas.saved', {
          unit: scope.unitName(saved.unitId),
          span: spanLabel(t, saved),
          count: number(saved.admissions),
        }),
      );
    } catch (error) {
      if (versions.catchConflict(error)) return;
      if (error instanceof TargetRuleError) {
        const clash = targets.find(
          (other) =>
            other.id !== existing?.id &&
            other.unitId === values.unitId &&
            other.fromYear <= values.toYear &&
            values.fromYear <= other.toYear,
        );
        setSaveError(
          t('targets.error.overlappingSpan', {
            unit: scope.unitName(values.unitId),
            span: clash ? spanLabel(t, clash) : '',
          }),
        );
        setFocus('fromYear');
      } else {
        setSaveError(errorMessage(error));
      }
    }
  });

  return (
    <form
      className="form inline-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="target-form-heading"
    >
      <h3 id="target-form-heading">
        {existing ? t('targets.quotas.editTitle') : t('targets.quotas.newTitle')}
      </h3>
      <DraftBanner draft={formDraft} />
      {versions.view ? <ConflictView {...versions.view} {...conflictText} /> : null}
      <ConflictNotice notice={versions.notice} />
      {saveError ? <Alert tone="error">{saveError}</Alert> : null}
      <div className="form-grid">
        <Field
          label={t('common.unit')}
          error={errors.unitId?.message && t(errors.unitId.message)}
          required
        >
          <UnitSelect scope={scope} current={watch('unitId')} {...register('unitId')} />
        </Field>
        <Field
          label={t('common.fromYear')}
          error={errors.fromYear?.message && t(errors.fromYear.message)}
          required
        >
          <input type="number" inputMode="numeric" {...register('fromYear')} />
        </Field>
        <Field
          label={t('common.toYear')}
          error={errors.toYear?.message && t(errors.toYear.message)}
          hint={t('targets.form.toYearHint')}
        >
          <input type="number" inputMode="numeric" {...register('toYear')} />
        </Field>
        <Field
          label={t('targets.form.admissions')}
          error={errors.admissions?.message && t(errors.admissions.message)}
          required
        >
          <input type="number" inputMode="numeric" min={0} {...register('admissions')} />
        </Field>
        <div className="inline-form__wide">
          <Field label={t('targets.form.document')} hint={t('targets.form.documentHint')}>
            <input type="text" {...register('document')} />
          </Field>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('targets.quotas.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            formDraft.clear();
            onDone(null);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
