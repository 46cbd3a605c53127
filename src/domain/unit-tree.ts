// The party tree: subtrees, paths, and where a closed unit's figures go today.
import type { Unit } from './entities';

type TreeUnit = Pick<Unit, 'id' | 'parentId'>;

export function childrenIndex<T extends TreeUnit>(units: readonly T[]): Map<string | null, T[]> {
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    const list = children.get(unit.parentId);
    if (list) list.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  return children;
}

/** Ids of a unit and every unit below it (closed ones included: they keep their history). */
export function subtreeIdsOf(units: readonly TreeUnit[], rootId: string): Set<string> {
  const children = childrenIndex(units);
  const result = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const child of children.get(current) ?? []) {
      if (!result.has(child.id)) {
        result.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return result;
}

/** The chain from the root down to a unit (inclusive). */
export function pathTo<T extends TreeUnit>(units: readonly T[], unitId: string): T[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const path: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/**
 * The open unit that carries a unit's figures today: itself if open, else its successor's
 * carrier (a merger chain can be several steps long). Returns the last unit of a broken chain.
 */
export function currentCarrier(units: readonly Unit[], unitId: string): string {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  let id = unitId;
  for (;;) {
    const unit = byId.get(id);
    if (!unit || !unit.closedOn || !unit.successorId || seen.has(id)) return id;
    seen.add(id);
    id = unit.successorId;
  }
}

export interface TreeNode<T> {
  unit: T;
  depth: number;
}

/** Depth-first order of the tree, children sorted by name (vi collation), for lists and pickers. */
export function flattenTree<T extends TreeUnit & Pick<Unit, 'name'>>(
  units: readonly T[],
  rootId?: string | null,
): TreeNode<T>[] {
  const children = childrenIndex(units);
  const collator = new Intl.Collator('vi');
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  const ids = new Set(units.map((unit) => unit.id));
  const roots = rootId
    ? units.filter((unit) => unit.id === rootId)
    : units.filter((unit) => unit.parentId === null || !ids.has(unit.parentId));
  const out: TreeNode<T>[] = [];
  const seen = new Set<string>();
  const visit = (unit: T, depth: number) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    out.push({ unit, depth });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return out;
}
