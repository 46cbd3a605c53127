// Pure parts of the app's router (router.tsx): which route a path matches and what a link's
// target resolves to. Kept apart so they are unit-tested without a browser.

export interface RouteDefinition {
  /** Relative to the parent route; '/' for the root. Absent on an index route. */
  path?: string;
  index?: boolean;
  element: unknown;
  children: RouteDefinition[];
}

export interface RouteMatch {
  route: RouteDefinition;
  params: Record<string, string>;
}

const segmentsOf = (path: string) => path.split('/').filter((segment) => segment !== '');

/** How specific a route's path is: static segments beat parameters, which beat a splat. */
function scoreOf(segments: readonly string[]): number {
  return segments.reduce((sum, segment) => {
    if (segment === '*') return sum + 1;
    if (segment.startsWith(':')) return sum + 3;
    return sum + 10;
  }, 0);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface Candidate {
  chain: RouteMatch[];
  score: number;
}

function matchIn(
  routes: readonly RouteDefinition[],
  remaining: readonly string[],
  params: Record<string, string>,
): Candidate | null {
  let best: Candidate | null = null;
  for (const route of routes) {
    const candidate = matchRoute(route, remaining, params);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

function matchRoute(
  route: RouteDefinition,
  remaining: readonly string[],
  inherited: Record<string, string>,
): Candidate | null {
  if (route.index) {
    return remaining.length === 0
      ? { chain: [{ route, params: { ...inherited } }], score: 5 }
      : null;
  }
  const own = segmentsOf(route.path ?? '');
  const params = { ...inherited };
  let at = 0;
  for (const segment of own) {
    if (segment === '*') {
      params['*'] = remaining.slice(at).map(decode).join('/');
      at = remaining.length;
      break;
    }
    const actual = remaining[at];
    if (actual === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decode(actual);
    else if (segment !== actual) return null;
    at += 1;
  }
  const rest = remaining.slice(at);
  const score = scoreOf(own);
  if (route.children.length > 0) {
    const child = matchIn(route.children, rest, params);
    if (child)
      return {
        chain: [{ route, params }, ...child.chain],
        score: score + child.score,
      };
  }
  return rest.length === 0 ? { chain: [{ route, params }], score } : null;
}

/** The chain of routes, outermost first, that a pathname matches; empty when none does. */
export function matchRoutes(routes: readonly RouteDefinition[], pathname: string): RouteMatch[] {
  const chain = matchIn(routes, segmentsOf(pathname), {})?.chain ?? [];
  // Every level sees every parameter of the path, as react-router gives them.
  const params = chain.at(-1)?.params ?? {};
  return chain.map((match) => ({ route: match.route, params }));
}

export type To = string | { pathname?: string; search?: string; hash?: string };

/** The href a link or navigation goes to, from where the user is now. */
export function resolveTo(to: To, from: { pathname: string; search: string }): string {
  if (typeof to !== 'string') {
    const search = to.search ? (to.search.startsWith('?') ? to.search : `?${to.search}`) : '';
    const hash = to.hash ? (to.hash.startsWith('#') ? to.hash : `#${to.hash}`) : '';
    return `${to.pathname ?? from.pathname}${search}${hash}`;
  }
  if (to === '') return `${from.pathname}${from.search}`;
  if (to.startsWith('?') || to.startsWith('#')) return `${from.pathname}${to}`;
  if (to.startsWith('/')) return to;
  // Relative to the current path: the app only uses absolute paths and '?…', but be correct.
  const base = from.pathname.endsWith('/') ? from.pathname : `${from.pathname}/`;
  return new URL(to, `http://x${base}`).pathname;
}

/** Whether a navigation link to `to` is the current page (NavLink's aria-current). */
export function isActivePath(to: string, pathname: string, end: boolean): boolean {
  const target = to.length > 1 && to.endsWith('/') ? to.slice(0, -1) : to;
  if (pathname === target) return true;
  if (end) return false;
  if (target === '/') return true;
  return pathname.startsWith(`${target}/`);
}
