// Real paths, each screen loaded lazily so the first screen carries only what it needs.
import { lazy, useState, type ComponentType } from 'react';
import { Route, Routes } from '@/ui/router';
import { loadLaterMessages } from '@/i18n/load-messages';
import { Layout } from './layout';
import { NotFound } from './not-found';

/** A page's component, and a way to fetch its module (and words) before it is first drawn. */
type Page = ComponentType & { preload: () => Promise<void> };

/**
 * A page loaded on demand. Once its module is in (preloaded at start for the page the app opens
 * on, and when the browser is idle for the others), it is drawn directly: through `lazy` alone it
 * would suspend on its first draw however early it was fetched, and React holds a suspended
 * page's reveal back by up to 300 ms (its fallback throttle), which was most of the time to the
 * dashboard's first figures.
 */
function page(load: () => Promise<{ default: ComponentType }>, later = true): Page {
  let Loaded: ComponentType | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= Promise.all([load(), later ? loadLaterMessages() : undefined]).then(
      ([module]) => {
        Loaded = module.default;
      },
      (error: unknown) => {
        // A failed fetch (offline before the app was cached, say) is tried again next time.
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: Loaded as ComponentType })));
  function Page() {
    // Decided once per mount: a page first drawn through `lazy` stays so. The routes' elements
    // are made once, so a page is rarely drawn again from here, but were it, switching the
    // element's type would mount it anew and lose what it holds (a form's input).
    const [Direct] = useState(() => Loaded);
    return Direct ? <Direct /> : <Lazy />;
  }
  return Object.assign(Page, { preload });
}

const HomePage = page(() => import('@/features/home/home-page'), false);
const SetupPage = page(() => import('@/features/setup/setup-page'), false);
const PeopleListPage = page(() => import('@/features/people/people-list-page'));
const PersonDetailPage = page(() => import('@/features/people/person-detail-page'));
const PersonFormPage = page(() => import('@/features/people/person-form-page'));
const ClassesPage = page(() => import('@/features/classes/classes-page'));
const TargetsPage = page(() => import('@/features/targets/targets-page'));
const UnitsPage = page(() => import('@/features/units/units-page'));
const DashboardPage = page(() => import('@/features/dashboard/dashboard-page'));
const SyncPage = page(() => import('@/features/sync/sync-page'));
const ReportsPage = page(() => import('@/features/reports/reports-page'));
const SettingsPage = page(() => import('@/features/settings/settings-page'));

/** The pages of one-segment paths. */
const PAGES: Record<string, Page> = {
  '': HomePage,
  setup: SetupPage,
  people: PeopleListPage,
  classes: ClassesPage,
  targets: TargetsPage,
  units: UnitsPage,
  dashboard: DashboardPage,
  sync: SyncPage,
  reports: ReportsPage,
  settings: SettingsPage,
};

/** The page a path shows (the routes below), or null for one it does not know. */
function pageOf(pathname: string): Page | null {
  const [first = '', second, third, ...rest] = pathname.split('/').filter(Boolean);
  if (second === undefined) return Object.hasOwn(PAGES, first) ? (PAGES[first] ?? null) : null;
  if (first !== 'people' || rest.length > 0) return null;
  if (third === undefined) return second === 'new' ? PersonFormPage : PersonDetailPage;
  return third === 'edit' ? PersonFormPage : null;
}

/**
 * Fetches the module of the page at `pathname` (main.tsx waits for it, briefly, before the first
 * draw, so that the page is drawn at once rather than after a suspense). Never rejects.
 */
export function preloadPageAt(pathname: string): Promise<void> {
  return (pageOf(pathname)?.preload() ?? Promise.resolve()).catch(() => undefined);
}

/** Fetches every page's module, for instant navigation later (the layout calls it when idle). */
export function preloadAllPages(): void {
  for (const each of new Set(Object.values(PAGES).concat(PersonDetailPage, PersonFormPage))) {
    void each.preload().catch(() => undefined);
  }
}

/** The routes (the app's own router, src/ui/router.tsx). */
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
