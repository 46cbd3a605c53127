// The records' zod schemas (domain/entities.ts, with zod itself ~25 KB gzipped) are needed only
// when something is written, so repositories load them on their first write instead of with the
// first screen. Await this before opening a transaction: an import inside one would end it.
import type * as Entities from '@/domain/entities';

let loading: Promise<typeof Entities> | undefined;

export function recordSchemas(): Promise<typeof Entities> {
  loading ??= import('@/domain/entities');
  return loading;
}
