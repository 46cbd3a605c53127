// The fields both record forms of the targets page are made of, each bound to its form by name:
// the label, the control registered with react-hook-form, and the field's error in words.
import type { Ref, SelectHTMLAttributes } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';

interface Bound<Input extends FieldValues, Values> {
  form: UseFormReturn<Input, unknown, Values>;
  name: Path<Input>;
}

/** The field's error in the user's language, or undefined. */
function useFieldError<Input extends FieldValues, Values>({ form, name }: Bound<Input, Values>) {
  const { tMessage } = useI18n();
  const message = form.getFieldState(name, form.formState).error?.message;
  return message && tMessage(message);
}

/** A whole number (a year, a count), typed with the numeric keypad on phones. */
export function NumberField<Input extends FieldValues, Values>(
  props: Bound<Input, Values> & { label: string; hint?: string; required?: boolean; min?: number },
) {
  return (
    <Field
      label={props.label}
      error={useFieldError(props)}
      hint={props.hint}
      required={props.required}
    >
      <input
        type="number"
        inputMode="numeric"
        min={props.min}
        {...props.form.register(props.name)}
      />
    </Field>
  );
}

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

/** The record's unit, labelled, required; the unit chosen stays listed if it has closed since. */
export function UnitField<Input extends FieldValues, Values>(
  props: Bound<Input, Values> & { scope: Scope },
) {
  const { t } = useI18n();
  const current: unknown = props.form.watch(props.name);
  return (
    <Field label={t('common.unit')} error={useFieldError(props)} required>
      <UnitSelect
        scope={props.scope}
        current={typeof current === 'string' ? current : undefined}
        {...props.form.register(props.name)}
      />
    </Field>
  );
}
