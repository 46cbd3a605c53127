// The data checks' report of a unit subtree, computed in the quality worker
// (exchange/quality-client.ts): read by /quality and, for its total, by the export card's warning.
import { queryOptions } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/dates';
import { qualityReportInWorker } from '@/exchange/quality-client';

export type RebuildProgress = (done: number, total: number) => void;

export const qualityQuery = (
  request: { rootUnitId: string; today: IsoDate; notSame?: ReadonlySet<string> },
  onRebuild?: RebuildProgress,
) =>
  queryOptions({
    queryKey: ['quality', request.rootUnitId, request.today, [...(request.notSame ?? [])]] as const,
    queryFn: () =>
      qualityReportInWorker(
        {
          rootUnitId: request.rootUnitId,
          today: request.today,
          notSame: [...(request.notSame ?? [])],
        },
        onRebuild,
      ),
  });
