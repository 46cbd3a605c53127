// What the classes screen reads: the classes of the scope, the people who can be picked, and
// the people a class already names.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { attendeeIds, listClasses } from '@/db/classes-repo';
import { listPeople } from '@/db/people-repo';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';

export const classesQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.classes(scope.key),
    queryFn: () => listClasses(scope.unitIds),
  });

export const peopleInScopeQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.people(scope.key),
    queryFn: () => listPeople({ unitIds: scope.unitIds }),
  });

export const attendeesQuery = (classId: string) =>
  queryOptions({
    queryKey: queryKeys.classAttendees(classId),
    queryFn: () => attendeeIds(classId),
  });

export function useClasses(scope: Scope) {
  return useQuery(classesQuery(scope));
}

export function usePeopleInScope(scope: Scope) {
  return useQuery(peopleInScopeQuery(scope));
}

export function useAttendees(classId: string | null) {
  return useQuery({ ...attendeesQuery(classId ?? ''), enabled: classId !== null });
}
