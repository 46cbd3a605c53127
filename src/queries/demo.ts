// Whether the store holds the generated demo province: the top bar marks it on every screen, so
// nobody mistakes its figures for real ones.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isDemoLoaded } from '@/db/demo-repo';

export const demoQuery = queryOptions({ queryKey: ['demo'] as const, queryFn: isDemoLoaded });

export function useDemoInfo() {
  return useQuery(demoQuery);
}
