// The one Dexie database of the app. Versions are append-only: never edit a shipped version,
// add a new one with an upgrade() and a test that opens a database of the previous version.
import Dexie, { type EntityTable } from 'dexie';
import type {
  MemberCount,
  Person,
  Target,
  Tombstone,
  TrainingClass,
  Unit,
} from '@/domain/entities';
import type { Stage } from '@/domain/pipeline-types';

/** A stored person: the record plus columns derived on every write, for indexes and search. */
export interface PersonRow extends Person {
  stage: Stage;
  searchKey: string;
}

export type ClassRow = TrainingClass;

export interface UnitEvent {
  id: string;
  unitId: string;
  at: string;
  kind: 'created' | 'renamed' | 'recoded' | 'moved' | 'closed' | 'reopened' | 'edited';
  /** What changed: old and new values, e.g. { name: ['Chi bộ A', 'Chi bộ B'] }. */
  changes: Record<string, [unknown, unknown]>;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'ptdv';

export class PtdvDatabase extends Dexie {
  units!: EntityTable<Unit, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  classes!: EntityTable<ClassRow, 'id'>;
  targets!: EntityTable<Target, 'id'>;
  memberCounts!: EntityTable<MemberCount, 'id'>;
  tombstones!: Dexie.Table<Tombstone, [string, string]>;
  unitEvents!: EntityTable<UnitEvent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

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
