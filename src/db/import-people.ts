// The import's step for people: the one large table, so the one with a fast path. Its
// aggregates are written in the same transaction (aggregates.ts).
import Dexie from 'dexie';
import type { RecordType } from '@/domain/code-lists';
import { addNew } from './add-new';
import { applyPeopleChanges } from './aggregates';
import { stillNewer, type ApplyContext, type RecordStep } from './import-context';
import { toRow } from './people-repo';
import type { PersonRow } from './rows';

/** A step of an import as a User Timing measure (src/exchange/timing.ts names the others). */
function measureStep(step: string, start: number): void {
  try {
    performance.measure(`ptdv:import:${step}`, { start, end: performance.now() });
  } catch {
    // No User Timing here.
  }
}

/** Ids of the records of a type that have a tombstone: one key range read. */
async function tombstonedIds(context: ApplyContext, type: RecordType): Promise<Set<string>> {
  const keys = await context.d.tombstones
    .where('[type+id]')
    .between([type, Dexie.minKey], [type, Dexie.maxKey], true, true)
    .primaryKeys();
  return new Set(keys.map(([, id]) => id));
}

/**
 * Most of a file's people are new here, and IndexedDB's add() writes a new record without first
 * looking for an old one (put() must, to replace its index entries). So the people neither
 * stored nor tombstoned at the preview go in with one bulkAdd and no read before it; one stored
 * since then fails its add (the transaction goes on) and is checked against the store, with
 * those that have a tombstone, like the records of other types. The bench reads the three
 * measures (apply:rows, apply:people, apply:aggregates).
 */
async function writePeople(context: ApplyContext): Promise<void> {
  const { d, counts } = context;
  let step = performance.now();
  const rows = context.people.map(toRow);
  const tombstoned = await tombstonedIds(context, 'person');
  const known = new Set(context.plan.storedPeople ?? []);
  let toCheck: PersonRow[] = [];
  let added: PersonRow[] = [];
  for (const row of rows) {
    (tombstoned.has(row.id) || known.has(row.id) ? toCheck : added).push(row);
  }
  measureStep('apply:rows', step);
  step = performance.now();
  const failed = await addNew(d.people, added);
  if (failed.size > 0) {
    toCheck = [...toCheck, ...added.filter((_, index) => failed.has(index))];
    added = added.filter((_, index) => !failed.has(index));
  }
  const current = await d.people.bulkGet(toCheck.map((row) => row.id));
  const result = await stillNewer(context, 'person', toCheck, current);
  counts.person.created += added.length;
  if (result.accepted.length > 0) await d.people.bulkPut(result.accepted);
  measureStep('apply:people', step);
  step = performance.now();
  // Each aggregate's part as its own measure (apply:aggregate:home…), summed by the bench.
  await applyPeopleChanges(
    d,
    [
      ...added.map((after) => ({ after })),
      ...result.accepted.map((after, index) => ({ before: result.before[index], after })),
    ],
    (aggregate, start) => measureStep(`apply:aggregate:${aggregate}`, start),
  );
  measureStep('apply:aggregates', step);
}

export const peopleStep: RecordStep<'person'> = {
  write: writePeople,
  ownerOf: (row) => row.unitId,
  // Deleted people leave the aggregates in the same transaction.
  deleted: (context, rows) =>
    applyPeopleChanges(
      context.d,
      rows.map((before) => ({ before })),
    ),
};
