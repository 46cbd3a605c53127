// Which units a dashboard view counts, and under which direct child each one's figures fall.
// Built once per computation in O(units): the indicators then only look units up in maps.
import type { Unit } from './entities';
import { itemAt } from './indicator-arrays';

type ScopeUnit = Pick<Unit, 'id' | 'parentId' | 'closedOn' | 'successorId'>;

export interface ViewScope {
  rootUnitId: string;
  /** Units whose figures count for the view. */
  unitIds: Set<string>;
  /** The direct children of the viewed unit, each shown as a row with its own subtree. */
  childIds: string[];
  /** For every counted unit: the direct child whose figures include it, or the root itself. */
  groupOf: Map<string, string>;
  /** Counted units, every unit after its parent in the view's tree. */
  order: string[];
  /**
   * The parent of each counted unit in the view's tree (null for the root). A closed unit merged
   * into another hangs under its successor, so a quota or a member count it held is summed there.
   */
  parentOf: Map<string, string | null>;
}

interface Edge {
  childId: string;
  /** The child is a closed unit merged into the parent: its figures are the parent's own. */
  merged: boolean;
}

/**
 * The units of a view and their tree.
 *
 * Viewing an open unit X (the current tree): every unit whose carrier (domain/unit-tree.ts
 * currentCarrier: itself if open, else the open end of its successor chain) lies below X, so a
 * closed unit's figures count under its successor. An open unit still filed under a closed parent
 * follows that parent to its successor, so that it is counted where the parent's figures went and
 * every counted unit falls under exactly one direct child.
 *
 * Viewing a closed unit X: its own subtree as it was (open and closed units filed under it, and
 * units that had merged into any of them), so it can still be viewed for its open years.
 */
export function buildViewScope(units: readonly ScopeUnit[], rootUnitId: string): ViewScope {
  const byId = new Map<string, ScopeUnit>();
  for (const unit of units) byId.set(unit.id, unit);
  const root = byId.get(rootUnitId);
  const edges = root && !root.closedOn ? currentTreeEdges(units, byId) : historicTreeEdges(units);
  return walk(rootUnitId, edges);
}

/** Children in the current tree: open units under their parent's carrier, merged units under their successor. */
function currentTreeEdges(
  units: readonly ScopeUnit[],
  byId: ReadonlyMap<string, ScopeUnit>,
): Map<string, Edge[]> {
  const carrierMemo = new Map<string, string>();
  // The successor chain is followed while the unit is closed and its successor exists; a chain
  // that loops back ends at the unit where the loop was found, so every chain has an end.
  const carrier = (startId: string): string => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id = startId;
    let end: string;
    for (;;) {
      const known = carrierMemo.get(id);
      if (known !== undefined) {
        end = known;
        break;
      }
      const unit = byId.get(id);
      if (
        !unit ||
        !unit.closedOn ||
        !unit.successorId ||
        !byId.has(unit.successorId) ||
        onPath.has(id)
      ) {
        end = id;
        break;
      }
      onPath.add(id);
      path.push(id);
      id = unit.successorId;
    }
    for (const step of path) carrierMemo.set(step, end);
    carrierMemo.set(id, end);
    return end;
  };

  const edges = new Map<string, Edge[]>();
  for (const unit of units) {
    if (carrier(unit.id) !== unit.id) {
      addEdge(edges, unit.successorId as string, unit.id, true);
      continue;
    }
    // A unit that succeeded its own parent sits where that parent sat.
    const seen = new Set<string>();
    let parentId = unit.parentId;
    while (parentId !== null && byId.has(parentId) && !seen.has(parentId)) {
      const parentCarrier = carrier(parentId);
      if (parentCarrier !== unit.id) {
        addEdge(edges, parentCarrier, unit.id, false);
        break;
      }
      seen.add(parentId);
      parentId = byId.get(parentId)?.parentId ?? null;
    }
  }
  return edges;
}

/** Children as filed: units under their parent, closed units under the unit they merged into. */
function historicTreeEdges(units: readonly ScopeUnit[]): Map<string, Edge[]> {
  const edges = new Map<string, Edge[]>();
  for (const unit of units) {
    if (unit.parentId !== null) addEdge(edges, unit.parentId, unit.id, false);
    if (unit.closedOn && unit.successorId) addEdge(edges, unit.successorId, unit.id, true);
  }
  return edges;
}

/** Files a child under its parent (merged: a closed unit under its successor). */
function addEdge(
  edges: Map<string, Edge[]>,
  parentId: string,
  childId: string,
  merged: boolean,
): void {
  const list = edges.get(parentId);
  if (list) list.push({ childId, merged });
  else edges.set(parentId, [{ childId, merged }]);
}

function walk(rootUnitId: string, edges: ReadonlyMap<string, Edge[]>): ViewScope {
  const unitIds = new Set<string>([rootUnitId]);
  const order = [rootUnitId];
  const parentOf = new Map<string, string | null>([[rootUnitId, null]]);
  const groupOf = new Map<string, string>([[rootUnitId, rootUnitId]]);
  const childIds: string[] = [];
  // Breadth first: `order` grows while it is read, parents always before their children.
  for (let index = 0; index < order.length; index += 1) {
    const parentId = itemAt(order, index);
    const parentGroup = groupOf.get(parentId) as string;
    for (const { childId, merged } of edges.get(parentId) ?? []) {
      if (unitIds.has(childId)) continue;
      unitIds.add(childId);
      order.push(childId);
      parentOf.set(childId, parentId);
      if (parentId === rootUnitId && !merged) {
        childIds.push(childId);
        groupOf.set(childId, childId);
      } else {
        groupOf.set(childId, parentGroup);
      }
    }
  }
  return { rootUnitId, unitIds, childIds, groupOf, order, parentOf };
}
