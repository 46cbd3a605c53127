// /dashboard: leadership's figures for a unit and its whole subtree over a period, with the view
// in the URL (?unit=<code>&from=…&to=…) so it can be bookmarked, shared and reloaded.
import { Suspense, lazy, useDeferredValue, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from '@/ui/router';
import { localIsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Indicators, Period } from '@/domain/indicator-types';
import type { PlaceFigures } from '@/domain/place-figures-types';
import { periodPresets } from '@/domain/indicators';
import { preloadDashboardStore } from '@/db/dashboard-repo';
import { useI18n } from '@/i18n/i18n';
import { useRecordsWithProblems } from '@/queries/quality';
import { useScope, type Scope } from '@/queries/units';
import { ChartImageScope } from '@/ui/chart-frame';
import { Alert, Loading, PageHeader } from '@/ui/components';
import { EmptyLink } from '@/ui/page-components';
import { useDashboard, type RebuildProgress } from './dashboard-query';
import { readView, viewSearch } from './dashboard-view';
import { KpiTiles, TrainingTiles } from './kpi-tiles';
import { markViewChange } from './performance-marks';
import { ViewToolbar } from './view-toolbar';
import './dashboard.css';
import { retryImport } from '@/ui/retry-import';

// The store's figures are read as soon as this module loads, while React mounts the page: on a
// province they take as long as the rest of the way to the first figures. Only when the
// dashboard is what loads (not a prefetch of the module from another page).
if (window.location.pathname === '/dashboard') preloadDashboardStore();

// The charts (and recharts with them, ~120 KB gzipped) load when they are first drawn, in the
// pass after the figures: evaluated beside the store's read, the chunk held the figures back.
const DashboardDetails = lazy(() => retryImport(() => import('./dashboard-details')));

export default function DashboardPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  if (!scope) return <Loading label={t('common.loading')} />;
  const defaultUnit = scope.homeUnit ?? scope.tree[0]?.unit;
  if (!defaultUnit) {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <EmptyLink
          title={t('dashboard.empty.noUnits')}
          body={t('dashboard.empty.noUnitsBody')}
          to="/units"
          label={t('dashboard.empty.toUnits')}
          primary
        />
      </>
    );
  }
  return <DashboardScreen scope={scope} defaultUnit={defaultUnit} />;
}

function DashboardScreen({ scope, defaultUnit }: { scope: Scope; defaultUnit: Unit }) {
  const { t, date } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // The user's calendar day; a dashboard left open overnight picks up the new day on the next view.
  const today = localIsoDate();
  const view = useMemo(
    () => readView(params, scope.units, defaultUnit, today),
    [params, scope.units, defaultUnit, today],
  );
  const dashboard = useDashboard(view.unit.id, view.period, today, scope.allUnits);
  // The quick choices of a quota span: the scope's quotas, from the store the dashboard read.
  const presets = useMemo(
    () =>
      periodPresets(
        today,
        (dashboard.targets ?? []).filter((target) => scope.unitIds.has(target.unitId)),
      ),
    [today, dashboard.targets, scope.unitIds],
  );
  const unitsById = useMemo(
    () => new Map(scope.allUnits.map((unit) => [unit.id, unit])),
    [scope.allUnits],
  );
  const unitName = (id: string) => unitsById.get(id)?.name ?? '—';
  const show = (unit: Unit, period: Period) => {
    markViewChange();
    void navigate({ pathname: '/dashboard', search: viewSearch(unit.code, period) });
  };

  const search = viewSearch(view.unit.code, view.period);
  // The unit and period, under the title of every saved chart image too.
  const description = t('dashboard.description', {
    unit: view.unit.name,
    from: date(view.period.from),
    to: date(view.period.to),
  });
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={description}
        actions={
          <Link className="button" to={`/reports${search}`}>
            {t('dashboard.toReport')}
          </Link>
        }
      />
      <ViewToolbar
        scope={scope}
        unit={view.unit}
        period={view.period}
        presets={presets}
        onChange={show}
      />
      {view.problems.length > 0 ? (
        <Alert tone="warn">
          <ul className="dashboard-problems">
            {view.problems.map(({ problem, value }) => (
              <li key={problem}>{t(`dashboard.problem.${problem}`, { value })}</li>
            ))}
          </ul>
          {t('dashboard.problem.fallback')}
        </Alert>
      ) : null}
      {view.unit.closedOn ? (
        <Alert tone="info">
          {t('dashboard.unit.closedNotice', {
            unit: view.unit.name,
            date: date(view.unit.closedOn),
            successor: view.unit.successorId ? unitName(view.unit.successorId) : '—',
          })}
        </Alert>
      ) : null}
      {dashboard.rebuilding ? <RebuildNotice progress={dashboard.rebuilding} /> : null}
      {dashboard.error ? (
        <Alert tone="error">{t('common.error', { message: dashboard.error.message })}</Alert>
      ) : dashboard.indicators ? (
        <div
          className={dashboard.isStale ? 'dashboard-body dashboard-body--stale' : 'dashboard-body'}
        >
          {dashboard.isStale ? <Loading label={t('dashboard.loadingView')} /> : null}
          <ChartImageScope.Provider value={description}>
            <DashboardBody
              indicators={dashboard.indicators}
              places={dashboard.places ?? null}
              busy={dashboard.isBusy}
              unitsById={unitsById}
            />
          </ChartImageScope.Provider>
        </div>
      ) : dashboard.rebuilding ? null : (
        <Loading label={t('common.loading')} />
      )}
      <QualityFootnote unit={view.unit} today={today} ready={Boolean(dashboard.indicators)} />
    </>
  );
}

