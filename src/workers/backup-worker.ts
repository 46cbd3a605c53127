// The backup worker: reading a quarter of a million people, writing them as JSON, and parsing,
// checking and restoring such a file take seconds each; here they never freeze the page. Its
// requests are src/exchange/backup-handlers.ts; the page talks to it through
// src/exchange/backup-client.ts.
import { backupHandlers, relayBackupFailure } from '@/exchange/backup-handlers';
import { serveRequests, type WorkerScope } from './serve-requests';

serveRequests(globalThis as unknown as WorkerScope, backupHandlers, { relay: relayBackupFailure });
