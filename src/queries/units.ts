// The unit tree and the installation's scope (home unit and its subtree), used by every screen.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Unit } from '@/domain/entities';
import { flattenTree, subtreeIdsOf, type TreeNode } from '@/domain/unit-tree';
import { listUnits } from '@/db/units-repo';
import { installationQuery, type Installation } from './installation';
import { queryKeys } from './keys';

export const unitsQuery = queryOptions({ queryKey: queryKeys.units, queryFn: listUnits });

export function useUnits() {
  return useQuery(unitsQuery);
}

export interface Scope {
  installation: Installation | null;
  homeUnit: Unit | undefined;
  /** All units known to the store. */
  allUnits: Unit[];
  /** Units of the home subtree (all units when no home unit is set). */
  units: Unit[];
  unitIds: ReadonlySet<string>;
  /** The home subtree in tree order, for pickers and lists. */
  tree: TreeNode<Unit>[];
  /** A stable string naming the scope, for query keys. */
  key: string;
  unitName: (id: string | null | undefined) => string;
}

export function useScope(): { scope: Scope | undefined; isLoading: boolean } {
  const installation = useQuery(installationQuery);
  const units = useQuery(unitsQuery);
  const scope = useMemo<Scope | undefined>(() => {
    if (!units.data || installation.data === undefined) return undefined;
    const allUnits = units.data;
    const homeId = installation.data?.homeUnitId;
    const homeUnit = homeId ? allUnits.find((unit) => unit.id === homeId) : undefined;
    const unitIds = homeUnit
      ? subtreeIdsOf(allUnits, homeUnit.id)
      : new Set(allUnits.map((u) => u.id));
    const scoped = allUnits.filter((unit) => unitIds.has(unit.id));
    const byId = new Map(allUnits.map((unit) => [unit.id, unit]));
    return {
      installation: installation.data,
      homeUnit,
      allUnits,
      units: scoped,
      unitIds,
      tree: flattenTree(scoped, homeUnit?.id ?? null),
      key: homeUnit?.id ?? 'all',
      unitName: (id) => (id ? (byId.get(id)?.name ?? '—') : '—'),
    };
  }, [installation.data, units.data]);
  return { scope, isLoading: installation.isLoading || units.isLoading };
}
