// Reading people: the scope's list and one person (with the classes they attended).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getClass } from '@/db/classes-repo';
import { listPeopleEntries } from '@/db/people-list-repo';
import { getPerson } from '@/db/people-repo';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';

export function peopleQuery(scope: Pick<Scope, 'key' | 'unitIds'>) {
  return queryOptions({
    queryKey: queryKeys.peopleList(scope.key),
    queryFn: () => listPeopleEntries(scope.unitIds),
  });
}

export function usePeople(scope: Scope | undefined) {
  return useQuery({
    ...peopleQuery(scope ?? { key: 'none', unitIds: new Set() }),
    enabled: Boolean(scope),
  });
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
