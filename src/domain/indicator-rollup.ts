// A figure held by some units of a tree (a quota, a member count), rolled up: a unit's value is
// its own when it has one, else the sum of the values of the highest units below it that have
// one. A unit with its own value stops the descent, so nested figures are never counted twice.
import { itemAt } from './indicator-arrays';
import type { ViewScope } from './indicator-scope';

export interface RolledUp {
  value: number;
  /** 'own' when the unit holds the value itself, 'sum' when summed from units below it. */
  source: 'own' | 'sum';
}

/**
 * The rolled-up value of every unit of the view that has one, itself or below it; units with
 * nothing are absent. `own` holds the values the units hold themselves.
 */
export function rollUp(
  scope: Pick<ViewScope, 'order' | 'parentOf'>,
  own: ReadonlyMap<string, number>,
): Map<string, RolledUp> {
  const result = new Map<string, RolledUp>();
  const below = new Map<string, number>();
  // Children come after their parents in `order`, so walking it backwards sees every child first.
  for (let index = scope.order.length - 1; index >= 0; index -= 1) {
    const unitId = itemAt(scope.order, index);
    const ownValue = own.get(unitId);
    const summed = below.get(unitId);
    let figure: RolledUp | null = null;
    if (ownValue !== undefined) figure = { value: ownValue, source: 'own' };
    else if (summed !== undefined) figure = { value: summed, source: 'sum' };
    if (!figure) continue;
    result.set(unitId, figure);
    const parentId = scope.parentOf.get(unitId);
    if (parentId) below.set(parentId, (below.get(parentId) ?? 0) + figure.value);
  }
  return result;
}
