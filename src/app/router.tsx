// Real paths, each screen loaded lazily so the first screen carries only what it needs.
import { lazy, useState, type ComponentType } from 'react';
import { Route, Routes } from '@/ui/router';
import { matchRoutes, type RouteDefinition } from '@/ui/route-match';
import { loadLaterMessages } from '@/i18n/load-messages';
import { Layout } from './layout';
import { rememberFailedPage, retryImport } from '@/ui/retry-import';
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
    (loading ??= Promise.all([retryImport(load), later ? loadLaterMessages() : undefined]).then(
      ([module]) => {
        Loaded = module.default;
      },
      (error: unknown) => {
        // A failed fetch (offline before the app was cached, say) is tried again next time.
        loading = null;
        rememberFailedPage(() => {
          Lazy = lazyPage();
        });
        throw error;
      },
    ));
  // `lazy` keeps a failure for good: a page whose module could not be fetched gets a new one
  // once the failure is shown (forgetFailedPages), and is fetched again when opened again.
  const lazyPage = () => lazy(() => preload().then(() => ({ default: Loaded as ComponentType })));
  let Lazy = lazyPage();
  function Page() {
    // Decided once per mount: a page first drawn through `lazy` stays so. The routes' elements
    // are made once, so a page is rarely drawn again from here, but were it, switching the
    // element's type would mount it anew and lose what it holds (a form's input).
    const [Direct] = useState(() => Loaded);
    return Direct ? <Direct /> : <Lazy />;
  }
  return Object.assign(Page, { preload });
}

/** The person form serves two paths: a new person, and the edit of one. */
const PersonFormPage = page(() => import('@/features/people/person-form-page'));

/**
 * The app's one route table: each path (relative to the layout, none for the home page's index
 * route) and its page. The routes are drawn from it, and preloading finds a path's page in it
 * with the router's own matcher, so the two cannot disagree. Order matters only to the idle
 * preloading, which fetches the pages in this order.
 */
const PAGES: readonly { path?: string; page: Page }[] = [
  { page: page(() => import('@/features/home/home-page'), false) },
  { path: 'setup', page: page(() => import('@/features/setup/setup-page'), false) },
  { path: 'people', page: page(() => import('@/features/people/people-list-page')) },
  { path: 'classes', page: page(() => import('@/features/classes/classes-page')) },
  { path: 'targets', page: page(() => import('@/features/targets/targets-page')) },
  { path: 'units', page: page(() => import('@/features/units/units-page')) },
  { path: 'places', page: page(() => import('@/features/places/places-page')) },
  { path: 'dashboard', page: page(() => import('@/features/dashboard/dashboard-page')) },
  { path: 'sync', page: page(() => import('@/features/sync/sync-page')) },
  { path: 'reports', page: page(() => import('@/features/reports/reports-page')) },
  { path: 'settings', page: page(() => import('@/features/settings/settings-page')) },
  { path: 'rules', page: page(() => import('@/features/rules/rules-page')) },
  // Nhập địa bàn từ bảng tính
  { path: 'places/import', page: page(() => import('@/features/places/import/place-import-page')) },
  { path: 'quality/merge', page: page(() => import('@/features/merge/merge-page')) },
  { path: 'quality', page: page(() => import('@/features/quality/quality-page')) },
  { path: 'people/:id', page: page(() => import('@/features/people/person-detail-page')) },
  { path: 'people/new', page: PersonFormPage },
  { path: 'people/:id/edit', page: PersonFormPage },
];

/** The table in the shape the router's matcher reads, each page as its route's element. */
const DEFINITIONS: RouteDefinition[] = PAGES.map(({ path, page: element }) => ({
  path,
  index: path === undefined,
  element,
  children: [],
}));

/**
 * Fetches the module of the page at `pathname` (main.tsx waits for it, briefly, before the first
 * draw, so that the page is drawn at once rather than after a suspense). Never rejects.
 */
export function preloadPageAt(pathname: string): Promise<void> {
  const page = matchRoutes(DEFINITIONS, pathname)[0]?.route.element as Page | undefined;
  return (page?.preload() ?? Promise.resolve()).catch(() => undefined);
}

/** Fetches every page's module, for instant navigation later (the layout calls it when idle). */
export function preloadAllPages(): void {
  for (const each of new Set(PAGES.map(({ page }) => page))) {
    void each.preload().catch(() => undefined);
  }
}

/** The routes (the app's own router, src/ui/router.tsx), drawn from the table above. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Layout />}>
        {PAGES.map(({ path, page: Page }) => (
          <Route key={path ?? ''} path={path} index={path === undefined} element={<Page />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
