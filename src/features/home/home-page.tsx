// The grassroots secretary's page: this year's figures, the quota's progress, the deadlines
// that need attention, and the usual next steps.
import { useMemo } from 'react';
import { Link, useLocation } from '@/ui/router';
import { dayOfWeek, localIsoDate, yearOf } from '@/domain/dates';
import { admissionRate, currentQuota, type CurrentQuota } from '@/domain/quota';
import { useI18n } from '@/i18n/i18n';
import { useScope, type Scope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader, Stat, useScreenReady } from '@/ui/components';
import { DueList } from './due-list';
import { useHomeData } from './home-query';
import './home.css';

export default function HomePage() {
  const { t } = useI18n();
  const { scope } = useScope();
  if (!scope) return <Loading label={t('common.loading')} />;
  return <HomeScreen scope={scope} />;
}

function HomeScreen({ scope }: { scope: Scope }) {
  const { t, number, percent, date } = useI18n();
  // Set by the first-run setup when it hands over to this page.
  const welcome = (useLocation().state as { welcome?: string } | null)?.welcome === 'unit';
  // "Today" is the user's calendar day, read once per render.
  const today = localIsoDate();
  const year = yearOf(today);
  const data = useHomeData(scope, today);
  useScreenReady('home', !data.isLoading);
  const homeId = scope.homeUnit?.id ?? null;

  const quota = useMemo(
    () =>
      homeId && data.tally
        ? currentQuota(data.targets ?? [], scope.allUnits, data.tally, homeId, year)
        : null,
    [data.targets, data.tally, scope.allUnits, homeId, year],
  );
  const membersAtStart = (data.memberCounts ?? []).find(
    (count) => count.unitId === homeId && count.year === year,
  );

  const header = (
    <PageHeader
      title={scope.homeUnit?.name ?? t('home.title')}
      description={t('home.greeting', {
        weekday: t(`home.weekday.${dayOfWeek(today)}`),
        date: date(today),
      })}
      actions={
        <>
          <Link className="button button--primary" to="/people/new">
            {t('home.action.addPerson')}
          </Link>
          <Link className="button" to="/classes?edit=new">
            {t('home.action.addClass')}
          </Link>
          <Link className="button" to="/targets">
            {t('home.action.targets')}
          </Link>
        </>
      }
    />
  );

  if (data.error) {
    return (
      <>
        {header}
        <Alert tone="error">{t('common.error', { message: data.error.message })}</Alert>
      </>
    );
  }
  const { figures, due } = data;
  if (data.isLoading || !figures || !due) {
    return (
      <>
        {header}
        <Loading label={t('common.loading')} />
      </>
    );
  }

  const hasPeople = figures.people > 0;
  return (
    <>
      {header}
      {welcome ? <Alert tone="ok">{t('setup.welcome.unit')}</Alert> : null}
      {hasPeople ? (
        <div
          className="grid grid--4 home-stats"
          role="group"
          aria-label={t('home.stats.label', { year })}
        >
          <Stat
            label={t('home.stats.admitted', { year })}
            value={number(figures.admittedThisYear)}
            hint={
              membersAtStart
                ? t('home.stats.admittedRate', {
                    rate: percent(admissionRate(figures.admittedThisYear, membersAtStart.total)),
                    count: number(membersAtStart.total),
                  })
                : undefined
            }
          />
          <Stat
            label={t('home.stats.candidates')}
            value={number(figures.candidatesNow)}
            hint={t('home.stats.candidatesHint')}
          />
          <Stat label={t('home.stats.probation')} value={number(figures.inProbationNow)} />
          <Stat
            label={t('home.stats.official', { year })}
            value={number(figures.officialThisYear)}
          />
        </div>
      ) : (
        <div className="home-empty">
          <EmptyState
            title={t('home.empty.title')}
            action={
              <Link className="button button--primary" to="/people/new">
                {t('home.action.addPerson')}
              </Link>
            }
          >
            {t('home.empty.body')}
          </EmptyState>
        </div>
      )}
      <QuotaCard quota={quota} year={year} scope={scope} />
      {hasPeople ? (
        <DueList summary={due} unitName={scope.unitName} showUnit={scope.units.length > 1} />
      ) : null}
      <nav className="card home-links" aria-label={t('home.links.label')}>
        <h2>{t('home.links.heading')}</h2>
        <ul>
          <li>
            <Link to="/people">{t('home.links.people')}</Link>
          </li>
          <li>
            <Link to="/classes">{t('home.links.classes')}</Link>
          </li>
          <li>
            <Link to="/targets">{t('home.links.targets')}</Link>
          </li>
          <li>
            <Link to="/dashboard">{t('home.links.dashboard')}</Link>
          </li>
          <li>
            <Link to="/sync">{t('home.links.sync')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}

function QuotaCard({
  quota,
  year,
  scope,
}: {
  quota: CurrentQuota | null;
  year: number;
  scope: Scope;
}) {
  const { t, number, percent } = useI18n();
  if (!quota) {
    return (
      <section className="card home-quota" aria-labelledby="quota-heading">
        <h2 id="quota-heading">{t('home.quota.heading')}</h2>
        <p className="muted">
          {t('home.quota.none', { year })} <Link to="/targets">{t('home.quota.enter')}</Link>
        </p>
      </section>
    );
  }
  const span =
    quota.fromYear === quota.toYear
      ? t('home.quota.spanSingle', { year: quota.fromYear })
      : t('home.quota.spanRange', { from: quota.fromYear, to: quota.toYear });
  const single = quota.targets.length === 1 ? quota.targets[0] : undefined;
  return (
    <section className="card home-quota" aria-labelledby="quota-heading">
      <div className="home-quota__head">
        <h2 id="quota-heading">
          {t('home.quota.heading')} {span}
        </h2>
        <Link to="/targets">{t('home.quota.details')}</Link>
      </div>
      <p className="home-quota__figures">
        <strong>{number(quota.admitted)}</strong> / {number(quota.quota)}{' '}
        {t('home.quota.admittedOf')}
        <span className="home-quota__percent">{percent(quota.ratio)}</span>
      </p>
      {quota.ratio !== null ? (
        <progress
          className="progress-bar home-quota__bar"
          max={1}
          value={Math.min(quota.ratio, 1)}
          aria-label={t('home.quota.progressLabel', { span })}
        />
      ) : null}
      <p className="muted home-quota__note">
        {quota.summed
          ? t('home.quota.summed', { count: number(quota.targets.length) })
          : single?.document
            ? t('home.quota.document', {
                document: single.document,
                unit: scope.unitName(single.unitId),
              })
            : t('home.quota.own', { unit: scope.unitName(single?.unitId) })}
      </p>
    </section>
  );
}
