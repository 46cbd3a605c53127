// Reading people: the scope's list and one person (with the classes they attended).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getClass } from '@/db/classes-repo';
import { listPeopleBlocks } from '@/db/people-list-repo';
import { getPerson } from '@/db/people-repo';
import { aggregatesCheckQuery } from '@/queries/aggregates-check';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';
import { useIdleAfter } from '@/ui/idle';

export function peopleQuery(scope: Pick<Scope, 'key' | 'unitIds'>) {
  return queryOptions({
    queryKey: queryKeys.peopleList(scope.key),
    queryFn: () => listPeopleBlocks(scope.unitIds),
  });
}

/**
 * The scope's list records, and the aggregates' check once they have drawn (as home does,
 * home-query.ts), or at once when they hold nobody: an upgrade empties them, and "no people
 * yet" must not show while they are rebuilt. A rebuild reads the records again.
 */
export function usePeople(scope: Scope | undefined) {
  const list = useQuery({
    ...peopleQuery(scope ?? { key: 'none', unitIds: new Set() }),
    enabled: Boolean(scope),
  });
  const empty = list.data?.length === 0;
  const idle = useIdleAfter(list.data !== undefined, 2000);
  const check = useQuery({ ...aggregatesCheckQuery(), enabled: idle || empty });
  return {
    data: list.data,
    isLoading: list.isLoading || (empty && !check.isSuccess),
    error: list.error ?? check.error,
  };
}

export function personQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.person(id),
    // react-query does not accept undefined as data: a missing person is null.
    queryFn: async () => (await getPerson(id)) ?? null,
  });
}

/** One person; with no id (the new-person form) nothing is read. */
export function usePerson(id: string | undefined) {
  return useQuery({ ...personQuery(id ?? ''), enabled: Boolean(id) });
}

export function usePersonClasses(ids: readonly (string | null)[]) {
  const wanted = ids.filter((id): id is string => Boolean(id));
  return useQuery({
    queryKey: ['classes', 'byId', ...wanted],
    queryFn: async () => {
      const found = await Promise.all(wanted.map((id) => getClass(id)));
      return found.filter((item) => item !== undefined);
    },
    enabled: wanted.length > 0,
  });
}
