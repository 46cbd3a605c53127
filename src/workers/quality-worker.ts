// The quality worker: the data checks' report (src/exchange/quality-handlers.ts) computed here,
// never on the page's thread. The page talks to it through src/exchange/quality-client.ts.
import { qualityHandlers, relayQualityFailure } from '@/exchange/quality-handlers';
import { serveRequests, type WorkerScope } from './serve-requests';

serveRequests(globalThis as unknown as WorkerScope, qualityHandlers, {
  relay: relayQualityFailure,
});
