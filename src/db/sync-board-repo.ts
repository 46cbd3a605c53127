// The province's sync board (src/domain/sync-board.ts) over the store: the unit tree and the
// import log, read in one read transaction.
import { localIsoDate, type IsoDate } from '@/domain/dates';
import type { Period } from '@/domain/indicator-types';
import { quarterOf } from '@/domain/periods';
import { syncBoardOf, type SyncBoard } from '@/domain/sync-board';
import { db, type ImportLogEntry } from './schema';

/** The board of a period (default: the quarter holding `today`). */
export async function syncBoard(
  period?: Period,
  today: IsoDate = localIsoDate(),
): Promise<SyncBoard<ImportLogEntry>> {
  const d = db();
  const [units, imports] = await d.transaction('r', [d.units, d.importLog], () =>
    Promise.all([d.units.toArray(), d.importLog.toArray()]),
  );
  return syncBoardOf(units, imports, period ?? quarterOf(today));
}
