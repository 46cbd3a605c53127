// Party members of each unit at the start of a year, with the year's admissions and the
// admission rate they give (the province aims at 3–4 %).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MemberCount } from '@/domain/entities';
import { admissionRate, admissionsInSpan } from '@/domain/quota';
import { subtreeIdsOf } from '@/domain/unit-tree';
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
  memberCountFormDefaults,
  memberCountFormSchema,
  useDeleteMemberCount,
  useSaveMemberCount,
  type MemberCountFormInput,
  type MemberCountFormValues,
} from './save-member-count';
import type { Notify } from './target-section';
import { EditableSection } from './editable-section';
import { useMemberCountConflictText } from './targets-conflict';
import { UnitSelect } from './unit-select';

type Editing = { id: string | null } | null;

interface SectionProps {
  scope: Scope;
  counts: readonly MemberCount[];
  people: readonly PersonRow[];
  year: number;
  notify: Notify;
}

export function MemberCountSection({ scope, counts, people, year, notify }: SectionProps) {
  const { t, number, percent } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteMemberCount();
  const rows = useMemo(() => {
    const order = new Map(scope.tree.map((node, index) => [node.unit.id, index]));
    return [...counts]
      .sort((a, b) => b.year - a.year || (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
      .map((count) => {
        const admitted = admissionsInSpan(
          people,
          subtreeIdsOf(scope.allUnits, count.unitId),
          count.year,
          count.year,
        );
        return { count, admitted, rate: admissionRate(admitted, count.total) };
      });
  }, [counts, people, scope]);

  const onDelete = async (count: MemberCount) => {
    const unit = scope.unitName(count.unitId);
    if (!window.confirm(t('targets.members.deleteConfirm', { unit, year: count.year }))) return;
    try {
      await remove.mutateAsync(count.id);
      notify('ok', t('targets.members.deleted', { unit, year: count.year }));
    } catch (error) {
      notify('error', t('common.storageError', { message: (error as Error).message }));
    }
  };

  return (
    <EditableSection
      headingId="members-heading"
      heading={t('targets.members.heading')}
      intro={t('targets.members.intro')}
      addLabel={t('targets.members.add')}
      emptyTitle={t('targets.members.emptyTitle')}
      emptyBody={t('targets.members.emptyBody')}
      isEmpty={counts.length === 0}
      onAdd={() => setEditing({ id: null })}
      form={
        editing !== null ? (
          <MemberCountForm
            key={editing.id ?? 'new'}
            scope={scope}
            existing={counts.find((count) => count.id === editing.id)}
            year={year}
            onDone={(text) => {
              setEditing(null);
              if (text) notify('ok', text);
            }}
          />
        ) : null
      }
    >
      {rows.length > 0 ? (
        <table className="table targets-table" aria-labelledby="members-heading">
          <thead>
            <tr>
              <th scope="col">{t('common.year')}</th>
              <th scope="col">{t('common.unit')}</th>
              <th scope="col" className="num">
                {t('targets.col.members')}
              </th>
              <th scope="col" className="num">
                {t('targets.col.admittedInYear')}
              </th>
              <th scope="col" className="num">
                {t('targets.col.rate')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ count, admitted, rate }) => {
              const unit = scope.unitName(count.unitId);
              return (
                <tr key={count.id}>
                  <td>{count.year}</td>
                  <th scope="row">{unit}</th>
                  <td className="num">{number(count.total)}</td>
                  <td className="num">{number(admitted)}</td>
                  <td className="num">{percent(rate)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setEditing({ id: count.id })}
                      aria-label={t('targets.members.editNamed', { unit, year: count.year })}
                    >
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => void onDelete(count)}
                      aria-label={t('targets.members.deleteNamed', { unit, year: count.year })}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </EditableSection>
  );
}

function MemberCountForm({
  scope,
  existing,
  year,
  onDone,
}: {
  scope: Scope;
  existing: MemberCount | undefined;
  year: number;
  onDone: (notice: string | null) => void;
}) {
  const { t, number } = useI18n();
  const save = useSaveMemberCount();
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useForm<MemberCountFormInput, unknown, MemberCountFormValues>({
    resolver: zodResolver(memberCountFormSchema),
    defaultValues: memberCountFormDefaults(existing, scope.homeUnit?.id ?? '', year),
  });
  const { register, handleSubmit, formState, setFocus, watch } = form;
  const formDraft = useFormDraft(form, draftFormKey('member-count', existing?.id));
  const errorMessage = useStorageErrorMessage();
  const conflictText = useMemberCountConflictText(scope);
  const versions = useSaveConflict(existing, (record, keepDirty) =>
    form.reset(
      memberCountFormDefaults(record, scope.homeUnit?.id ?? '', year),
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
        t('targets.members.saved', {
          unit: scope.unitName(saved.unitId),
          year: saved.year,
          count: number(saved.total),
        }),
      );
    } catch (error) {
      if (versions.catchConflict(error)) return;
      if (error instanceof TargetRuleError) {
        setSaveError(
          t('targets.error.duplicateYear', {
            unit: scope.unitName(values.unitId),
            year: values.year,
          }),
        );
        setFocus('year');
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
      aria-labelledby="member-form-heading"
    >
      <h3 id="member-form-heading">
        {existing ? t('targets.members.editTitle') : t('targets.members.newTitle')}
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
          label={t('common.year')}
          error={errors.year?.message && t(errors.year.message)}
          required
        >
          <input type="number" inputMode="numeric" {...register('year')} />
        </Field>
        <Field
          label={t('targets.members.total')}
          error={errors.total?.message && t(errors.total.message)}
          hint={t('targets.members.totalHint')}
          required
        >
          <input type="number" inputMode="numeric" min={0} {...register('total')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('targets.members.save')}
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
