// Real paths, each screen loaded lazily so the first screen carries only what it needs.
import { lazy, type ComponentType } from 'react';
import { Route, Routes } from '@/ui/router';
import { loadLaterMessages } from '@/i18n/load-messages';
import { Layout } from './layout';
import { NotFound } from './not-found';

/** A page beyond the first screen: its module and the later pages' messages, fetched together. */
function laterPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => Promise.all([load(), loadLaterMessages()]).then(([module]) => module));
}

const HomePage = lazy(() => import('@/features/home/home-page'));
const SetupPage = lazy(() => import('@/features/setup/setup-page'));
const PeopleListPage = laterPage(() => import('@/features/people/people-list-page'));
const PersonDetailPage = laterPage(() => import('@/features/people/person-detail-page'));
const PersonFormPage = laterPage(() => import('@/features/people/person-form-page'));
const ClassesPage = laterPage(() => import('@/features/classes/classes-page'));
const TargetsPage = laterPage(() => import('@/features/targets/targets-page'));
const UnitsPage = laterPage(() => import('@/features/units/units-page'));
const DashboardPage = laterPage(() => import('@/features/dashboard/dashboard-page'));
// Opened straight on the dashboard (a bookmark, a shared link): fetch its module now, with the
// shell, since loading it starts the dashboard's read (dashboard-query.ts).
if (window.location.pathname === '/dashboard') void import('@/features/dashboard/dashboard-page');
const SyncPage = laterPage(() => import('@/features/sync/sync-page'));
const ReportsPage = laterPage(() => import('@/features/reports/reports-page'));
const SettingsPage = laterPage(() => import('@/features/settings/settings-page'));

/**
 * The routes, in react-router's declarative mode: the data-router APIs (loaders, actions,
 * fetchers) are not used, and leaving them out keeps ~16 KB gzipped off the first screen.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="setup" element={<SetupPage />} />
        <Route path="people" element={<PeopleListPage />} />
        <Route path="people/new" element={<PersonFormPage />} />
        <Route path="people/:id" element={<PersonDetailPage />} />
        <Route path="people/:id/edit" element={<PersonFormPage />} />
        <Route path="classes" element={<ClassesPage />} />
        <Route path="targets" element={<TargetsPage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="sync" element={<SyncPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
