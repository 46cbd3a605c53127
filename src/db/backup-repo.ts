// Full backup and restore of the store: the only place that reads or writes every table at once.
// Reading happens in ONE read transaction (a consistent copy, even while another tab writes);
// restoring clears and rewrites everything in ONE read-write transaction (a failure or a closed
// tab leaves the store as it was). The file itself is built and checked in src/exchange/backup.ts;
// the work runs in src/workers/backup-worker.ts so that 250,000 people never freeze the page.
import {
  KNOWN_FIELDS,
  type MemberCount,
  type Person,
  type Place,
  type PlaceFigure,
  type Target,
  type TrainingClass,
  type Unit,
} from '@/domain/entities';
import { STORE_TABLES as BACKUP_TABLES } from '@/domain/store-tables';
import { aggregateRowsOf } from './aggregates';
import { dataTables } from './data-tables';
import type { TombstoneRow } from './rows';
import { toRow } from './people-repo';
import {
  db,
  type ExportLogEntry,
  type ImportLogEntry,
  type SettingRow,
  type UnitEvent,
} from './schema';
import type { PersonRow } from './rows';
import type { SettingKey } from './settings-registry';

/**
 * Settings that hold a private key as a non-extractable CryptoKey (keys-repo.ts). A script cannot
 * read such a key back out, so a backup carries what can be carried (src/exchange/backup.ts).
 */
export const PROVINCE_KEYS_SETTING = 'keys.province' satisfies SettingKey;
export const SIGNING_KEYS_SETTING = 'keys.signing' satisfies SettingKey;

/**
 * Columns a stored person has beyond the exchange record and the derived stage and search key:
 * today the app lock's sealed CCCD and its search token (app-lock.ts), whatever comes next.
 */
export type LocalPersonFields = Record<string, unknown>;

/** Everything the store holds but the dashboard aggregates (derived, rebuilt on restore). */
export interface StoreContents {
  units: Unit[];
  /** The exchange records; a CCCD sealed by the app lock stays sealed (nationalId null). */
  people: Person[];
  /** [person id, its local columns], for the people that have any. */
  localPersonFields: [string, LocalPersonFields][];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
  places: Place[];
  placeFigures: PlaceFigure[];
  tombstones: TombstoneRow[];
  unitEvents: UnitEvent[];
  importLog: ImportLogEntry[];
  exportLog: ExportLogEntry[];
  settings: SettingRow[];
}

/** The tables a backup counts (a person's local columns travel with the people). */
export type StoreTable = Exclude<keyof StoreContents, 'localPersonFields'>;

export const STORE_TABLES: readonly StoreTable[] = BACKUP_TABLES;

/** Progress in records read or written. */
export type RecordProgress = (done: number, total: number) => void;

const CONTRACT_PERSON_FIELDS: ReadonlySet<string> = new Set(KNOWN_FIELDS.person);
/** Recomputed by toRow on every write: never carried. */
const DERIVED_PERSON_FIELDS: ReadonlySet<string> = new Set(['stage', 'searchKey']);

/** Whether a person column is the app's own (neither the contract's nor derived). */
export function isLocalPersonField(field: string): boolean {
  return !CONTRACT_PERSON_FIELDS.has(field) && !DERIVED_PERSON_FIELDS.has(field);
}

/**
 * A stored row as the exchange record and its local columns. A sealed CCCD is not opened: the
 * backup of a locked installation keeps it sealed, and the lock's passphrase opens it after a
 * restore, as before.
 */
function splitRow(row: PersonRow): { person: Person; local: LocalPersonFields | null } {
  const person: Record<string, unknown> = {};
  let local: LocalPersonFields | null = null;
  for (const [field, value] of Object.entries(row)) {
    if (CONTRACT_PERSON_FIELDS.has(field)) person[field] = value;
    else if (!DERIVED_PERSON_FIELDS.has(field)) (local ??= {})[field] = value;
  }
  return { person: person as Person, local };
}

/** People read or written per request: the page gets progress (and the browser air) after each. */
export const BACKUP_CHUNK = 5_000;

function everyTable() {
  const d = db();
  return [...dataTables(d), d.settings, d.importLog, d.exportLog];
}

/**
 * Reads every record, history event, log entry and setting in one read transaction. People are
 * read in chunks by primary key (a quarter of a million rows never sit in one request) and lose
 * their derived columns on the way.
 */
