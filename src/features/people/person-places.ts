// A person's place (Person.placeId): the hamlet, school or enterprise they come from, chosen
// among the open places their unit answers for: its own and its subtree's (a commune committee's
// person may come from a hamlet its chi bộ thôn holds), and those of the units above it (a chi bộ
// thôn's hamlets may be held by the commune's committee). The places table is small: read whole.
import { useQuery } from '@tanstack/react-query';
import { PLACE_KINDS, type PlaceKind } from '@/domain/code-lists';
import type { Place, Unit } from '@/domain/entities';
import { pathTo, subtreeIdsOf } from '@/domain/unit-tree';
import { getPlace, listPlaces } from '@/db/places-repo';

export function useAllPlaces() {
  return useQuery({ queryKey: ['places', 'all'], queryFn: () => listPlaces() });
}

/** One place, for the person's page; a place no longer stored is null. */
export function usePlace(id: string | null) {
  return useQuery({
    queryKey: ['places', 'one', id ?? ''],
    queryFn: async () => (id ? ((await getPlace(id)) ?? null) : null),
    enabled: Boolean(id),
  });
}

export interface PlaceChoices {
  /** The open places of the unit, its subtree and its ancestors, by kind, each sorted by name. */
  groups: { kind: PlaceKind; places: Place[] }[];
  /** The place already recorded when it is not among them (closed, or of another unit). */
  other: Place | undefined;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function placeChoices(
  places: readonly Place[],
  units: readonly Unit[],
  unitId: string,
  currentId: string,
): PlaceChoices {
  const chain = new Set(
    unitId ? [...pathTo(units, unitId).map((unit) => unit.id), ...subtreeIdsOf(units, unitId)] : [],
  );
  const offered = places.filter((place) => chain.has(place.unitId) && !place.closedOn);
  const groups = PLACE_KINDS.map((kind) => ({
    kind,
    places: offered
      .filter((place) => place.kind === kind)
      .sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((group) => group.places.length > 0);
  const other =
    currentId && !offered.some((place) => place.id === currentId)
      ? places.find((place) => place.id === currentId)
      : undefined;
  return { groups, other };
}
