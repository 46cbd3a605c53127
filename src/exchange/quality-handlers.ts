// The quality worker's requests (src/workers/quality-worker.ts): the data checks' report of a
// unit subtree, read and counted off the page's thread (src/db/quality-repo.ts), so /quality stays
// responsive for a province of a quarter of a million people; and the aggregates' rebuild, the
// one whole-store pass the page's check may need (src/db/ensure-aggregates.ts).
import { rebuildAggregates } from '@/db/ensure-aggregates';
import { readQualityReport } from '@/db/quality-repo';
import type { IsoDate } from '@/domain/dates';

export interface QualityRequest {
  rootUnitId: string;
  today: IsoDate;
  /** Pair keys marked "not the same person". */
  notSame?: string[];
  /** The page ran its aggregates check first (src/queries/quality.ts): the report skips it. */
  checked?: boolean;
}

export interface QualityFailure {
  message: string;
}

export const qualityHandlers = {
  report: (request: QualityRequest, progress: (value: { done: number; total: number }) => void) =>
    readQualityReport(request.rootUnitId, {
      today: request.today,
      notSame: new Set(request.notSame ?? []),
      onRebuild: (done, total) => progress({ done, total }),
      checked: request.checked,
    }),
  /** The page's aggregates rebuild (src/db/ensure-aggregates.ts), off the page's thread. */
  rebuildAggregates: (
    _request: Record<string, never>,
    progress: (value: { done: number; total: number }) => void,
  ) => rebuildAggregates((done, total) => progress({ done, total })),
};

export type QualityHandlers = typeof qualityHandlers;

export function relayQualityFailure(error: unknown): QualityFailure {
  return { message: error instanceof Error ? error.message : String(error) };
}
