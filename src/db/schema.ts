// The one Dexie database of the app. Versions are append-only: never edit a shipped version,
// add a new one with an upgrade() and a test that opens a database of the previous version.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { MemberCount, Place, PlaceFigure, Target, Tombstone, Unit } from '@/domain/entities';
import { publishConnectionEvent } from './connection-events';
import type { PeopleKeysBlock } from '@/domain/people-keys';
import type { PeopleListBlock } from '@/domain/people-list';
import type {
  ClassRow,
  PersonRow,
  StoredAdmissionStats,
  StoredHomeStats,
  StoredPlaceStats,
  StoredQualityStats,
  StoredUnitStats,
} from './rows';
import type { ExportLogEntry, ImportLogEntry, SettingRow, UnitEvent } from './stored-schemas';

// The history, settings rows and logs are described by their schemas (stored-schemas.ts), which
// a backup checks a file against; imported as types only, so that Zod stays off the first screen.
export type {
  ExportLogEntry,
  ImportCounts,
  ImportLogEntry,
  SettingRow,
  UnitEvent,
} from './stored-schemas';

export const DB_NAME = 'ptdv';

/**
 * What an upgrade does to the aggregates: empties both tables, in the upgrade's transaction.
 * ensureAggregates (dashboard-repo.ts) then finds people the aggregates do not hold and rebuilds
 * them with today's code. An upgrade never runs the aggregates' code itself: a later change to
 * that code must not change what an old upgrade did.
 */
async function markAggregatesForRebuild(tx: Transaction): Promise<void> {
  await tx.table('admissionStats').clear();
  await tx.table('unitStats').clear();
}

/**
 * Version 7's upgrade: the dashboard's check (ensureAggregates) compares the people's count with
 * unitStats only, so every aggregate is emptied for it to rebuild them all, the new quality
 * aggregate included. (markAggregatesForRebuild is left as it was: older upgrades keep their
 * behaviour, and placeStats did not exist before version 6.)
 */
async function markAllAggregatesForRebuild(tx: Transaction): Promise<void> {
  await markAggregatesForRebuild(tx);
  await tx.table('placeStats').clear();
  await tx.table('qualityStats').clear();
}

/**
 * Version 8's upgrade: the quality aggregate's records lose every person's duplicate keys (now
 * in peopleList), and peopleList is new: every aggregate is emptied for the first check to
 * rebuild them all.
 */
async function markAggregatesForRebuildV8(tx: Transaction): Promise<void> {
  await markAllAggregatesForRebuild(tx);
  await tx.table('peopleList').clear();
}

/** Version 9's upgrade: as version 8's, the new home aggregate included. */
async function markAggregatesWithHomeForRebuild(tx: Transaction): Promise<void> {
  await markAggregatesForRebuildV8(tx);
  await tx.table('homeStats').clear();
}

