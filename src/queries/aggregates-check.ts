// The aggregates' check (ensureAggregates: the people counted against what the aggregates hold,
// and a rebuild when they differ) for screens that read the aggregates first and check after
// they have drawn: a rebuild refreshes every screen's figures.
import { queryOptions } from '@tanstack/react-query';
import { ensureAggregates } from '@/db/dashboard-repo';

export const aggregatesCheckQuery = queryOptions({
  queryKey: ['aggregates', 'check'] as const,
  queryFn: async ({ client }) => {
    const result = await ensureAggregates();
    if (result.rebuilt) {
      await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'aggregates' });
    }
    return result;
  },
});