export async function readWholeStore(onProgress?: RecordProgress): Promise<StoreContents> {
  const d = db();
  return d.transaction('r', everyTable(), async () => {
    const [small, places, placeFigures, tombstones, unitEvents, importLog, exportLog] =
      await Promise.all([
        Promise.all([
          d.units.toArray(),
          d.classes.toArray(),
          d.targets.toArray(),
          d.memberCounts.toArray(),
        ]),
        d.places.toArray(),
        d.placeFigures.toArray(),
        d.tombstones.toArray() as Promise<TombstoneRow[]>,
        d.unitEvents.toArray(),
        d.importLog.toArray(),
        d.exportLog.toArray(),
      ]);
    const [units, classes, targets, memberCounts] = small;
    const settings = await d.settings.toArray();
    const peopleTotal = await d.people.count();
    const others =
      units.length +
      classes.length +
      targets.length +
      memberCounts.length +
      places.length +
      placeFigures.length +
      tombstones.length +
      unitEvents.length +
      importLog.length +
      exportLog.length +
      settings.length;
    const total = others + peopleTotal;
    onProgress?.(others, total);
    const people: Person[] = [];
    const localPersonFields: [string, LocalPersonFields][] = [];
    let lastId: string | undefined;
    for (;;) {
      const chunk: PersonRow[] =
        lastId === undefined
          ? await d.people.orderBy(':id').limit(BACKUP_CHUNK).toArray()
          : await d.people.where(':id').above(lastId).limit(BACKUP_CHUNK).toArray();
      for (const row of chunk) {
        const { person, local } = splitRow(row);
        people.push(person);
        if (local) localPersonFields.push([row.id, local]);
      }
      lastId = chunk[chunk.length - 1]?.id;
      onProgress?.(others + people.length, Math.max(total, others + people.length));
      if (chunk.length < BACKUP_CHUNK) break;
    }
    return {
      units,
      people,
      localPersonFields,
      classes,
      targets,
      memberCounts,
      places,
      placeFigures,
      tombstones,
      unitEvents,
      importLog,
      exportLog,
      settings,
    };
  });
}

/**
 * Replaces the whole store with `contents`, in one transaction: every table is cleared, then
 * written; people get their derived columns (people-repo toRow) and the dashboard aggregates are
 * computed from them with the same function a rebuild uses (aggregates.ts), before the
 * transaction opens: an IndexedDB transaction closes while the page computes without waiting on it.
 */
export async function replaceWholeStore(
  contents: StoreContents,
  onProgress?: RecordProgress,
): Promise<void> {
  const locals = new Map(contents.localPersonFields);
  const rows = contents.people.map((person) => {
    const local = locals.get(person.id);
    return local ? ({ ...toRow(person), ...local } as PersonRow) : toRow(person);
  });
  const aggregates = aggregateRowsOf(rows);
  const d = db();
  const total = STORE_TABLES.reduce((sum, table) => sum + contents[table].length, 0);
  await d.transaction('rw', everyTable(), async () => {
    await Promise.all(everyTable().map((table) => table.clear()));
    await d.units.bulkAdd(contents.units);
    await d.classes.bulkAdd(contents.classes);
    await d.targets.bulkAdd(contents.targets);
    await d.memberCounts.bulkAdd(contents.memberCounts);
    await d.places.bulkAdd(contents.places);
    await d.placeFigures.bulkAdd(contents.placeFigures);
    await d.tombstones.bulkAdd(contents.tombstones);
    await d.unitEvents.bulkAdd(contents.unitEvents);
    await d.importLog.bulkAdd(contents.importLog);
    await d.exportLog.bulkAdd(contents.exportLog);
    await d.settings.bulkAdd(contents.settings);
    let done = total - rows.length;
    onProgress?.(done, total);
    for (let start = 0; start < rows.length; start += BACKUP_CHUNK) {
      const chunk = rows.slice(start, start + BACKUP_CHUNK);
      await d.people.bulkAdd(chunk);
      done += chunk.length;
      onProgress?.(done, total);
    }
    await d.admissionStats.bulkAdd(aggregates.admissionStats);
    await d.unitStats.bulkAdd(aggregates.unitStats);
    await d.placeStats.bulkAdd(aggregates.placeStats);
    await d.qualityStats.bulkAdd(aggregates.qualityStats);
    await d.homeStats.bulkAdd(aggregates.homeStats);
    await d.peopleList.bulkAdd(aggregates.peopleList);
    await d.peopleKeys.bulkAdd(aggregates.peopleKeys);
  });
}

/** How many rows each table holds: what a restore would replace. */
export async function countWholeStore(): Promise<Record<StoreTable, number>> {
  const d = db();
  return d.transaction('r', everyTable(), async () => {
    const counts = await Promise.all(STORE_TABLES.map((table) => d[table].count()));
    return Object.fromEntries(
      STORE_TABLES.map((table, index) => [table, counts[index] ?? 0]),
    ) as Record<StoreTable, number>;
  });
}