export class PtdvDatabase extends Dexie {
  units!: EntityTable<Unit, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  classes!: EntityTable<ClassRow, 'id'>;
  targets!: EntityTable<Target, 'id'>;
  memberCounts!: EntityTable<MemberCount, 'id'>;
  tombstones!: Dexie.Table<Tombstone, [string, string]>;
  unitEvents!: EntityTable<UnitEvent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  admissionStats!: Table<StoredAdmissionStats, string, StoredAdmissionStats>;
  unitStats!: Table<StoredUnitStats, string, StoredUnitStats>;
  importLog!: Table<ImportLogEntry, string, ImportLogEntry>;
  exportLog!: Table<ExportLogEntry, string, ExportLogEntry>;
  places!: EntityTable<Place, 'id'>;
  placeFigures!: EntityTable<PlaceFigure, 'id'>;
  placeStats!: Table<StoredPlaceStats, string, StoredPlaceStats>;
  qualityStats!: Table<StoredQualityStats, string, StoredQualityStats>;
  peopleList!: Table<PeopleListBlock, string, PeopleListBlock>;
  peopleKeys!: Table<PeopleKeysBlock, string, PeopleKeysBlock>;
  homeStats!: Table<StoredHomeStats, string, StoredHomeStats>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. Indexes serve the dashboard queries: people by unit, by admission date, by stage.
    this.version(1).stores({
      units: 'id, code, parentId, updatedAt',
      people:
        'id, unitId, stage, milestones.admittedOn, [unitId+milestones.admittedOn], [unitId+stage], awarenessClassId, newMemberClassId, updatedAt',
      classes: 'id, unitId, kind, startOn, [unitId+startOn], updatedAt',
      targets: 'id, unitId, fromYear, updatedAt',
      memberCounts: 'id, [unitId+year], year, updatedAt',
      tombstones: '[type+id], deletedAt',
      unitEvents: 'id, unitId, at',
      settings: 'key',
    });
    // Version 2: the dashboard's aggregates (aggregates.ts), kept current with every write of
    // people. A database of version 1 gets them built from the people it holds, by the
    // dashboard's first check (ensureAggregates in dashboard-repo.ts).
    this.version(2)
      .stores({
        admissionStats: 'unitId',
        unitStats: 'unitId',
      })
      .upgrade(markAggregatesForRebuild);
    // Version 3: the province exchange (import-apply.ts, exchange-logs.ts). The import log, keyed
    // by the file's exportId, makes a second import of a file a no-op; the export log dates
    // "changes since".
    this.version(3).stores({
      importLog: 'exportId, importedAt, sourceUnitId',
      exportLog: 'exportId, exportedAt',
    });
    // Version 4: the aggregates packed in 16 records per table instead of one per unit
    // (aggregates.ts). The records of v2–v3 are dropped, and rebuilt from the people by the
    // dashboard's first check (with its progress bar).
    this.version(4).stores({}).upgrade(markAggregatesForRebuild);
    // Version 5: the people's indexes [unitId+milestones.admittedOn] and [unitId+stage] dropped.
    // The dashboard reads the aggregates, so no query used them, and every person written kept
    // both current: an import writes about a quarter fewer index entries without them.
    this.version(5).stores({
      people:
        'id, unitId, stage, milestones.admittedOn, awarenessClassId, newMemberClassId, updatedAt',
    });
    // Version 6: places (hamlets, schools, enterprises) and their yearly figures, from the
    // exchange format's 2026-12 additions, and the people of each place by milestone day
    // (placeStats, kept like the other aggregates). A place's figures are looked up by place and
    // year: at most one per pair. Nothing stored before names a place, so there is nothing to
    // convert.
    this.version(6).stores({
      places: 'id, unitId, kind, updatedAt',
      placeFigures: 'id, placeId, [placeId+year], year, updatedAt',
      placeStats: 'unitId',
    });
    // Version 7: what the data checks (/quality) find among the people, kept like the other
    // aggregates (domain/quality-stats.ts), so the page never reads every person. Every aggregate
    // is emptied, and rebuilt from the people by the first check (with its progress bar).
    this.version(7).stores({ qualityStats: 'unitId' }).upgrade(markAllAggregatesForRebuild);
    // Version 8: /people reads a per-unit list of what it shows (peopleList, domain/people-list.ts)
    // instead of every person; the duplicate keys moved there from qualityStats, whose per-shard
    // record of every person's keys each imported file rewrote whole.
    this.version(8).stores({ peopleList: 'unitId' }).upgrade(markAggregatesForRebuildV8);
    // Version 9: what the home page and the classes list show, kept like the other aggregates
    // (domain/home-stats.ts): the deadlines by month, officials by year, class attendance. Every
    // aggregate is emptied and rebuilt from the people by the first check.
    this.version(9).stores({ homeStats: 'key' }).upgrade(markAggregatesWithHomeForRebuild);
    // Version 10: each unit's peopleList record holds its people in the list's order (given name
    // first, domain/people-list.ts), so /people merges the records instead of sorting 250,000
    // people on every load; the home aggregate's deadlines kept by year and the unit's shard
    // ('due:2026:07') instead of by month, so that an imported file rewrites its own units' part
    // of a year, not the whole province's month; the people's duplicate keys per unit (peopleKeys,
    // domain/people-keys.ts), which /quality reads instead of the whole people list. Every
    // aggregate is emptied and rebuilt by the first check (the new one is empty already). The
    // people's stage index dropped: the list reads its aggregate, so no query reads it, and every
    // person written kept it current (a seventh of the index entries an import writes).
    this.version(10)
      .stores({
        peopleKeys: 'unitId',
        people: 'id, unitId, milestones.admittedOn, awarenessClassId, newMemberClassId, updatedAt',
      })
      .upgrade(markAggregatesWithHomeForRebuild);
    this.handleOtherTabs();
  }

  /**
   * Another tab running a newer version of the app opens the database with a newer schema:
   * this connection closes for good, so the upgrade goes ahead instead of waiting on us, and
   * the reload notice (src/app/reload-notice.tsx) asks for a reload. Dexie's default would
   * reopen on the next query with this page's old schema. A deletion (a restore in another
   * tab) keeps the default: close now, reopen on the next query.
   */
  private handleOtherTabs(): void {
    this.on('versionchange', (event) => {
      if (!event.newVersion) return undefined;
      this.close();
      publishConnectionEvent({ type: 'versionchange', newVersion: event.newVersion });
      return false;
    });
    this.on('blocked', () => publishConnectionEvent({ type: 'blocked' }));
    this.on('ready', () => publishConnectionEvent({ type: 'opened' }), true);
  }
}

let instance: PtdvDatabase | undefined;

/** The app's database, opened lazily. Tests call resetDatabase() for a fresh one. */
export function db(): PtdvDatabase {
  instance ??= new PtdvDatabase();
  return instance;
}

export async function resetDatabase(name = DB_NAME): Promise<PtdvDatabase> {
  if (instance) {
    instance.close();
    await Dexie.delete(instance.name);
  }
  instance = new PtdvDatabase(name);
  return instance;
}
