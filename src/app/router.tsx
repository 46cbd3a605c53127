// Real paths, each screen loaded lazily so the first screen carries only what it needs.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { NotFound } from './not-found';

const HomePage = lazy(() => import('@/features/home/home-page'));
const SetupPage = lazy(() => import('@/features/setup/setup-page'));
const PeopleListPage = lazy(() => import('@/features/people/people-list-page'));
const PersonDetailPage = lazy(() => import('@/features/people/person-detail-page'));
const PersonFormPage = lazy(() => import('@/features/people/person-form-page'));
const ClassesPage = lazy(() => import('@/features/classes/classes-page'));
const TargetsPage = lazy(() => import('@/features/targets/targets-page'));
const UnitsPage = lazy(() => import('@/features/units/units-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/dashboard-page'));
const SyncPage = lazy(() => import('@/features/sync/sync-page'));
const ReportsPage = lazy(() => import('@/features/reports/reports-page'));
const SettingsPage = lazy(() => import('@/features/settings/settings-page'));

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'setup', element: <SetupPage /> },
      { path: 'people', element: <PeopleListPage /> },
      { path: 'people/new', element: <PersonFormPage /> },
      { path: 'people/:id', element: <PersonDetailPage /> },
      { path: 'people/:id/edit', element: <PersonFormPage /> },
      { path: 'classes', element: <ClassesPage /> },
      { path: 'targets', element: <TargetsPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