/** How many records of the view's subtree have open data problems: a note, not a refusal. */
function QualityFootnote({ unit, today, ready }: { unit: Unit; today: string; ready: boolean }) {
  const { t, number, date } = useI18n();
  const count = useRecordsWithProblems(unit.id, today, ready);
  if (!count) return null;
  return (
    <p className="dashboard-footnote muted">
      {t('quality.footnote', { count: number(count), date: date(today) })}{' '}
      <Link to={`/quality?unit=${encodeURIComponent(unit.code)}`}>{t('quality.warning.link')}</Link>
    </p>
  );
}

function RebuildNotice({ progress }: { progress: RebuildProgress }) {
  const { t, number } = useI18n();
  return (
    <div className="card dashboard-rebuild" role="status" aria-live="polite">
      <p>
        {t('dashboard.rebuild.body', {
          done: number(progress.done),
          total: number(progress.total),
        })}
      </p>
      <progress
        className="progress-bar quota-bar"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={t('dashboard.rebuild.label')}
      />
    </div>
  );
}

function DashboardBody({
  indicators,
  places,
  busy,
  unitsById,
}: {
  indicators: Indicators;
  places: PlaceFigures | null;
  busy: boolean;
  unitsById: ReadonlyMap<string, Unit>;
}) {
  const { t } = useI18n();
  // The tiles first, the charts and tables in a second, interruptible pass: drawing a dozen
  // charts takes a few hundred milliseconds, the figures leadership looks for first do not wait.
  const details = useDeferredValue<Indicators | null>(indicators, null);
  const placeDetails = useDeferredValue<PlaceFigures | null>(places, null);
  const peopleNow = Object.values(indicators.funnel).reduce((sum, count) => sum + count, 0);
  return (
    <>
      {peopleNow === 0 && indicators.admitted === 0 ? (
        <Alert tone="info">
          {t('dashboard.empty.noPeople')}{' '}
          <Link to="/people/new">{t('dashboard.empty.addPerson')}</Link> {t('dashboard.empty.or')}{' '}
          <Link to="/settings">{t('dashboard.empty.demo')}</Link>
        </Alert>
      ) : indicators.admitted === 0 ? (
        <Alert tone="info">{t('dashboard.empty.noAdmission')}</Alert>
      ) : null}
      <KpiTiles indicators={indicators} busy={busy} />
      <TrainingTiles indicators={indicators} />
      {details ? (
        // The stale mark sits outside the memoised charts: the first pass of a new view only
        // dims them, and they are drawn again in the second pass alone.
        <div
          className={
            details !== indicators
              ? 'dashboard-details dashboard-details--stale'
              : 'dashboard-details'
          }
        >
          <Suspense fallback={<Loading label={t('dashboard.loadingCharts')} />}>
            <DashboardDetails indicators={details} places={placeDetails} unitsById={unitsById} />
          </Suspense>
        </div>
      ) : (
        <Loading label={t('dashboard.loadingCharts')} />
      )}
    </>
  );
}
