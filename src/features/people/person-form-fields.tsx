// The person form's three parts (src/features/people/person-form-page.tsx holds the form):
// personal details, work, and the milestones of admission.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import {
  EDUCATION_LEVELS,
  ETHNICITY_NAMES,
  GENDERS,
  MILESTONE_KEYS,
  OCCUPATIONS,
  RELIGION_NAMES,
  WORKPLACE_SECTORS,
  resolveEthnicity,
} from '@/domain/code-lists';
import { sectorAllowed, type PersonFormValues } from '@/domain/person-rules';
import { cleanText } from '@/domain/text';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';
import { Options, UnitTreeOptions } from '@/ui/page-components';
import { milestonesShown } from './milestones-shown';
import type { PlaceChoices } from './person-places';

interface FieldsProps {
  register: UseFormRegister<PersonFormValues>;
  errors: FieldErrors<PersonFormValues>;
  /** An error's text from its message key. */
  message: (key: string | undefined) => string | undefined;
}

/** Name, gender, birth date, ethnicity, religion, CCCD, youth union. */
export function PersonalFields({
  register,
  errors,
  message,
  ethnicity,
  today,
}: FieldsProps & { ethnicity: string; today: string }) {
  const { t } = useI18n();
  const resolvedEthnicity = resolveEthnicity(cleanText(ethnicity));
  return (
    <fieldset>
      <legend>{t('people.form.personal')}</legend>
      <div className="form-grid">
        <Field label={t('people.form.fullName')} error={message(errors.fullName?.message)} required>
          <input {...register('fullName')} autoComplete="off" />
        </Field>
        <Field label={t('people.form.gender')} error={message(errors.gender?.message)} required>
          <select {...register('gender')}>
            <option value="">{t('people.form.choose')}</option>
            <Options values={GENDERS} label={(gender) => t(`gender.${gender}`)} />
          </select>
        </Field>
        <Field
          label={t('people.form.birthDate')}
          error={message(errors.birthDate?.message)}
          required
        >
          <input type="date" {...register('birthDate')} max={today} />
        </Field>
        <Field
          label={t('people.form.ethnicity')}
          error={message(errors.ethnicity?.message)}
          hint={
            resolvedEthnicity && resolvedEthnicity !== cleanText(ethnicity)
              ? t('people.form.ethnicityResolved', { name: resolvedEthnicity })
              : t('people.form.ethnicityHint')
          }
          required
        >
          <input {...register('ethnicity')} list="ethnicity-names" autoComplete="off" />
        </Field>
        <datalist id="ethnicity-names">
          {ETHNICITY_NAMES.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Field label={t('people.form.religion')} error={message(errors.religion?.message)}>
          <select {...register('religion')}>
            <option value="">{t('people.form.noReligion')}</option>
            <Options values={RELIGION_NAMES} />
          </select>
        </Field>
        <Field
          label={t('people.form.nationalId')}
          error={message(errors.nationalId?.message)}
          hint={t('people.form.nationalIdHint')}
        >
          <input {...register('nationalId')} inputMode="numeric" autoComplete="off" />
        </Field>
        <label className="checkbox">
          <input type="checkbox" {...register('youthUnion')} />
          {t('people.form.youthUnion')}
        </label>
      </div>
    </fieldset>
  );
}

/** The unit, the occupation, the workplace's sector (for the occupations that have one), education. */
export function WorkFields({
  register,
  errors,
  message,
  setValue,
  units,
  showSector,
  places,
}: FieldsProps & {
  setValue: UseFormSetValue<PersonFormValues>;
  /** The units a person may belong to (the open ones, and the person's own). */
  units: Scope['tree'];
  showSector: boolean;
  /** The places the person may come from (those of the unit chosen and the units above it). */
  places: PlaceChoices;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('people.form.work')}</legend>
      <div className="form-grid">
        <Field label={t('common.unit')} error={message(errors.unitId?.message)} required>
          <select {...register('unitId')}>
            <option value="">{t('people.form.chooseUnit')}</option>
            <UnitTreeOptions tree={units} />
          </select>
        </Field>
        <PlaceField register={register} errors={errors} message={message} places={places} />
        <Field
          label={t('people.form.occupation')}
          error={message(errors.occupation?.message)}
          required
        >
          <select
            {...register('occupation', {
              onChange: (event: { target: { value: string } }) => {
                if (!sectorAllowed(event.target.value)) setValue('workplaceSector', '');
              },
            })}
          >
            <option value="">{t('people.form.choose')}</option>
            <Options values={OCCUPATIONS} label={(value) => t(`occupation.${value}`)} />
          </select>
        </Field>
        {showSector ? (
          <Field
            label={t('people.form.workplaceSector')}
            error={message(errors.workplaceSector?.message)}
            hint={t('people.form.workplaceSectorHint')}
          >
            <select {...register('workplaceSector')}>
              <option value="">{t('people.form.none')}</option>
              <Options
                values={WORKPLACE_SECTORS}
                label={(value) => t(`workplaceSector.${value}`)}
              />
            </select>
          </Field>
        ) : (
          <Field
            label={t('people.form.workplaceSector')}
            hint={t('people.form.workplaceSectorHint')}
          >
            <select disabled value="">
              <option value="">{t('people.form.notApplicable')}</option>
            </select>
          </Field>
        )}
        <Field label={t('people.form.education')} error={message(errors.education?.message)}>
          <select {...register('education')}>
            <option value="">{t('people.form.none')}</option>
            <Options values={EDUCATION_LEVELS} label={(value) => t(`education.${value}`)} />
          </select>
        </Field>
      </div>
    </fieldset>
  );
}

