// The import worker: reading, opening a sealed file, parsing, validating and planning a file of
// 30,000 people takes seconds, and applying it longer; here they never freeze the page. The
// pipeline is src/exchange/import-pipeline.ts, the requests src/exchange/import-handlers.ts; the
// page talks to it through src/exchange/import-client.ts.
import { importHandlers, relayImportFailure } from '@/exchange/import-handlers';
import { timed } from '@/exchange/timing';
import { serveRequests, type WorkerScope } from './serve-requests';

serveRequests(globalThis as unknown as WorkerScope, importHandlers, {
  relay: relayImportFailure,
  // The benchmark reads how long posting the previews' summaries took (scripts/bench).
  sendAnswer: (send, request) => (request.type === 'preview' ? timed('post', send) : send()),
});
