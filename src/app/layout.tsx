// The shell: sidebar navigation, the scope in the top bar, and the first-run gate.
import { Suspense, useEffect } from 'react';
import { NavLink, Navigate, Outlet, useLocation } from '@/ui/router';
import { useI18n } from '@/i18n/i18n';
import { LANGUAGES } from '@/i18n/language';
import { useDemoInfo } from '@/queries/demo';
import { useLanguageSetting, useSaveLanguage } from '@/queries/installation';
import { useScope } from '@/queries/units';
import { BackupReminder } from '@/features/settings/backup-reminder';
import { Badge, Loading } from '@/ui/components';
import { MENU_ID, MenuButton, useAppMenu } from './app-menu';
import { ErrorBoundary } from './error-boundary';
import { MergeNotice } from './merge-notice';
import { ReloadNotice } from './reload-notice';
import { LockButton } from './lock-gate';
import { OfflineIndicator } from './offline-indicator';
import { UpdatePrompt } from './update-prompt';

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/people', key: 'nav.people' },
  { to: '/classes', key: 'nav.classes' },
  { to: '/targets', key: 'nav.targets' },
  { to: '/units', key: 'nav.units' },
  { to: '/places', key: 'nav.places' },
  { to: '/dashboard', key: 'nav.dashboard' },
  { to: '/reports', key: 'nav.reports' },
  { to: '/quality', key: 'nav.quality' },
  { to: '/sync', key: 'nav.sync' },
  { to: '/settings', key: 'nav.settings' },
] as const;

/** Pages reachable before the first-run choice: an installation may start from a province file. */
const OPEN_BEFORE_SETUP = ['/setup', '/sync'];

export function Layout() {
  const { t } = useI18n();
  const location = useLocation();
  const { scope, isLoading } = useScope();
  const language = useLanguageSetting();
  const demo = useDemoInfo();
  const saveLanguage = useSaveLanguage();
  const menu = useAppMenu(location.pathname);

  useEffect(() => {
    const page = NAV.find((item) =>
      item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to),
    );
    document.title = page ? `${t(page.key)} — PTĐV` : 'PTĐV — Phát triển đảng viên';
  }, [location.pathname, t]);

  if (isLoading || !scope) return <Loading label={t('common.loading')} />;
  const setUp = Boolean(scope.installation);
  if (!setUp && !OPEN_BEFORE_SETUP.includes(location.pathname))
    return <Navigate to="/setup" replace />;

  return (
    <div className="app">
      <a className="skip-link" href="#main" inert={menu.open}>
        {t('app.skipToContent')}
      </a>
      <aside
        id={MENU_ID}
        className={menu.open ? 'sidebar sidebar--open' : 'sidebar'}
        style={menu.open ? { top: menu.top } : undefined}
        onClick={menu.onMenuClick}
      >
        <div className="sidebar__brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.fullName')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul>
            {(setUp ? NAV : NAV.filter((item) => item.to === '/sync')).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={'end' in item}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            {!setUp ? (
              <li>
                <NavLink to="/setup">{t('setup.nav')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </aside>
      {menu.open ? (
        <div
          className="menu-backdrop"
          style={{ top: menu.top }}
          aria-hidden="true"
          onClick={() => menu.close('button')}
        />
      ) : null}
      <div className="main">
        <div className="topbar">
          <MenuButton menu={menu} />
          <div className="topbar__scope" inert={menu.open}>
            {scope.homeUnit ? scope.homeUnit.name : t('setup.notSetUp')}
            {demo.data ? (
              <>
                {' '}
                <Badge tone="warn">{t('setup.demo.badge')}</Badge>
              </>
            ) : null}
            {scope.installation ? (
              <small>
                {t(
                  scope.installation.kind === 'province'
                    ? 'setup.kind.province'
                    : 'setup.kind.unit',
                )}
              </small>
            ) : null}
          </div>
          <div className="topbar__tools" inert={menu.open}>
            <label className="checkbox">
              <span>{t('common.language')}</span>
              <select
                className="input"
                value={language.data ?? 'vi'}
                onChange={(event) => saveLanguage.mutate(event.target.value as 'vi' | 'en')}
              >
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {code === 'vi' ? 'Tiếng Việt' : 'English'}
                  </option>
                ))}
              </select>
            </label>
            <LockButton />
          </div>
        </div>
        {/* Notices of the whole app (update ready, storage, backup reminder) render here. */}
        <div className="app-notices" inert={menu.open}>
          <UpdatePrompt />
          <OfflineIndicator />
          <BackupReminder />
          <ReloadNotice />
          <MergeNotice />
        </div>
        <main id="main" className="content" tabIndex={-1} inert={menu.open}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<Loading label={t('common.loading')} />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