/** Where the person comes from: a place of their unit or of the units above it, by kind. */
function PlaceField({ register, errors, message, places }: FieldsProps & { places: PlaceChoices }) {
  const { t } = useI18n();
  const { groups, other } = places;
  return (
    <Field
      label={t('places.person.field')}
      error={message(errors.placeId?.message)}
      hint={groups.length === 0 && !other ? t('places.person.noPlaces') : t('places.person.hint')}
    >
      <select {...register('placeId')}>
        <option value="">{t('places.person.none')}</option>
        {groups.map((group) => (
          <optgroup key={group.kind} label={t(`places.kind.${group.kind}`)}>
            {group.places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </optgroup>
        ))}
        {other ? (
          <optgroup label={t('places.person.otherGroup')}>
            <option value={other.id}>
              {other.name}
              {other.closedOn ? ` (${t('places.person.closed')})` : ''}
            </option>
          </optgroup>
        ) : null}
      </select>
    </Field>
  );
}

/**
 * The milestone dates, with the decision's number beside its date: the steps dated, the next one
 * and any in error (milestones-shown.ts), the others behind one button that shows them all and
 * moves the focus to the first it revealed.
 */
export function MilestoneFields({
  register,
  errors,
  message,
  today,
  values,
  decisionNo,
}: FieldsProps & { today: string; values: PersonFormValues['milestones']; decisionNo: string }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const grid = useRef<HTMLDivElement>(null);
  const kept = new Set(
    MILESTONE_KEYS.filter(
      (key) => errors.milestones?.[key] || (key === 'decisionOn' && decisionNo.trim() !== ''),
    ),
  );
  const shown = milestonesShown(values, kept, all);
  const hidden = MILESTONE_KEYS.filter((key) => !shown.includes(key));
  // The first field the button unfolds, focused once it is drawn.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!all || !revealed.current) return;
    grid.current
      ?.querySelector<HTMLInputElement>(`input[name="milestones.${revealed.current}"]`)
      ?.focus();
    revealed.current = null;
  }, [all]);
  return (
    <fieldset className="person-form__milestones">
      <legend>{t('people.form.milestones')}</legend>
      <p className="muted">{t('people.form.milestonesHint')}</p>
      <div className="form-grid" ref={grid}>
        {shown.map((key) => (
          <Fragment key={key}>
            <Field label={t(`milestone.${key}`)} error={message(errors.milestones?.[key]?.message)}>
              <input type="date" {...register(`milestones.${key}`)} max={today} />
            </Field>
            {key === 'decisionOn' ? (
              <Field
                label={t('people.form.decisionNo')}
                error={message(errors.decisionNo?.message)}
              >
                <input {...register('decisionNo')} autoComplete="off" />
              </Field>
            ) : null}
          </Fragment>
        ))}
      </div>
      {hidden.length > 0 ? (
        <button
          type="button"
          className="button person-form__more"
          aria-expanded="false"
          onClick={() => {
            revealed.current = hidden[0] ?? null;
            setAll(true);
          }}
        >
          {t('people.form.moreMilestones', { count: hidden.length })}
        </button>
      ) : null}
    </fieldset>
  );
}
