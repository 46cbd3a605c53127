// Every write stamps updatedAt (the exchange merge compares it); every delete leaves a tombstone.
import type { Tombstone } from '@/domain/entities';
import { nowStamp } from '@/domain/ids';
import type { RecordType } from '@/domain/code-lists';
import { db } from './schema';

/** A stamp strictly later than `previous`, so that two quick edits never share an updatedAt. */
export function nextStamp(previous?: string | null): string {
  const now = nowStamp();
  if (!previous || now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}

export async function writeTombstone(type: RecordType, id: string): Promise<Tombstone> {
  const tombstone: Tombstone = { type, id, deletedAt: nowStamp() };
  await db().tombstones.put(tombstone);
  return tombstone;
}
