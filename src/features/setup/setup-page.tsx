// First run: what this installation is, and its home unit (created here, or picked from a tree
// imported from the province). Until this is saved the layout sends every page here but /sync.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { Link, useNavigate } from '@/ui/router';
import type { Unit } from '@/domain/entities';
import { flattenTree } from '@/domain/unit-tree';
import { UnitRuleError } from '@/db/units-repo';
import { useI18n } from '@/i18n/i18n';
import { useUnits } from '@/queries/units';
import { Alert, Loading, PageHeader } from '@/ui/components';
import { DraftBanner } from '@/ui/draft-banner';
import { Field } from '@/ui/field';
import { useFormDraft } from '@/ui/form-draft';
import { UnitKindFields } from '@/ui/unit-kind-fields';
import { DemoCard } from './demo-card';
import { RestoreCard } from './restore-card';
import {
  LOCAL_UNIT_KINDS,
  setupDefaults,
  setupFormSchema,
  useSetUpInstallation,
  type SetupFormInput,
  type SetupFormValues,
} from './set-up-installation';
import './setup.css';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { UnitTreeOptions } from '@/ui/page-components';

export default function SetupPage() {
  const { t } = useI18n();
  const units = useUnits();
  return (
    <>
      <PageHeader title={t('setup.title')} description={t('setup.description')} />
      <Alert tone="info">
        {t('setup.import.before')}
        <Link to="/sync">{t('setup.import.link')}</Link>
        {t('setup.import.after')}
      </Alert>
      {units.data?.length === 0 ? <DemoCard /> : null}
      <RestoreCard />
      {units.data ? <SetupForm units={units.data} /> : <Loading label={t('common.loading')} />}
    </>
  );
}

function SetupForm({ units }: { units: Unit[] }) {
  const { t, tMessage } = useI18n();
  const navigate = useNavigate();
  const setUp = useSetUpInstallation();
  const [failure, setFailure] = useState<string | null>(null);
  const openTree = useMemo(() => flattenTree(units.filter((unit) => !unit.closedOn)), [units]);
  const form = useForm<SetupFormInput, unknown, SetupFormValues>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: setupDefaults(units.length > 0),
  });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const formDraft = useFormDraft(form, 'setup');
  const kind = useWatch({ control, name: 'kind' });
  const homeMode = useWatch({ control, name: 'homeMode' });
  const province = kind === 'province';
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const installation = await setUp.mutateAsync(values);
      formDraft.clear();
      await navigate(installation.kind === 'province' ? '/units' : '/', {
        replace: true,
        state: { welcome: installation.kind },
      });
    } catch (error) {
      if (error instanceof UnitRuleError && error.code === 'duplicateCode') {
        setError('code', { message: 'setup.error.duplicateCode' }, { shouldFocus: true });
      } else {
        setFailure(storageErrorMessage(t, error));
      }
    }
  });

  return (
    <form className="form setup" onSubmit={onSubmit} noValidate>
      <DraftBanner draft={formDraft} />
      <fieldset>
        <legend>{t('setup.step1')}</legend>
        <div className="choice-cards">
          <ChoiceCard
            value="unit"
            title={t('setup.choice.unit.title')}
            text={t('setup.choice.unit.text')}
            input={register('kind')}
          />
          <ChoiceCard
            value="province"
            title={t('setup.choice.province.title')}
            text={t('setup.choice.province.text')}
            input={register('kind')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t(province ? 'setup.step2.province' : 'setup.step2.unit')}</legend>
        {homeMode === 'pick' ? (
          <>
            <p className="muted setup__hint">{t('setup.step2.pickHint')}</p>
            <div className="form-grid">
              <Field
                label={t('setup.field.homeUnit')}
                hint={t('setup.field.homeUnitHint')}
                error={message(errors.homeUnitId?.message)}
                required
              >
                <select {...register('homeUnitId')}>
                  <option value="">{t('setup.field.pickPlaceholder')}</option>
                  <UnitTreeOptions tree={openTree} withCode />
                </select>
              </Field>
            </div>
          </>
        ) : (
          <>
            <p className="muted setup__hint">
              {t(province ? 'setup.step2.provinceHint' : 'setup.step2.unitHint')}
            </p>
            <div className="form-grid">
              <Field
                label={t('setup.field.code')}
                hint={t('setup.field.codeHint')}
                error={message(errors.code?.message)}
                required
              >
                <input type="text" autoComplete="off" {...register('code')} />
              </Field>
              <Field label={t('setup.field.name')} error={message(errors.name?.message)} required>
                <input
                  type="text"
                  autoComplete="off"
                  placeholder={t(
                    province
                      ? 'setup.field.provinceNamePlaceholder'
                      : 'setup.field.namePlaceholder',
                  )}
                  {...register('name')}
                />
              </Field>
              {province ? null : (
                <UnitKindFields
                  kinds={LOCAL_UNIT_KINDS}
                  labels={{
                    kind: t('setup.field.kind'),
                    sector: t('setup.field.sector'),
                    sectorNone: t('setup.field.sectorNone'),
                  }}
                  kind={register('unitKind')}
                  sector={register('sector')}
                  errors={{
                    kind: message(errors.unitKind?.message),
                    sector: message(errors.sector?.message),
                  }}
                />
              )}
            </div>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('setup.step3')}</legend>
        {failure ? <Alert tone="error">{failure}</Alert> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('setup.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function ChoiceCard({
  value,
  title,
  text,
  input,
}: {
  value: string;
  title: string;
  text: string;
  input: UseFormRegisterReturn<'kind'>;
}) {
  const id = useId();
  return (
    <label className="choice-card">
      <input
        type="radio"
        value={value}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        {...input}
      />
      <span className="choice-card__body">
        <strong id={`${id}-title`}>{title}</strong>
        <span id={`${id}-text`}>{text}</span>
      </span>
    </label>
  );
}
