// What the "About your data" section reports: record counts and the browser's storage figures.
import { queryOptions } from '@tanstack/react-query';
import { countPeople } from '@/db/people-repo';

export interface StorageFacts {
  usage: number | undefined;
  quota: number | undefined;
  persisted: boolean | undefined;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return { usage: undefined, quota: undefined, persisted: undefined };
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted() : Promise.resolve(undefined),
  ]);
  return { usage: estimate.usage, quota: estimate.quota, persisted };
}

export const storageFactsQuery = queryOptions({
  queryKey: ['settings', 'storage'] as const,
  queryFn: readStorageFacts,
});

export const peopleCountQuery = queryOptions({
  queryKey: ['settings', 'peopleCount'] as const,
  queryFn: countPeople,
});

/** Bytes as MB or GB, in the language's number format. */
export function formatBytes(bytes: number, number: (value: number) => string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${number(mb / 1024)} GB` : `${number(mb)} MB`;
}
