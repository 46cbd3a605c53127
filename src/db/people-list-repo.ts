// The people list's reads (/people): the list aggregate's records of the scope's units (one per
// unit, domain/people-list.ts), never the people themselves. The page draws its rows from them
// and opens a person's full record only on the person's own page.
import { unpackPeopleList, type ListEntry } from '@/domain/people-list';
import { ensureAggregates } from './dashboard-repo';
import { LISTS_PER_READ, readInChunks } from './read-in-chunks';
import { db } from './schema';

/** Below this many units the records are read by key; above, all of them in one read. */
const BY_KEY = 200;

/** The list's entries of these units (every unit when none are given), in no order. */
export async function listPeopleEntries(unitIds?: ReadonlySet<string>): Promise<ListEntry[]> {
  // The aggregates are written with every person; only data written around the app (a test
  // seeding raw rows, an older version's crash) can leave them behind: checked once per load.
  await ensureAggregates();
  const table = db().peopleList;
  const blocks =
    unitIds && unitIds.size <= BY_KEY
      ? (await table.bulkGet([...unitIds])).filter((block) => block !== undefined)
      : (await readInChunks(table, LISTS_PER_READ)).filter(
          (block) => !unitIds || unitIds.has(block.unitId),
        );
  return blocks.flatMap(unpackPeopleList);
}
