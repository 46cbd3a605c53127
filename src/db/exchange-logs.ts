// The exchange's logs: the files exported from here (the start of the next "changes" export)
// and the files imported (the sync page's history). Entries are written by the export and by
// the import's transaction (import-apply.ts).
import { db, type ExportLogEntry, type ImportLogEntry } from './schema';
import type { SettingKey } from './settings-registry';

const MERGE_UNDO_SETTING: SettingKey = 'lastMergeUndo';

/** What an export holds: a unit's subtree, or the province's tree for its units. */
export type ExportContent = ExportLogEntry['content'];

/**
 * Logs an export. A file of people takes the last merge of duplicates with it (as a change and a
 * tombstone): from then on the merge cannot be undone here (merge-repo.ts), so its undo goes in
 * the same transaction.
 */
export async function recordExport(entry: ExportLogEntry): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.exportLog, d.settings], async () => {
    await d.exportLog.put(entry);
    if (entry.content === 'subtree') await d.settings.delete(MERGE_UNDO_SETTING);
  });
}

/** Exports made here, newest first. */
export async function listExports(): Promise<ExportLogEntry[]> {
  return (await db().exportLog.orderBy('exportedAt').toArray()).reverse();
}

/** The last export of a unit's data (the start of the next "changes" export), or null. */
export async function lastExport(
  rootUnitId: string,
  content: ExportContent = 'subtree',
): Promise<ExportLogEntry | null> {
  const all = await listExports();
  return all.find((entry) => entry.rootUnitId === rootUnitId && entry.content === content) ?? null;
}

/** Files imported here, newest first. */
export async function listImports(): Promise<ImportLogEntry[]> {
  return (await db().importLog.orderBy('importedAt').toArray()).reverse();
}
