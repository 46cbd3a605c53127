// What the "About your data" section reports: record counts; and byte sizes in the user's format.
import { queryOptions } from '@tanstack/react-query';
import { countPeople } from '@/db/people-repo';

export const peopleCountQuery = queryOptions({
  queryKey: ['settings', 'peopleCount'] as const,
  queryFn: countPeople,
});

/** Bytes as MB or GB, in the language's number format. */
export function formatBytes(bytes: number, number: (value: number) => string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${number(mb / 1024)} GB` : `${number(mb)} MB`;
}
