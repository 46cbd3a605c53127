// Plans of files from the province over the test tree, for the store's import and export tests.
import type { PlanToApply } from '../src/db/import-context';
import type { TombstoneRow } from '../src/db/rows';
import { buildImportPlan } from './builders';
import { buildTree, treeUnits } from './exchange-documents';

export const tree = buildTree();
export const units = treeUnits(tree);

/** A plan of a file from the province, writing `writes` and filing `deletes`. */
export function planOf(
  writes: Partial<PlanToApply['writes']>,
  deletes: TombstoneRow[] = [],
  extra: Partial<PlanToApply> = {},
): PlanToApply {
  return buildImportPlan({
    source: { unitId: tree.province.id, unitCode: 'TU', unitName: tree.province.name, app: 'test' },
    writes,
    deletes,
    ...extra,
  });
}
