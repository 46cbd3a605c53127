// How every aggregate writes a delta (aggregates.ts and its *-aggregate.ts parts): each record
// the delta touches read once, changed, and put back in one bulkPut, or deleted in one bulkDelete
// once nothing is left in it. Call inside the transaction that holds the aggregate's table.
import type { Table } from 'dexie';

/**
 * Writes `changes` (record key → what changes in it) to `table`. `next` gives a record's new
 * value from the stored one (undefined where none is stored), or undefined when it is left empty.
 */
export async function writeShards<Row, Change>(
  table: Table<Row, string, Row>,
  changes: ReadonlyMap<string, Change>,
  next: (key: string, stored: Row | undefined, change: Change) => Row | undefined,
): Promise<void> {
  if (changes.size === 0) return;
  const entries = [...changes];
  const current = await table.bulkGet(entries.map(([key]) => key));
  const puts: Row[] = [];
  const deletes: string[] = [];
  entries.forEach(([key, change], index) => {
    const stored = current[index];
    const row = next(key, stored, change);
    if (row) puts.push(row);
    else if (stored) deletes.push(key);
  });
  if (puts.length > 0) await table.bulkPut(puts);
  if (deletes.length > 0) await table.bulkDelete(deletes);
}
