// The app's router: the part of react-router's API the app uses (declarative routes, links,
// navigation, path and search parameters, location state), over the History API. react-router
// 7 cost ~13 KB gzipped of the first screen even in its declarative mode; this is ~2 KB.
// Same names and behaviour as react-router, so a component reads the same either way.
import {
  Children,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import {
  isActivePath,
  matchRoutes,
  resolveTo,
  type RouteDefinition,
  type RouteMatch,
  type To,
} from './route-match';

export type { To } from './route-match';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export type NavigateFunction = {
  (to: To, options?: NavigateOptions): void | Promise<void>;
  (delta: number): void | Promise<void>;
};

// ---- the history store: one per page, read through useSyncExternalStore ----

interface HistoryEntryState {
  usr: unknown;
  key: string;
}

let snapshot: Location | undefined;
const listeners = new Set<() => void>();

function readLocation(): Location {
  const { pathname, search, hash } = window.location;
  const entry = window.history.state as Partial<HistoryEntryState> | null;
  return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
}

function currentLocation(): Location {
  snapshot ??= readLocation();
  return snapshot;
}

function publish(): void {
  snapshot = readLocation();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', publish);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', publish);
  };
}

function go(to: To | number, options: NavigateOptions = {}): void {
  if (typeof to === 'number') {
    window.history.go(to);
    return;
  }
  const href = resolveTo(to, currentLocation());
  const entry: HistoryEntryState = {
    usr: options.state ?? null,
    key: Math.random().toString(36).slice(2, 10),
  };
  if (options.replace) window.history.replaceState(entry, '', href);
  else window.history.pushState(entry, '', href);
  publish();
}

// ---- contexts ----

const LocationContext = createContext<Location | null>(null);

interface RouteContextValue {
  params: Record<string, string>;
  outlet: ReactNode;
}

const RouteContext = createContext<RouteContextValue>({ params: {}, outlet: null });

export function BrowserRouter({ children }: { children: ReactNode }) {
  const location = useSyncExternalStore(subscribe, currentLocation);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  const location = useContext(LocationContext);
  if (!location) throw new Error('useLocation() outside <BrowserRouter>');
  return location;
}

// One function for the whole page: navigation needs nothing from the component that asks.
const navigate = ((to: To | number, options?: NavigateOptions) =>
  go(to, options)) as NavigateFunction;

export function useNavigate(): NavigateFunction {
  return navigate;
}

export function useParams<T extends Record<string, string | undefined>>(): Partial<T> {
  return useContext(RouteContext).params as Partial<T>;
}

type SearchInit = URLSearchParams | string | Record<string, string>;

export function useSearchParams(): [
  URLSearchParams,
  (
    next: SearchInit | ((current: URLSearchParams) => SearchInit),
    options?: NavigateOptions,
  ) => void,
] {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const value =
        typeof next === 'function' ? next(new URLSearchParams(currentLocation().search)) : next;
      const text = new URLSearchParams(value).toString();
      go({ pathname, search: text ? `?${text}` : '' }, options);
    },
    [pathname],
  );
  return [params, setParams];
}

// ---- routes ----

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Declares a route inside <Routes>; it renders nothing itself. */
export function Route(_props: RouteProps): ReactElement | null {
  return null;
}

function definitionsOf(children: ReactNode): RouteDefinition[] {
  const routes: RouteDefinition[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    const { path, index, element, children: nested } = child.props;
    const route: RouteDefinition = { element, children: definitionsOf(nested) };
    if (path !== undefined) route.path = path;
    if (index) route.index = true;
    routes.push(route);
  });
  return routes;
}

function renderChain(chain: readonly RouteMatch[], at: number): ReactNode {
  const match = chain[at];
  if (!match) return null;
  return (
    <RouteContext.Provider value={{ params: match.params, outlet: renderChain(chain, at + 1) }}>
      {match.route.element as ReactNode}
    </RouteContext.Provider>
  );
}

export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const routes = useMemo(() => definitionsOf(children), [children]);
  const chain = useMemo(() => matchRoutes(routes, pathname), [routes, pathname]);
  return <>{renderChain(chain, 0)}</>;
}

/** Where a layout route renders the matched child route. */
export function Outlet() {
  return <>{useContext(RouteContext).outlet}</>;
}

// ---- links ----

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  replace?: boolean;
  state?: unknown;
}

function useLinkClick(props: LinkProps) {
  const { to, replace, state, onClick, target } = props;
  return (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    if (target && target !== '_self') return;
    event.preventDefault();
    go(to, { replace, state });
  };
}

export function Link(props: LinkProps) {
  const { to, replace: _replace, state: _state, ...anchor } = props;
  const location = useLocation();
  const onClick = useLinkClick(props);
  return <a {...anchor} href={resolveTo(to, location)} onClick={onClick} />;
}

export interface NavLinkProps extends LinkProps {
  to: string;
  /** Active only on this exact path, not on the paths below it. */
  end?: boolean;
}

export function NavLink(props: NavLinkProps) {
  const { to, end = false, replace: _replace, state: _state, className, ...anchor } = props;
  const location = useLocation();
  const onClick = useLinkClick(props);
  const active = isActivePath(to, location.pathname, end);
  return (
    <a
      {...anchor}
      className={active ? [className, 'active'].filter(Boolean).join(' ') : className}
      aria-current={active ? 'page' : undefined}
      href={resolveTo(to, location)}
      onClick={onClick}
    />
  );
}

/** Navigates once when rendered (a redirect). */
export function Navigate({ to, replace, state }: { to: To } & NavigateOptions) {
  useEffect(() => {
    go(to, { replace, state });
    // Once per mount, as react-router's <Navigate>.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
