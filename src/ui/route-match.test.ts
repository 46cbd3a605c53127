import { describe, expect, it } from 'vitest';
import { isActivePath, matchRoutes, resolveTo, type RouteDefinition } from './route-match';

const route = (path: string | null, children: RouteDefinition[] = []): RouteDefinition =>
  path === null ? { index: true, element: 'index', children } : { path, element: path, children };

// The app's route table (src/app/router.tsx), in the shape the router reads.
const routes = [
  route('/', [
    route(null),
    route('setup'),
    route('people'),
    route('people/new'),
    route('people/:id'),
    route('people/:id/edit'),
    route('dashboard'),
    route('*'),
  ]),
];

const elementsOf = (pathname: string) =>
  matchRoutes(routes, pathname).map((match) => match.route.element);

describe('matchRoutes', () => {
  it('matches the index route at the root', () => {
    expect(elementsOf('/')).toEqual(['/', 'index']);
  });

  it('prefers a static segment over a parameter, whatever the order', () => {
    expect(elementsOf('/people/new')).toEqual(['/', 'people/new']);
    expect(elementsOf('/people/abc')).toEqual(['/', 'people/:id']);
  });

  it('gives every level the decoded parameters', () => {
    const chain = matchRoutes(routes, '/people/a%20b/edit');
    expect(chain.map((match) => match.route.element)).toEqual(['/', 'people/:id/edit']);
    expect(chain.map((match) => match.params)).toEqual([{ id: 'a b' }, { id: 'a b' }]);
  });

  it('falls back to the splat route for an unknown path, and ignores a trailing slash', () => {
    expect(elementsOf('/nothing/here')).toEqual(['/', '*']);
    expect(elementsOf('/dashboard/')).toEqual(['/', 'dashboard']);
  });
});

describe('resolveTo', () => {
  const from = { pathname: '/classes', search: '?edit=1' };

  it('keeps absolute paths and puts a search-only target on the current path', () => {
    expect(resolveTo('/people?stage=source', from)).toBe('/people?stage=source');
    expect(resolveTo('?edit=new', from)).toBe('/classes?edit=new');
  });

  it('builds a path from an object, adding the "?" when missing', () => {
    expect(resolveTo({ pathname: '/dashboard', search: 'unit=T' }, from)).toBe('/dashboard?unit=T');
    expect(resolveTo({ search: '?a=1' }, from)).toBe('/classes?a=1');
  });
});

describe('isActivePath', () => {
  it('marks a section active on its sub-pages unless it ends there', () => {
    expect(isActivePath('/people', '/people/abc', false)).toBe(true);
    expect(isActivePath('/people', '/peoplex', false)).toBe(false);
    expect(isActivePath('/', '/people', true)).toBe(false);
    expect(isActivePath('/', '/', true)).toBe(true);
  });
});
