// The view's controls: the unit (its whole subtree counts), quick periods, and any from–to range.
// Every change becomes a new URL, so Back returns to the previous view.
import { useDeferredValue, useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { Unit } from '@/domain/entities';
import type { Period } from '@/domain/indicator-types';
import type { PeriodPreset } from '@/domain/indicators';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';
import { periodFormErrors, type PeriodFormValues } from './dashboard-view';

/** The form's check, in react-hook-form's terms (messages are keys, as the Zod forms give). */
const periodResolver: Resolver<PeriodFormValues> = (values) => {
  const errors = periodFormErrors(values);
  const fields = Object.entries(errors);
  if (fields.length === 0) return { values, errors: {} };
  return {
    values: {},
    errors: Object.fromEntries(
      fields.map(([field, message]) => [field, { type: 'validate', message }]),
    ),
  };
};

export function ViewToolbar({
  scope,
  unit,
  period,
  presets,
  onChange,
}: {
  scope: Scope;
  unit: Unit;
  period: Period;
  presets: readonly PeriodPreset[];
  onChange: (unit: Unit, period: Period) => void;
}) {
  const { t, tMessage, date } = useI18n();
  const form = useForm<PeriodFormValues>({
    resolver: periodResolver,
    values: period,
  });
  const { errors } = form.formState;
  // A province has thousands of units. The page's first pass draws only the unit viewed, the
  // whole list follows in a background pass (creating its elements held the first figures back),
  // and the same option elements from one view to the next let React skip them all.
  const viewed = useMemo(
    () => scope.tree.filter((node) => node.unit.id === unit.id),
    [scope.tree, unit.id],
  );
  const tree = useDeferredValue(scope.tree, viewed);
  const unitOptions = useMemo(
    () =>
      tree.map(({ unit: option, depth }) => (
        <option key={option.id} value={option.id}>
          {'\u00a0\u00a0'.repeat(depth)}
          {option.name}
          {option.closedOn
            ? ` ${t('dashboard.unit.closedOn', { date: date(option.closedOn) })}`
            : ''}
        </option>
      )),
    [tree, t, date],
  );
  const presetKey =
    presets.find((preset) => preset.period.from === period.from && preset.period.to === period.to)
      ?.key ?? '';

  return (
    <form
      className="card dashboard-toolbar no-print"
      aria-label={t('dashboard.toolbar.label')}
      noValidate
      onSubmit={form.handleSubmit((values) => onChange(unit, values))}
    >
      <Field label={t('common.unit')}>
        <select
          className="dashboard-toolbar__unit"
          value={unit.id}
          onChange={(event) => {
            const next = scope.tree.find((node) => node.unit.id === event.target.value)?.unit;
            if (next) onChange(next, period);
          }}
        >
          {unitOptions}
        </select>
      </Field>
      <Field label={t('dashboard.toolbar.preset')}>
        <select
          value={presetKey}
          onChange={(event) => {
            const preset = presets.find((item) => item.key === event.target.value);
            if (preset) onChange(unit, preset.period);
          }}
        >
          <option value="">{t('dashboard.toolbar.custom')}</option>
          {presets.map((preset) => (
            <option key={preset.key} value={preset.key}>
              {t(preset.labelKey, preset.labelParams)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('dashboard.toolbar.from')}
        error={errors.from?.message ? tMessage(errors.from.message) : undefined}
      >
        <input type="date" {...form.register('from')} />
      </Field>
      <Field
        label={t('dashboard.toolbar.to')}
        error={errors.to?.message ? tMessage(errors.to.message) : undefined}
      >
        <input type="date" {...form.register('to')} />
      </Field>
      <div className="dashboard-toolbar__submit">
        <button type="submit" className="button button--primary">
          {t('dashboard.toolbar.apply')}
        </button>
      </div>
    </form>
  );
}
