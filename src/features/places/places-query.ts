// Reading places: the scope's places (one small table), and one year's figures by the year index.
import { useQuery } from '@tanstack/react-query';
import { listPlaceFigures, listPlaces } from '@/db/places-repo';
import type { Scope } from '@/queries/units';

export const placesKey = (scopeKey: string) => ['places', scopeKey] as const;

export function usePlaces(scope: Scope) {
  return useQuery({
    queryKey: placesKey(scope.key),
    queryFn: () => listPlaces(scope.unitIds),
  });
}

/** The figures of a year for the given places (those of the scope). */
export function usePlaceFigures(scope: Scope, year: number, placeIds: ReadonlySet<string>) {
  return useQuery({
    queryKey: ['placeFigures', scope.key, year],
    queryFn: () => listPlaceFigures(year, placeIds),
  });
}
