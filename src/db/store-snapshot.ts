// What the import's planner needs to know of the store (src/exchange/plan.ts): ids, stamps and
// owners of the stored records, never whole records but units, read in one read transaction.
import type { RecordType } from '@/domain/code-lists';
import type { Unit } from '@/domain/entities';
import { exchangeReadTables } from './exchange-tables';
import type { PersonRow } from './rows';
import { db, type PtdvDatabase } from './schema';

/** Record types that belong to a unit through their unitId. */
export type OwnedType = Exclude<RecordType, 'unit'>;

/** What the planner needs to know of the store. */
export interface StoreSnapshot {
  units: Unit[];
  /** id → updatedAt (UTC ISO), per record type. */
  stamps: Record<RecordType, Map<string, string>>;
  /** id → unitId of the stored records: a change or deletion must be in the sender's scope. */
  owners: Record<OwnedType, Map<string, string>>;
  /** `${type}:${id}` → deletedAt. */
  tombstones: Map<string, string>;
  /**
   * `${placeId}:${year}` → the stored figure of that place and year (at most one each): a file's
   * figure with another id for the same pair replaces it when newer (import-place-figures.ts).
   */
  figureSlots: Map<string, { id: string; updatedAt: string }>;
  /** The stored places' names, for the preview's labels of their figures. */
  placeNames: Map<string, string>;
  classIds: Set<string>;
  importedExportIds: Set<string>;
}

/** What a snapshot reads of the people: those of one file (its records and tombstones). */
export interface SnapshotScope {
  personIds: readonly string[];
}

type StoredRecord = { id: string; updatedAt: string };

/** [id, value] pairs, for a Map. */
type Pairs = [string, string][];

/**
 * Below this many stored people per person looked up, reading every stored id (one getAllKeys,
 * some 8 µs an id in Chromium) and fetching only the ids found beats fetching each id (a get,
 * found or not, some 60–90 µs). Above it, each id is fetched.
 */
const KEYS_READ_FACTOR = 8;

async function zipKeys<K>(keys: Promise<K[]>, ids: Promise<string[]>): Promise<[string, K][]> {
  const [k, i] = await Promise.all([keys, ids]);
  return i.map((id, index) => [id, k[index] as K]);
}

/**
 * The stamps and units of the people: with a scope, only its people are looked up; without,
 * every person's, from two index key scans (a cursor step per person). Inside the snapshot's
 * transaction.
 */
async function peopleStamps(
  d: PtdvDatabase,
  scope: SnapshotScope | undefined,
): Promise<{ stamps: Pairs; owners: Pairs }> {
  if (scope) {
    let wanted = [...new Set(scope.personIds)];
    const stored = wanted.length > 0 ? await d.people.count() : 0;
    if (stored === 0) wanted = [];
    else if (stored <= KEYS_READ_FACTOR * wanted.length) {
      const ids = new Set(await d.people.toCollection().primaryKeys());
      wanted = wanted.filter((id) => ids.has(id));
    }
    const rows = await d.people.bulkGet(wanted);
    const found = rows.filter((row): row is PersonRow => row !== undefined);
    return {
      stamps: found.map((row) => [row.id, row.updatedAt]),
      owners: found.map((row) => [row.id, row.unitId]),
    };
  }
  const [stamps, owners] = await Promise.all([
    zipKeys(
      d.people.orderBy('updatedAt').keys() as Promise<string[]>,
      d.people.orderBy('updatedAt').primaryKeys() as Promise<string[]>,
    ),
    zipKeys(
      d.people.orderBy('unitId').keys() as Promise<string[]>,
      d.people.orderBy('unitId').primaryKeys() as Promise<string[]>,
    ),
  ]);
  return { stamps, owners };
}

const stampsOf = (rows: StoredRecord[]) =>
  new Map(rows.map((row): [string, string] => [row.id, row.updatedAt]));
const ownersOf = (rows: (StoredRecord & { unitId: string })[]) =>
  new Map(rows.map((row): [string, string] => [row.id, row.unitId]));

/**
 * Reads the snapshot in one read transaction. The small tables (units, classes, quotas, member
 * counts, places and their figures, tombstones, the import log) are read whole, one getAll each. People are the one large
 * table: with a scope, only the files' people are looked up, so a district's file costs about as
 * much against a million stored people as against none; without one (tests, small stores),
 * every person's stamp and unit are read.
 */
export async function readStoreSnapshot(scope?: SnapshotScope): Promise<StoreSnapshot> {
  const d = db();
  return d.transaction('r', exchangeReadTables(d), async () => {
    const [units, people, classes, targets, counts, places, figures, tombstones, exportIds] =
      await Promise.all([
        d.units.toArray(),
        peopleStamps(d, scope),
        d.classes.toArray(),
        d.targets.toArray(),
        d.memberCounts.toArray(),
        d.places.toArray(),
        d.placeFigures.toArray(),
        d.tombstones.toArray(),
        d.importLog.toCollection().primaryKeys(),
      ]);
    const placeOwners = ownersOf(places);
    return {
      units,
      stamps: {
        unit: stampsOf(units),
        person: new Map(people.stamps),
        class: stampsOf(classes),
        target: stampsOf(targets),
        memberCount: stampsOf(counts),
        place: stampsOf(places),
        placeFigure: stampsOf(figures),
      },
      owners: {
        person: new Map(people.owners),
        class: ownersOf(classes),
        target: ownersOf(targets),
        memberCount: ownersOf(counts),
        place: placeOwners,
        // A figure lies in its place's unit.
        placeFigure: new Map(
          figures.flatMap((row): [string, string][] => {
            const unitId = placeOwners.get(row.placeId);
            return unitId === undefined ? [] : [[row.id, unitId]];
          }),
        ),
      },
      tombstones: new Map(tombstones.map((row) => [`${row.type}:${row.id}`, row.deletedAt])),
      placeNames: new Map(places.map((row) => [row.id, row.name])),
      figureSlots: new Map(
        figures.map((row) => [
          `${row.placeId}:${row.year}`,
          { id: row.id, updatedAt: row.updatedAt },
        ]),
      ),
      classIds: new Set(classes.map((row) => row.id)),
      importedExportIds: new Set(exportIds),
    };
  });
}
