// What this installation is, its home unit (changeable), the language, and an honest word on
// where the data lives.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { flattenTree } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { LANGUAGES, type Language } from '@/i18n/language';
import { useLanguageSetting, useSaveLanguage } from '@/queries/installation';
import { useScope, type Scope } from '@/queries/units';
import { Alert, Loading, PageHeader } from '@/ui/components';
import { Link } from '@/ui/router';
import { Field } from '@/ui/field';
import { AppLockSection } from './app-lock-section';
import { changeHomeSchema, useChangeHomeUnit, type ChangeHomeValues } from './change-home-unit';
import { DemoBanner } from './demo-banner';
import { DataSafetySection } from './data-safety-section';
import { peopleCountQuery } from './data-facts';
import './settings.css';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { UnitTreeOptions } from '@/ui/page-components';

export default function SettingsPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <DemoBanner />
      {scope ? (
        <div className="settings-grid">
          <div>
            <InstallationCard scope={scope} />
            <HomeUnitCard scope={scope} />
            <AppLockSection />
          </div>
          <div>
            <LanguageCard />
            <DataCard scope={scope} />
            <RulesCard />
          </div>
        </div>
      ) : (
        <Loading label={t('common.loading')} />
      )}
      <DataSafetySection />
    </>
  );
}

/** Where the deadlines' rules are: the province checks the table against the regulations. */
function RulesCard() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="settings-rules">
      <h2 id="settings-rules">{t('rules.title')}</h2>
      <p className="muted">{t('rules.description')}</p>
      <Link to="/rules">{t('rules.link')}</Link>
    </section>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="settings-facts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function InstallationCard({ scope }: { scope: Scope }) {
  const { t, dateTime, number } = useI18n();
  const installation = scope.installation;
  if (!installation) return null;
  return (
    <section className="card" aria-labelledby="settings-installation">
      <h2 id="settings-installation">{t('settings.installation.title')}</h2>
      <Facts
        items={[
          [t('settings.installation.kind'), t(`settings.installation.kind.${installation.kind}`)],
          [
            t('settings.installation.home'),
            scope.homeUnit
              ? `${scope.homeUnit.name} (${scope.homeUnit.code})`
              : t('settings.installation.homeMissing'),
          ],
          [t('settings.installation.setUpAt'), dateTime(installation.setUpAt)],
          [
            t('settings.installation.scope'),
            t('settings.installation.scopeValue', { count: number(scope.units.length) }),
          ],
        ]}
      />
    </section>
  );
}

function HomeUnitCard({ scope }: { scope: Scope }) {
  const { t, tMessage } = useI18n();
  const change = useChangeHomeUnit();
  const [notice, setNotice] = useState<{ tone: 'ok' | 'info' | 'error'; text: string } | null>(
    null,
  );
  const options = useMemo(
    () => flattenTree(scope.allUnits.filter((unit) => !unit.closedOn)),
    [scope.allUnits],
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ChangeHomeValues>({
    resolver: zodResolver(changeHomeSchema),
    defaultValues: { homeUnitId: scope.homeUnit?.id ?? '' },
  });
  const installation = scope.installation;
  if (!installation) return null;

  const onSubmit = handleSubmit(async ({ homeUnitId }) => {
    if (homeUnitId === installation.homeUnitId) {
      setNotice({ tone: 'info', text: t('settings.home.same') });
      return;
    }
    try {
      await change.mutateAsync({ installation, homeUnitId });
      setNotice({
        tone: 'ok',
        text: t('settings.home.done', { name: scope.unitName(homeUnitId) }),
      });
    } catch (error) {
      setNotice({ tone: 'error', text: storageErrorMessage(t, error) });
    }
  });

  return (
    <section className="card" aria-labelledby="settings-home">
      <h2 id="settings-home">{t('settings.home.title')}</h2>
      <p className="muted settings-text">{t('settings.home.explain')}</p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field
          label={t('settings.home.field')}
          error={errors.homeUnitId?.message ? tMessage(errors.homeUnitId.message) : undefined}
          required
        >
          <select {...register('homeUnitId')}>
            <option value="">{t('settings.home.placeholder')}</option>
            <UnitTreeOptions tree={options} withCode />
          </select>
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('settings.home.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function LanguageCard() {
  const { t } = useI18n();
  const language = useLanguageSetting();
  const save = useSaveLanguage();
  // The radios are controlled: show the choice at once, while it is being saved.
  const [choice, setChoice] = useState<Language | null>(null);
  const current = choice ?? language.data ?? 'vi';
  const choose = (code: Language) => {
    setChoice(code);
    save.mutate(code, { onSettled: () => setChoice(null) });
  };
  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <fieldset className="settings-language">
        <legend>{t('settings.language.legend')}</legend>
        {LANGUAGES.map((code: Language) => (
          <label key={code} className="checkbox" lang={code}>
            <input
              type="radio"
              name="language"
              value={code}
              checked={current === code}
              onChange={() => choose(code)}
            />
            {t(`settings.language.${code}`)}
          </label>
        ))}
        <p className="muted settings-text">{t('settings.language.hint')}</p>
      </fieldset>
    </section>
  );
}

function DataCard({ scope }: { scope: Scope }) {
  const { t, number } = useI18n();
  const people = useQuery(peopleCountQuery);
  // Space used and persistence are in the data-safety section below, with what to do about them.
  return (
    <section className="card" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('settings.data.title')}</h2>
      <ul className="settings-list">
        <li>{t('settings.data.where')}</li>
        <li>{t('settings.data.browser')}</li>
        <li>{t('settings.data.clearing')}</li>
      </ul>
      <Alert tone="warn">{t('settings.data.backup')}</Alert>
      <Facts
        items={[
          [t('settings.data.units'), number(scope.allUnits.length)],
          [t('settings.data.people'), people.data === undefined ? '…' : number(people.data)],
        ]}
      />
    </section>
  );
}
