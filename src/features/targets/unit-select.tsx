// The unit a quota or a member count belongs to: the units of the scope in tree order.
import type { Ref, SelectHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';

type UnitSelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  scope: Scope;
  /** The unit already chosen stays listed even if it has closed since. */
  current?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
};

function UnitSelect({ scope, current, ref, ...props }: UnitSelectProps) {
  const { t } = useI18n();
  return (
    <select ref={ref} {...props}>
      <option value="">{t('targets.form.unitChoose')}</option>
      {scope.tree
        .filter(({ unit }) => !unit.closedOn || unit.id === current)
        .map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {'\u00a0\u00a0'.repeat(depth)}
            {unit.name}
          </option>
        ))}
    </select>
  );
}

/** The form's unit field, labelled, required. */
export function UnitField(props: {
  scope: Scope;
  /** What react-hook-form's register('unitId') returned. */
  registration: UseFormRegisterReturn;
  /** The unit chosen now (watched), kept listed if it has closed since. */
  current: string;
  /** The error, already in the user's language. */
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('common.unit')} error={props.error} required>
      <UnitSelect scope={props.scope} current={props.current} {...props.registration} />
    </Field>
  );
}
