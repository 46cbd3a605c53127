// The page's side of the quality worker (src/workers/quality-worker.ts): one worker, started on
// the first request, replaced if it crashes.
import type { QualityReport } from '@/domain/quality-report';
import type { QualityFailure, QualityHandlers, QualityRequest } from './quality-handlers';
import { createWorkerRpc } from './worker-rpc';

const rpc = createWorkerRpc<QualityHandlers, QualityFailure>({
  start: () =>
    new Worker(new URL('../workers/quality-worker.ts', import.meta.url), { type: 'module' }),
  name: 'quality worker',
  failure: (error) => new Error(error.message),
});

export function qualityReportInWorker(
  request: QualityRequest,
  onRebuild?: (done: number, total: number) => void,
): Promise<QualityReport> {
  return rpc.call('report', request, (progress) => onRebuild?.(progress.done, progress.total));
}

/** Rebuilds the aggregates in the worker (the page's check hands its rebuild here). */
export function rebuildAggregatesInWorker(
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  return rpc.call('rebuildAggregates', {}, (progress) => onProgress(progress.done, progress.total));
}
