// The province's sync board, from the unit tree and the files received: every unit that sends
// files (or has sent one), with its last file, and which sent nothing for the period. A unit's
// data also arrives in a file of an ancestor (a district sends its communes'), and a unit whose
// descendants sent their own files is in touch: neither is flagged. The store reads the units
// and the import log (src/db/sync-board-repo.ts).
import { localIsoDate } from './dates';
import type { Unit } from './entities';
import type { Period } from './indicator-types';
import { flattenTree } from './unit-tree';

/** What the board reads of a file received (the store's import log entries have more). */
export interface ReceivedFile {
  sourceUnitId: string;
  /** When it was imported here, UTC ISO (as the store writes it). */
  importedAt: string;
  /** When its sender wrote it, ISO 8601 with any offset. */
  exportedAt: string;
  /** The province's own files go down the tree: they say nothing of what units sent. */
  isProvinceFile: boolean;
}

/** Unit kinds that keep their own installation and send files up. */
const SENDER_KINDS: ReadonlySet<Unit['kind']> = new Set([
  'upper',
  'grassroots_committee',
  'grassroots_cell',
]);

export interface SyncBoardRow<F extends ReceivedFile = ReceivedFile> {
  unit: Unit;
  depth: number;
  /** The latest file received from this unit (any period), or null. */
  lastFile: F | null;
  /** Files received from this unit whose export date lies in the period. */
  filesInPeriod: number;
  /** An ancestor whose file of the period holds this unit's data, or null. */
  coveredBy: string | null;
  /** A unit of a kind that sends files (open, not the root). */
  expected: boolean;
  /** Expected, and no file of the period from it, an ancestor or a descendant. */
  missing: boolean;
}

export interface SyncBoard<F extends ReceivedFile = ReceivedFile> {
  period: Period;
  rows: SyncBoardRow<F>[];
  /** Ids of the units flagged missing, in tree order. */
  missing: string[];
}

/** Whether `file` was received after `previous` (imported later, or written later). */
function isNewer(file: ReceivedFile, previous: ReceivedFile | undefined): boolean {
  return (
    !previous ||
    file.importedAt > previous.importedAt ||
    (file.importedAt === previous.importedAt &&
      Date.parse(file.exportedAt) > Date.parse(previous.exportedAt))
  );
}

/** Each sender's last file, and how many of its files the period holds (by local export day). */
function filesBySender<F extends ReceivedFile>(files: readonly F[], period: Period) {
  const last = new Map<string, F>();
  const inPeriod = new Map<string, number>();
  for (const file of files) {
    if (file.isProvinceFile) continue;
    if (isNewer(file, last.get(file.sourceUnitId))) last.set(file.sourceUnitId, file);
    const day = localIsoDate(new Date(file.exportedAt));
    if (day >= period.from && day <= period.to) {
      inPeriod.set(file.sourceUnitId, (inPeriod.get(file.sourceUnitId) ?? 0) + 1);
    }
  }
  return { last, inPeriod };
}

/** The ancestors of a unit, nearest first (a cycle in the tree ends the walk). */
function* ancestorsOf(unit: Unit | undefined, byId: ReadonlyMap<string, Unit>) {
  let parentId = unit?.parentId ?? null;
  const seen = new Set<string>();
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    yield parentId;
    parentId = byId.get(parentId)?.parentId ?? null;
  }
}

/** The board of a period, from every unit and every file received. */
export function syncBoardOf<F extends ReceivedFile>(
  units: readonly Unit[],
  files: readonly F[],
  period: Period,
): SyncBoard<F> {
  const { last, inPeriod } = filesBySender(files, period);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const sentIds = new Set(inPeriod.keys());
  const descendantSent = new Set<string>();
  for (const id of sentIds) {
    for (const ancestor of ancestorsOf(byId.get(id), byId)) descendantSent.add(ancestor);
  }
  const rows: SyncBoardRow<F>[] = [];
  for (const { unit, depth } of flattenTree(units)) {
    let coveredBy: string | null = null;
    for (const ancestor of ancestorsOf(unit, byId)) {
      if (!sentIds.has(ancestor)) continue;
      coveredBy = ancestor;
      break;
    }
    const expected = unit.parentId !== null && !unit.closedOn && SENDER_KINDS.has(unit.kind);
    const lastFile = last.get(unit.id) ?? null;
    if (!expected && !lastFile) continue;
    const filesInPeriod = inPeriod.get(unit.id) ?? 0;
    rows.push({
      unit,
      depth,
      lastFile,
      filesInPeriod,
      coveredBy,
      expected,
      missing:
        expected && filesInPeriod === 0 && coveredBy === null && !descendantSent.has(unit.id),
    });
  }
  return { period, rows, missing: rows.filter((row) => row.missing).map((row) => row.unit.id) };
}
