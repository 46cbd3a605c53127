// The quality worker's requests (src/workers/quality-worker.ts): the data checks' report of a
// unit subtree, read and counted off the page's thread (src/db/quality-repo.ts), so /quality stays
// responsive for a province of a quarter of a million people.
import { readQualityReport } from '@/db/quality-repo';
import type { IsoDate } from '@/domain/dates';

export interface QualityRequest {
  rootUnitId: string;
  today: IsoDate;
  /** Pair keys marked "not the same person". */
  notSame?: string[];
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
    }),
};

export type QualityHandlers = typeof qualityHandlers;

export function relayQualityFailure(error: unknown): QualityFailure {
  return { message: error instanceof Error ? error.message : String(error) };
}
