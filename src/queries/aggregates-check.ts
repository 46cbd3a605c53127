// The aggregates' check (ensureAggregates: the people counted against what the aggregates hold,
// and a rebuild when they differ) for screens that read the aggregates first and check after
// they have drawn: a rebuild refreshes every screen's figures. Screens load this module when the
// check runs (aggregatesCheck below), so that it and the dashboard's repository stay off the
// first screen.
import type { QueryClient } from '@tanstack/react-query';
import { ensureAggregates } from '@/db/dashboard-repo';

export async function checkAggregates(client: QueryClient): Promise<{ rebuilt: boolean }> {
  const result = await ensureAggregates();
  if (result.rebuilt) {
    await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'aggregates' });
  }
  return result;
}
