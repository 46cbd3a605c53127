// Quotas (chỉ tiêu kết nạp) grouped by span, each with the admissions made so far in its span
// by its unit's subtree; and the form to add or edit one.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { Target } from '@/domain/entities';
import { targetProgress } from '@/domain/quota';
import type { AdmissionTally } from '@/domain/admission-tally';
import { useI18n, type Translate } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';
import { ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import {
  targetFormDefaults,
  targetFormSchema,
  useDeleteTarget,
  useSaveTarget,
  type TargetFormInput,
  type TargetFormValues,
} from './save-target';
import {
  EditableSection,
  RowActions,
  useConfirmedDelete,
  useEditing,
  type Notify,
} from './editable-section';
import { RecordForm, useRecordForm } from './record-form';
import { useTargetConflictText } from './targets-conflict';
import { NumberField, UnitField } from './record-fields';

interface SectionProps {
  scope: Scope;
  targets: readonly Target[];
  admissions: AdmissionTally;
  year: number;
  notify: Notify;
}

/** "giai đoạn 2023–2025" / "năm 2026" inside a sentence; capitalised as a heading. */
export function spanLabel(
  t: Translate,
  target: Pick<Target, 'fromYear' | 'toYear'>,
  heading = false,
) {
  const suffix = heading ? '' : 'Inline';
  return target.fromYear === target.toYear
    ? t(`targets.span.single${suffix}`, { year: target.fromYear })
    : t(`targets.span.range${suffix}`, { from: target.fromYear, to: target.toYear });
}

export function TargetSection({ scope, targets, admissions, year, notify }: SectionProps) {
  const { t, number, percent } = useI18n();
  const { editing, add, edit, done } = useEditing(notify);
  const remove = useConfirmedDelete(useDeleteTarget(), notify);
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

  return (
    <EditableSection
      headingId="quotas-heading"
      heading={t('targets.quotas.heading')}
      intro={t('targets.quotas.intro')}
      addLabel={t('targets.quotas.add')}
      emptyTitle={t('targets.quotas.emptyTitle')}
      emptyBody={t('targets.quotas.emptyBody')}
      isEmpty={targets.length === 0}
      onAdd={add}
      form={
        editing !== null ? (
          <TargetForm
            key={editing.id ?? 'new'}
            scope={scope}
            targets={targets}
            existing={targets.find((target) => target.id === editing.id)}
            year={year}
            onDone={done}
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
            <ScrollRegion label={t('common.tableOf', { title: spanLabel(t, first, true) })}>
              <table className="table targets-table quota-table" aria-labelledby={headingId}>
                <TableHead
                  columns={[
                    t('common.unit'),
                    { label: t('targets.col.quota'), num: true },
                    { label: t('targets.col.admitted'), num: true },
                    t('targets.col.progress'),
                    t('targets.col.document'),
                    { label: t('common.actions'), hidden: true },
                  ]}
                />
                <tbody>
                  {group.map((target) => {
                    const progress = targetProgress(target, scope.allUnits, admissions);
                    const named = {
                      unit: scope.unitName(target.unitId),
                      span: spanLabel(t, target),
                    };
                    return (
                      <tr key={target.id}>
                        <th scope="row">{named.unit}</th>
                        <td className="num">{number(progress.quota)}</td>
                        <td className="num">{number(progress.admitted)}</td>
                        <td>
                          <div className="progress-cell">
                            <span className="progress-cell__value">{percent(progress.ratio)}</span>
                            {progress.ratio !== null ? (
                              <progress
                                className="progress-bar quota-progress"
                                max={1}
                                value={Math.min(progress.ratio, 1)}
                                aria-label={t('targets.progressLabel', named)}
                              />
                            ) : null}
                          </div>
                        </td>
                        <td>{target.document ?? <span className="muted">—</span>}</td>
                        <RowActions
                          editLabel={t('targets.quotas.editNamed', named)}
                          deleteLabel={t('targets.quotas.deleteNamed', named)}
                          onEdit={() => edit(target.id)}
                          onDelete={() =>
                            void remove(target.id, {
                              confirm: t('targets.delete.confirm', named),
                              done: t('targets.delete.done', named),
                            })
                          }
                        />
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
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
  const homeUnitId = scope.homeUnit?.id ?? '';
  const form = useForm<TargetFormInput, unknown, TargetFormValues>({
    resolver: zodResolver(targetFormSchema),
    defaultValues: targetFormDefaults(existing, homeUnitId, year),
  });
  const state = useRecordForm({
    form,
    draftName: 'target',
    existing,
    valuesOf: (record) => targetFormDefaults(record, homeUnitId, year),
    save: useSaveTarget(),
    savedText: (saved) =>
      t('targets.quotas.saved', {
        unit: scope.unitName(saved.unitId),
        span: spanLabel(t, saved),
        count: number(saved.admissions),
      }),
    ruleBroken: (values) => {
      const clash = targets.find(
        (other) =>
          other.id !== existing?.id &&
          other.unitId === values.unitId &&
          other.fromYear <= values.toYear &&
          values.fromYear <= other.toYear,
      );
      return {
        text: t('targets.error.overlappingSpan', {
          unit: scope.unitName(values.unitId),
          span: clash ? spanLabel(t, clash) : '',
        }),
        focus: 'fromYear',
      };
    },
    onDone,
  });
  const conflictText = useTargetConflictText(scope);
  const { register } = form;

  return (
    <RecordForm
      state={state}
      headingId="target-form-heading"
      title={existing ? t('targets.quotas.editTitle') : t('targets.quotas.newTitle')}
      saveLabel={t('targets.quotas.save')}
      conflictText={conflictText}
    >
      <UnitField form={form} name="unitId" scope={scope} />
      <NumberField form={form} name="fromYear" label={t('common.fromYear')} required />
      <NumberField
        form={form}
        name="toYear"
        label={t('common.toYear')}
        hint={t('targets.form.toYearHint')}
      />
      <NumberField
        form={form}
        name="admissions"
        label={t('targets.form.admissions')}
        min={0}
        required
      />
      <div className="inline-form__wide">
        <Field label={t('targets.form.document')} hint={t('targets.form.documentHint')}>
          <input type="text" {...register('document')} />
        </Field>
      </div>
    </RecordForm>
  );
}
