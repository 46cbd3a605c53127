// The units of the scope in tree order, for the quota and member-count forms.
import type { Ref, SelectHTMLAttributes } from 'react';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';

type UnitSelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  scope: Scope;
  /** The unit already chosen stays listed even if it has closed since. */
  current?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
};

export function UnitSelect({ scope, current, ref, ...props }: UnitSelectProps) {
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
