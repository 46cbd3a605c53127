// The page's side of the aggregates' check (src/db/ensure-aggregates.ts): its rebuild, a pass over
// every person, runs in the quality worker, never on the page's thread; once it is done every
// query of this page is read again (its figures were read before the rebuild) before the check's
// callers go on, and the other tabs are told to re-read theirs.
import { queryOptions, type Query, type QueryClient } from '@tanstack/react-query';
import { ensureAggregates, onAggregatesRebuilt, setRebuilder } from '@/db/ensure-aggregates';
import { announceLocalChange } from './change-channel';

export function connectAggregatesCheck(client: QueryClient): void {
  setRebuilder(async (onProgress) =>
    (await import('@/exchange/quality-client')).rebuildAggregatesInWorker(onProgress),
  );
  onAggregatesRebuilt(async () => {
    announceLocalChange();
    // The checks' own queries ('aggregates') are the ones waiting for this. A query still on
    // its first read may be waiting for the check too (its read asks for it first): waiting for
    // that read would wait for ourselves, so it is cancelled and read again like the others.
    const predicate = (query: Query) => query.queryKey[0] !== 'aggregates';
    await client.cancelQueries({ predicate, fetchStatus: 'fetching' });
    await client.invalidateQueries({ predicate });
  });
}

/**
 * The check as a query, for screens that read the aggregates first and check once they have
 * drawn (home, classes): a rebuild re-reads what they show (above).
 */
export const aggregatesCheckQuery = () =>
  queryOptions({
    queryKey: ['aggregates', 'check'] as const,
    queryFn: () => ensureAggregates(),
  });
