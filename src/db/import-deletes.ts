// The import's tombstones: each deletes the stored record it is newer than, and is kept (an
// older file must not bring the record back). Per record type, through its step's entry.
import type { RecordType } from '@/domain/code-lists';
import { later, type RecordRows } from './exchange-tables';
import type { ApplyContext } from './import-context';
import { RECORD_STEPS } from './import-steps';
import type { TombstoneRow } from './rows';

function withOwner(tombstone: TombstoneRow, unitId: string | undefined): TombstoneRow {
  const row: TombstoneRow = {
    type: tombstone.type,
    id: tombstone.id,
    deletedAt: tombstone.deletedAt,
  };
  const owner = unitId ?? tombstone.unitId;
  if (owner !== undefined) row.unitId = owner;
  return row;
}

/** Applies one type's tombstones; returns those to keep. */
async function deleteOlder<T extends RecordType>(
  context: ApplyContext,
  type: T,
  tombstones: readonly TombstoneRow[],
): Promise<TombstoneRow[]> {
  const step = RECORD_STEPS[type];
  const table = context.tables[type];
  const counts = context.counts[type];
  const current = await table.bulkGet(tombstones.map((t) => t.id));
  const known = await context.d.tombstones.bulkGet(
    tombstones.map((t): [string, string] => [t.type, t.id]),
  );
  const keep: TombstoneRow[] = [];
  const doomed: RecordRows[T][] = [];
  let deleted = 0;
  tombstones.forEach((tombstone, index) => {
    const stored = current[index];
    if (stored) {
      if (!later(tombstone.deletedAt, stored.updatedAt)) {
        // Changed here after the deletion (since the preview): the record stands.
        counts.stale += 1;
        return;
      }
      doomed.push(stored);
      deleted += 1;
      keep.push(withOwner(tombstone, step.ownerOf(stored)));
      return;
    }
    const previous = known[index];
    if (!previous || later(tombstone.deletedAt, previous.deletedAt)) {
      keep.push(tombstone);
      deleted += 1;
    } else counts.unchanged += 1;
  });
  counts.deleted = deleted;
  if (doomed.length > 0) {
    await table.bulkDelete(doomed.map((row) => row.id));
    await step.deleted?.(context, doomed);
  }
  return keep;
}

/** Tombstones: delete what they are newer than, and keep them (an older file must not revive). */
export async function applyDeletes(context: ApplyContext): Promise<void> {
  const byType = new Map<RecordType, TombstoneRow[]>();
  for (const tombstone of context.plan.deletes) {
    const list = byType.get(tombstone.type);
    if (list) list.push(tombstone);
    else byType.set(tombstone.type, [tombstone]);
  }
  const keep: TombstoneRow[] = [];
  for (const [type, tombstones] of byType)
    keep.push(...(await deleteOlder(context, type, tombstones)));
  if (keep.length > 0) await context.d.tombstones.bulkPut(keep);
}
