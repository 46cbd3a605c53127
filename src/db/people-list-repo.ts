// The people list's reads (/people): the list aggregate's records of the scope's units (one per
// unit, domain/people-list.ts), never the people themselves. The page merges its rows from them
// as they are stored (domain/people-list-view.ts) and opens a person's full record only on the
// person's own page.
//
// The aggregates' check (ensure-aggregates.ts) is not awaited here: the page runs it once it has
// drawn, or at once when the records hold nobody (people-queries.ts), and a rebuild reads them
// again. Counting 250,000 people before the first row took half a second on LevelDB.
import type { PeopleListBlock } from '@/domain/people-list';
import { preloaded } from './preload';
import { LISTS_PER_READ, readInChunks } from './read-in-chunks';
import { db } from './schema';

/** Below this many units the records are read by key; above, all of them, in pieces. */
const BY_KEY = 200;

const everyBlock = preloaded(() => readInChunks(db().peopleList, LISTS_PER_READ));

/**
 * Starts reading every unit's record now (/people's module, as it loads on /people): the read
 * no longer waits for the page's code to mount and the unit tree to give the scope.
 */
export const preloadPeopleBlocks = everyBlock.start;

/** The list's records of these units (every unit when none are given), in no order. */
export async function listPeopleBlocks(unitIds?: ReadonlySet<string>): Promise<PeopleListBlock[]> {
  const early = everyBlock.taken();
  const inScope = (block: PeopleListBlock) => !unitIds || unitIds.has(block.unitId);
  if (early) return (await early).filter(inScope);
  const table = db().peopleList;
  return unitIds && unitIds.size <= BY_KEY
    ? (await table.bulkGet([...unitIds])).filter((block) => block !== undefined)
    : (await readInChunks(table, LISTS_PER_READ)).filter(inScope);
}
