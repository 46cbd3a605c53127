// What a view of a unit needs of the tree: its scope (indicator-scope.ts), its groups and their
// order. Every figure is summed per group: group 0 is the viewed unit's own units, group i + 1 is
// direct child i with its subtree; the root's figures are the sum of every group.
import type { Unit } from './entities';
import { itemAt } from './indicator-arrays';
import { buildViewScope, type ViewScope } from './indicator-scope';

export interface PreparedView {
  scope: ViewScope;
  unitById: Map<string, Unit>;
  /** Group 0: the viewed unit's own units; group i + 1: direct child i with its subtree. */
  groupIds: string[];
  groupOfUnit: Map<string, number>;
  /** The groups of the direct children, by name. */
  childOrder: number[];
}

// The tree of a view depends only on the unit list and the viewed unit: kept per list (a list is
// never changed in place; react-query hands a new one after a write), so that a change of period
// costs no walk of the tree and no sort of names.
const preparedViews = new WeakMap<readonly Unit[], Map<string, PreparedView>>();

export function prepareView(units: readonly Unit[], rootUnitId: string): PreparedView {
  let byRoot = preparedViews.get(units);
  if (!byRoot) {
    byRoot = new Map();
    preparedViews.set(units, byRoot);
  }
  const known = byRoot.get(rootUnitId);
  if (known) return known;

  const scope = buildViewScope(units, rootUnitId);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const groupIds = [rootUnitId, ...scope.childIds];
  const groupIndexOfId = new Map(groupIds.map((id, index) => [id, index]));
  const groupOfUnit = new Map<string, number>();
  // Every group id of the scope is the root or one of its direct children.
  for (const [unitId, groupId] of scope.groupOf) {
    const group = groupIndexOfId.get(groupId);
    if (group !== undefined) groupOfUnit.set(unitId, group);
  }
  // Children are listed by name (Vietnamese collation), as in the unit pickers.
  const collator = new Intl.Collator('vi');
  const nameOf = (group: number) => unitById.get(itemAt(groupIds, group))?.name ?? '';
  const childOrder = scope.childIds
    .map((_, index) => index + 1)
    .sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  const prepared = { scope, unitById, groupIds, groupOfUnit, childOrder };
  byRoot.set(rootUnitId, prepared);
  return prepared;
}
