// Whether the store holds the generated demo province: the top bar marks it on every screen, so
// nobody mistakes its figures for real ones. The marker is read from the settings directly, not
// through demo-repo.ts, whose loading and removing (with the people's write path) the shell
// must not carry.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSetting } from '@/db/settings-repo';

export const demoQuery = queryOptions({
  queryKey: ['demo'] as const,
  queryFn: async () => (await getSetting('demo')) ?? null,
});

export function useDemoInfo() {
  return useQuery(demoQuery);
}
