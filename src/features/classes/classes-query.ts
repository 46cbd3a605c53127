// What the classes screen reads: the classes of the scope, how many people name each (from the
// home aggregate, never the people), and for the form the people a class already names and the
// candidates of the class's unit subtree (by index).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { attendeeRows, listClasses, peopleOfUnits } from '@/db/classes-repo';
import { readClassAttendance, readUnitStats } from '@/db/home-repo';
import type { PersonRow } from '@/db/rows';
import { classAttendance, peopleIn } from '@/domain/home-read';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { queryKeys } from '@/queries/keys';
import type { Scope } from '@/queries/units';
import { useIdleAfter } from '@/ui/idle';
import { aggregatesCheckQuery } from '@/queries/aggregates-check';

/** Above this many people, a unit's subtree is not listed in the picker: a smaller unit is asked for. */
export const PICKER_LIMIT = 15_000;

export const classesQuery = (scope: Scope) =>
  queryOptions({
    queryKey: queryKeys.classes(scope.key),
    queryFn: () => listClasses(scope.unitIds),
  });

/** How many people of the scope name each class. */
export const attendanceQuery = (scope: Scope) =>
  queryOptions({
    queryKey: ['classes', scope.key, 'attendance'] as const,
    queryFn: async () =>
      classAttendance(await readClassAttendance(), (unitId) => scope.unitIds.has(unitId)),
  });

export const attendeesQuery = (classId: string) =>
  queryOptions({
    queryKey: queryKeys.classAttendees(classId),
    queryFn: () => attendeeRows(classId),
  });

/** The people of a unit's subtree (within the scope), or null when it holds too many to list. */
export const candidatesQuery = (scope: Scope, unitId: string) =>
  queryOptions({
    queryKey: ['classes', scope.key, 'candidates', unitId] as const,
    queryFn: async (): Promise<PersonRow[] | null> => {
      if (!scope.unitIds.has(unitId)) return [];
      const subtree = subtreeIdsOf(scope.units, unitId);
      const held = peopleIn(await readUnitStats(), (id) => subtree.has(id));
      if (held > PICKER_LIMIT) return null;
      return peopleOfUnits(subtree);
    },
  });

export function useClasses(scope: Scope) {
  return useQuery(classesQuery(scope));
}

/** The attendance counts, and the aggregates' check once the list has drawn (see home-query). */
export function useAttendance(scope: Scope, drawn: boolean) {
  const attendance = useQuery(attendanceQuery(scope));
  const idle = useIdleAfter(drawn && attendance.data !== undefined, 2000);
  useQuery({ ...aggregatesCheckQuery(), enabled: idle });
  return attendance;
}

export function useAttendees(classId: string | null) {
  return useQuery({ ...attendeesQuery(classId ?? ''), enabled: classId !== null });
}

export function useCandidates(scope: Scope, unitId: string) {
  return useQuery({ ...candidatesQuery(scope, unitId), enabled: unitId !== '' });
}
