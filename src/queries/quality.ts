// The data checks' report of a unit subtree (db/quality-repo.ts): read by /quality and, for its
// total, by the export card's warning.
import { queryOptions } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import { readQualityReport } from '@/db/quality-repo';

export type RebuildProgress = (done: number, total: number) => void;

export const qualityQuery = (
  request: { rootUnitId: string; today: IsoDate; notSame?: ReadonlySet<string> },
  onRebuild?: RebuildProgress,
) =>
  queryOptions({
    queryKey: ['quality', request.rootUnitId, request.today, request.notSame?.size ?? 0] as const,
    queryFn: () =>
      readQualityReport(request.rootUnitId, {
        today: request.today,
        notSame: request.notSame,
        onRebuild,
      }),
  });
