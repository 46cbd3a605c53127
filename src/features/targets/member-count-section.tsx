// Party members of each unit at the start of a year, with the year's admissions and the
// admission rate they give (the province aims at 3–4 %).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { MemberCount } from '@/domain/entities';
import { admissionRate } from '@/domain/quota';
import { subtreeIdsOf } from '@/domain/unit-tree';
import type { AdmissionTally } from '@/domain/admission-tally';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import {
  memberCountFormDefaults,
  memberCountFormSchema,
  useDeleteMemberCount,
  useSaveMemberCount,
  type MemberCountFormInput,
  type MemberCountFormValues,
} from './save-member-count';
import {
  EditableSection,
  RowActions,
  useConfirmedDelete,
  useEditing,
  type Notify,
} from './editable-section';
import { RecordForm, useRecordForm } from './record-form';
import { useMemberCountConflictText } from './targets-conflict';
import { NumberField, UnitField } from './record-fields';

interface SectionProps {
  scope: Scope;
  counts: readonly MemberCount[];
  admissions: AdmissionTally;
  year: number;
  notify: Notify;
}

export function MemberCountSection({ scope, counts, admissions, year, notify }: SectionProps) {
  const { t, number, percent } = useI18n();
  const { editing, add, edit, done } = useEditing(notify);
  const remove = useConfirmedDelete(useDeleteMemberCount(), notify);
  const rows = useMemo(() => {
    const order = new Map(scope.tree.map((node, index) => [node.unit.id, index]));
    return [...counts]
      .sort((a, b) => b.year - a.year || (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
      .map((count) => {
        const admitted = admissions.count(
          subtreeIdsOf(scope.allUnits, count.unitId),
          count.year,
          count.year,
        );
        return { count, admitted, rate: admissionRate(admitted, count.total) };
      });
  }, [counts, admissions, scope]);

  return (
    <EditableSection
      headingId="members-heading"
      heading={t('targets.members.heading')}
      intro={t('targets.members.intro')}
      addLabel={t('targets.members.add')}
      emptyTitle={t('targets.members.emptyTitle')}
      emptyBody={t('targets.members.emptyBody')}
      isEmpty={counts.length === 0}
      onAdd={add}
      form={
        editing !== null ? (
          <MemberCountForm
            key={editing.id ?? 'new'}
            scope={scope}
            existing={counts.find((count) => count.id === editing.id)}
            year={year}
            onDone={done}
          />
        ) : null
      }
    >
      {rows.length > 0 ? (
        <ScrollRegion label={t('common.tableOf', { title: t('targets.members.heading') })}>
          <table className="table targets-table" aria-labelledby="members-heading">
            <TableHead
              columns={[
                t('common.year'),
                t('common.unit'),
                { label: t('targets.col.members'), num: true },
                { label: t('targets.col.admittedInYear'), num: true },
                { label: t('targets.col.rate'), num: true },
                { label: t('common.actions'), hidden: true },
              ]}
            />
            <tbody>
              {rows.map(({ count, admitted, rate }) => {
                const named = { unit: scope.unitName(count.unitId), year: count.year };
                return (
                  <tr key={count.id}>
                    <td>{count.year}</td>
                    <th scope="row">{named.unit}</th>
                    <td className="num">{number(count.total)}</td>
                    <td className="num">{number(admitted)}</td>
                    <td className="num">{percent(rate)}</td>
                    <RowActions
                      editLabel={t('targets.members.editNamed', named)}
                      deleteLabel={t('targets.members.deleteNamed', named)}
                      onEdit={() => edit(count.id)}
                      onDelete={() =>
                        void remove(count.id, {
                          confirm: t('targets.members.deleteConfirm', named),
                          done: t('targets.members.deleted', named),
                        })
                      }
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
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
  const homeUnitId = scope.homeUnit?.id ?? '';
  const form = useForm<MemberCountFormInput, unknown, MemberCountFormValues>({
    resolver: zodResolver(memberCountFormSchema),
    defaultValues: memberCountFormDefaults(existing, homeUnitId, year),
  });
  const state = useRecordForm({
    form,
    draftName: 'member-count',
    existing,
    valuesOf: (record) => memberCountFormDefaults(record, homeUnitId, year),
    save: useSaveMemberCount(),
    savedText: (saved) =>
      t('targets.members.saved', {
        unit: scope.unitName(saved.unitId),
        year: saved.year,
        count: number(saved.total),
      }),
    ruleBroken: (values) => ({
      text: t('targets.error.duplicateYear', {
        unit: scope.unitName(values.unitId),
        year: values.year,
      }),
      focus: 'year',
    }),
    onDone,
  });
  const conflictText = useMemberCountConflictText(scope);

  return (
    <RecordForm
      state={state}
      headingId="member-form-heading"
      title={existing ? t('targets.members.editTitle') : t('targets.members.newTitle')}
      saveLabel={t('targets.members.save')}
      conflictText={conflictText}
    >
      <UnitField form={form} name="unitId" scope={scope} />
      <NumberField form={form} name="year" label={t('common.year')} required />
      <NumberField
        form={form}
        name="total"
        label={t('targets.members.total')}
        hint={t('targets.members.totalHint')}
        min={0}
        required
      />
    </RecordForm>
  );
}
