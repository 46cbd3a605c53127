// The aggregates the dashboard reads instead of the people (admissionStats: the units' admissions
// by year, month and structure; unitStats: the units' people by stage and pending due dates;
// placeStats: the people of each place by milestone day, domain/place-stats.ts; qualityStats:
// what the data checks find, domain/quality-stats.ts, read by /quality; peopleList: per unit, what
// /people shows, domain/people-list.ts; peopleKeys: per unit, the duplicate keys the data checks
// compare, domain/people-keys.ts; homeStats: the home page's
// deadlines and officials and the classes' attendance, domain/home-stats.ts). They are kept
// current in the SAME transaction as every write of people: putPeople and deletePeople are the
// ways the app writes the people table (an import too: include aggregateTables in its
// transaction). Only the demo loader and a restore, which fill an empty store,
// write people and the rows computed from them (aggregateRowsOf) themselves. Deltas are summed in
// memory first, so a batch of 30,000 people reads and writes each touched record once.
//
// Storage (schema v4): each table holds AGGREGATE_SHARDS records at most, each the packed block
// (domain/admission-stats.ts) of the units whose id hashes to it. Reading every unit's figures is
// then a read of 16 records instead of one per unit (in IndexedDB the cost of a read grows with
// the records: ~35 ms against ~190 ms for the 1,900 units of the 250,000-person demo, Chromium),
// and a write of one person rewrites one record of each table, a sixteenth of the store's
// aggregates. The tables' key is still named `unitId` (schema v2): it holds the shard's name.
//
// This file takes its tables as arguments (PeopleStores) instead of calling db(): it stays apart
// from the database's declaration (schema.ts), which only marks the aggregates for a rebuild in
// its upgrades and never runs this code.
import type { EntityTable, Table } from 'dexie';
import {
  STAT_WIDTH,
  YEAR_CELLS,
  admissionBlock,
  admissionCell,
  admissionPairs,
  admissionVector,
  admissionYears,
  admissionsByUnit,
  unitContribution,
  unitStatsBlock,
  unitStatsByUnit,
  unitStatsEntry,
  unitStatsRowOf,
  type AdmissionBlock,
  type AdmissionStatsRow,
  type StatPerson,
  type UnitStatsBlock,
  type UnitStatsEntry,
  type UnitStatsRow,
} from '@/domain/admission-stats';
import { toDayNumber, type IsoDate } from '@/domain/dates';
import {
  packPlaceStats,
  placeContribution,
  type PlaceContribution,
  type PlacePeople,
} from '@/domain/place-stats';
import { STAGES, type Stage } from '@/domain/pipeline-types';
import { keysEntryOf, type PeopleKeysBlock } from '@/domain/people-keys';
import { listEntryOf, type ListPerson, type PeopleListBlock } from '@/domain/people-list';
import { qualityContribution, type QualityPerson } from '@/domain/quality-stats';
import { fnv1a } from '@/domain/fnv';
import { openDeadlines } from '@/domain/home-stats';
import { addHomeChanges, applyHomeDelta, homeRowsOf, type HomeChanges } from './home-aggregate';
import {
  applyListDelta,
  peopleListRowsOf,
  type ListChanges,
  type PeopleListTable,
} from './people-list-aggregate';
import {
  applyKeysDelta,
  peopleKeysRowsOf,
  type KeysChanges,
  type PeopleKeysTable,
} from './people-keys-aggregate';
import { applyPlaceDelta, placePeopleAfter } from './place-aggregate';
import { addUnitChange } from './unit-entries';
import { applyQualityDelta, qualityRowsOf, type QualityChanges } from './quality-aggregate';
import type {
  PersonRow,
  StoredAdmissionStats,
  StoredHomeStats,
  StoredPlaceStats,
  StoredQualityStats,
  StoredUnitStats,
} from './rows';
import { writeShards } from './shard-writes';

/** What the aggregates read of a person (a stored row fits). */
export type AggregatePerson = StatPerson & QualityPerson & ListPerson;

/** How many records each aggregate table holds at most. */
export const AGGREGATE_SHARDS = 16;

/** The shard a unit's figures are kept in: a hash of its id (FNV-1a), stable across versions. */
export function shardOf(unitId: string): string {
  return `shard-${String(fnv1a(unitId) % AGGREGATE_SHARDS).padStart(2, '0')}`;
}

/** The contract's rows of a stored block, for the years fromYear–toYear that hold any admission. */
export function admissionRowsOf(
  block: AdmissionBlock,
  fromYear = -Infinity,
  toYear = Infinity,
): AdmissionStatsRow[] {
  const rows: AdmissionStatsRow[] = [];
  for (const [unitId, pairs] of admissionsByUnit(block)) {
    let current: AdmissionStatsRow | undefined;
    for (let at = 0; at < pairs.length; at += 2) {
      const cell = pairs[at] ?? 0;
      const year = Math.floor(cell / YEAR_CELLS);
      if (year < fromYear || year > toYear) continue;
      if (current?.year !== year) {
        current = { unitId, year, counts: new Array<number>(YEAR_CELLS).fill(0) };
        rows.push(current);
      }
      current.counts[cell - year * YEAR_CELLS] = pairs[at + 1] ?? 0;
    }
  }
  return rows;
}

/** The contract's rows of a stored block of people by stage and due dates. */
export function unitStatsRowsOf(block: UnitStatsBlock): UnitStatsRow[] {
  return [...unitStatsByUnit(block)].map(([unitId, entry]) => unitStatsRowOf(unitId, entry));
}

/** The tables a write of people touches. PtdvDatabase fits. */
export interface PeopleStores {
  people: EntityTable<PersonRow, 'id'>;
  admissionStats: Table<StoredAdmissionStats, string, StoredAdmissionStats>;
  unitStats: Table<StoredUnitStats, string, StoredUnitStats>;
  placeStats: Table<StoredPlaceStats, string, StoredPlaceStats>;
  qualityStats: Table<StoredQualityStats, string, StoredQualityStats>;
  homeStats: Table<StoredHomeStats, string, StoredHomeStats>;
  peopleList: PeopleListTable;
  peopleKeys: PeopleKeysTable;
}

/** The records of every aggregate table, each sorted by key: a rebuild's output. */
export interface AggregateRows {
  admissionStats: StoredAdmissionStats[];
  unitStats: StoredUnitStats[];
  placeStats: StoredPlaceStats[];
  qualityStats: StoredQualityStats[];
  homeStats: StoredHomeStats[];
  peopleList: PeopleListBlock[];
  peopleKeys: PeopleKeysBlock[];
}

/** The aggregate tables a write of people keeps current, for a transaction's list of tables. */
export function aggregateTables(stores: PeopleStores) {
  return [
    stores.admissionStats,
    stores.unitStats,
    stores.placeStats,
    stores.qualityStats,
    stores.homeStats,
    stores.peopleList,
    stores.peopleKeys,
  ];
}

interface UnitDelta {
  stages: Map<Stage, number>;
  dues: Map<IsoDate, number>;
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function isZero(counts: ArrayLike<number>): boolean {
  for (let index = 0; index < counts.length; index += 1) if (counts[index] !== 0) return false;
  return true;
}

function unitDeltaIsZero(delta: UnitDelta): boolean {
  for (const value of delta.stages.values()) if (value !== 0) return false;
  for (const value of delta.dues.values()) if (value !== 0) return false;
  return true;
}

/** A unit's entry plus a delta. */
function mergeUnit(entry: UnitStatsEntry | undefined, delta: UnitDelta): UnitStatsEntry {
  const stages: Partial<Record<Stage, number>> = {};
  STAGES.forEach((stage, index) => {
    stages[stage] = (entry?.stages[index] ?? 0) + (delta.stages.get(stage) ?? 0);
  });
  const dues = new Map<number, number>();
  entry?.dueDays.forEach((day, index) => dues.set(day, entry.dueCounts[index] ?? 0));
  for (const [due, by] of delta.dues) bump(dues, toDayNumber(due), by);
  return unitStatsEntry(stages, dues);
}

/** Groups by the shard of their key. */
function byShard<T>(entries: Iterable<[string, T]>): Map<string, [string, T][]> {
  const shards = new Map<string, [string, T][]>();
  for (const entry of entries) {
    const shard = shardOf(entry[0]);
    const list = shards.get(shard);
    if (list) list.push(entry);
    else shards.set(shard, [entry]);
  }
  return shards;
}

/** What a set of people adds to (sign 1) or takes from (sign −1) the aggregates. */
export class AggregateDelta {
  /** Dense counts by unit, then by year. */
  readonly admissions = new Map<string, Map<number, Int32Array>>();
  readonly units = new Map<string, UnitDelta>();
  /** People added to (sign 1) and taken from (−1) each place, in the order they came. */
  readonly places = new Map<string, [PlaceContribution, 1 | -1][]>();
  /** What the data checks find, by shard of the person's unit (quality-aggregate.ts). */
  readonly quality: QualityChanges = new Map();
  /** The home page's records (home-aggregate.ts). */
  readonly home: HomeChanges = new Map();
  /** The people list's entries taken out and put in, by unit (people-list-aggregate.ts). */
  readonly lists: ListChanges = new Map();
  /** The duplicate keys taken out and put in, by unit (people-keys-aggregate.ts). */
  readonly keys: KeysChanges = new Map();

  add(person: AggregatePerson, sign: 1 | -1): void {
    // Computed once for the home page's records and the units' pending deadlines.
    const deadlines = openDeadlines(person);
    addHomeChanges(this.home, person, sign, deadlines);
    const { stage, dues } = unitContribution(person, deadlines);
    this.addListEntry(person, sign, dues);
    const shard = shardOf(person.unitId);
    const checks = this.quality.get(shard);
    if (checks) checks.push([qualityContribution(person), sign]);
    else this.quality.set(shard, [[qualityContribution(person), sign]]);
    const contribution = placeContribution(person);
    if (contribution) {
      const list = this.places.get(contribution.placeId);
      if (list) list.push([contribution, sign]);
      else this.places.set(contribution.placeId, [[contribution, sign]]);
    }
    const cell = admissionCell(person);
    const vector = cell && admissionVector(person);
    if (cell && vector) {
      let years = this.admissions.get(cell.unitId);
      if (!years) {
        years = new Map();
        this.admissions.set(cell.unitId, years);
      }
      let counts = years.get(cell.year);
      if (!counts) {
        counts = new Int32Array(YEAR_CELLS);
        years.set(cell.year, counts);
      }
      const offset = (cell.month - 1) * STAT_WIDTH;
      for (let column = 0; column < STAT_WIDTH; column += 1) {
        const value = vector[column] ?? 0;
        if (value !== 0) counts[offset + column] = (counts[offset + column] ?? 0) + sign * value;
      }
    }
    let unit = this.units.get(person.unitId);
    if (!unit) {
      unit = { stages: new Map(), dues: new Map() };
      this.units.set(person.unitId, unit);
    }
    bump(unit.stages, stage, sign);
    for (const due of dues) bump(unit.dues, due, sign);
  }

  /** The person's line in the people list's aggregate. */
  addListEntry(person: AggregatePerson, sign: 1 | -1, dues?: readonly IsoDate[]): void {
    const entry = listEntryOf(person, dues);
    addUnitChange(this.lists, person.unitId, entry, sign);
    addUnitChange(this.keys, person.unitId, keysEntryOf(person), sign);
  }

  /** Records a change of one person: what it was (if anything) and what it becomes. */
  change(before: AggregatePerson | undefined, after: AggregatePerson | undefined): void {
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  /** Records as if added to nothing (a rebuild): one per shard that holds anything. */
  toRows(): AggregateRows {
    const admissionStats: StoredAdmissionStats[] = [];
    for (const [shard, entries] of byShard(this.admissions)) {
      const pairs = new Map(entries.map(([unitId, years]) => [unitId, admissionPairs(years)]));
      const block = admissionBlock(pairs);
      if (block.units.length > 0) admissionStats.push({ unitId: shard, ...block });
    }
    const unitStats: StoredUnitStats[] = [];
    for (const [shard, entries] of byShard(this.units)) {
      const merged = new Map(
        entries.map(([unitId, delta]) => [unitId, mergeUnit(undefined, delta)]),
      );
      const block = unitStatsBlock(merged);
      if (block.units.length > 0) unitStats.push({ unitId: shard, ...block });
    }
    const byKey = (a: { unitId: string }, b: { unitId: string }) =>
      a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
    const placeStats: StoredPlaceStats[] = [];
    for (const [shard, entries] of byShard(this.places)) {
      const places = new Map<string, PlacePeople>();
      for (const [placeId, changes] of entries)
        places.set(placeId, placePeopleAfter(undefined, changes));
      const block = packPlaceStats(places);
      if (block.placeIds.length > 0) placeStats.push({ unitId: shard, ...block });
    }
    return {
      admissionStats: admissionStats.sort(byKey),
      unitStats: unitStats.sort(byKey),
      placeStats: placeStats.sort(byKey),
      qualityStats: qualityRowsOf(this.quality),
      homeStats: homeRowsOf(this.home),
      peopleList: peopleListRowsOf(this.lists),
      peopleKeys: peopleKeysRowsOf(this.keys),
    };
  }
}

/** The aggregate records of a set of people, computed from scratch (rebuild, demo, benchmark). */
export function aggregateRowsOf(people: Iterable<AggregatePerson>): AggregateRows {
  const delta = new AggregateDelta();
  for (const person of people) delta.add(person, 1);
  return delta.toRows();
}

/** Told each aggregate's part of a write once it is done (its name, when it began). */
export type AggregateTiming = (aggregate: string, start: number) => void;

/**
 * Adds a delta to the stored records: one bulkGet and one bulkPut (and bulkDelete for records
 * left empty) per table, of the shards the delta touches. Call inside a transaction that holds
 * every aggregate table (aggregateTables).
 */
export async function applyDelta(
  stores: PeopleStores,
  delta: AggregateDelta,
  timing?: AggregateTiming,
): Promise<void> {
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    timing?.(name, start);
  };
  const start = performance.now();
  const admissions = byShard(
    [...delta.admissions].filter(([, years]) => ![...years.values()].every(isZero)),
  );
  await writeShards(stores.admissionStats, admissions, (shard, stored, list) => {
    // Views into the stored block: untouched units are copied as they are.
    const units = stored ? admissionsByUnit(stored) : new Map<string, Int32Array>();
    for (const [unitId, years] of list) {
      const merged = admissionYears(units.get(unitId) ?? []);
      for (const [year, counts] of years) {
        const sum = merged.get(year) ?? new Int32Array(YEAR_CELLS);
        for (let cell = 0; cell < YEAR_CELLS; cell += 1) {
          sum[cell] = (sum[cell] ?? 0) + (counts[cell] ?? 0);
        }
        merged.set(year, sum);
      }
      units.set(unitId, admissionPairs(merged));
    }
    const block = admissionBlock(units);
    return block.units.length > 0 ? { unitId: shard, ...block } : undefined;
  });

  const units = byShard([...delta.units].filter(([, entry]) => !unitDeltaIsZero(entry)));
  await writeShards(stores.unitStats, units, (shard, stored, list) => {
    const entries = stored ? unitStatsByUnit(stored) : new Map<string, UnitStatsEntry>();
    for (const [unitId, entry] of list) {
      entries.set(unitId, mergeUnit(entries.get(unitId), entry));
    }
    const block = unitStatsBlock(entries);
    return block.units.length > 0 ? { unitId: shard, ...block } : undefined;
  });
  timing?.('admissions+units', start);
  await timed('places', () => applyPlaceDelta(stores.placeStats, byShard(delta.places)));
  await timed('quality', () => applyQualityDelta(stores.qualityStats, delta.quality));
  await timed('home', () => applyHomeDelta(stores.homeStats, delta.home));
  await timed('list', () => applyListDelta(stores.peopleList, delta.lists));
  await timed('keys', () => applyKeysDelta(stores.peopleKeys, delta.keys));
}

/** Updates the aggregates for changes already written to the people table. */
export async function applyPeopleChanges(
  stores: PeopleStores,
  changes: readonly { before?: AggregatePerson | undefined; after?: AggregatePerson | undefined }[],
  timing?: AggregateTiming,
): Promise<void> {
  const start = performance.now();
  const delta = new AggregateDelta();
  for (const { before, after } of changes) delta.change(before, after);
  timing?.('delta', start);
  await applyDelta(stores, delta, timing);
}

/**
 * Updates the people list's aggregate alone, for a rewrite of people that changes nothing the
 * other aggregates count: the app lock's pass, which swaps a CCCD for its sealed form and token
 * (the list then searches, and the duplicate check compares, by token). Call inside a
 * transaction that holds peopleList.
 */
export async function applyListChanges(
  stores: Pick<PeopleStores, 'peopleList' | 'peopleKeys'>,
  changes: readonly { before: AggregatePerson; after: AggregatePerson }[],
): Promise<void> {
  const delta = new AggregateDelta();
  for (const { before, after } of changes) {
    delta.addListEntry(before, -1);
    delta.addListEntry(after, 1);
  }
  await applyListDelta(stores.peopleList, delta.lists);
  await applyKeysDelta(stores.peopleKeys, delta.keys);
}

function inPeopleTransaction<T>(stores: PeopleStores, work: () => Promise<T>): Promise<T> {
  // Inside a caller's transaction this joins it, and Dexie refuses (rather than silently
  // splitting the write) when the caller's transaction lacks an aggregate table.
  return stores.people.db.transaction('rw', [stores.people, ...aggregateTables(stores)], work);
}

/** Writes people (created or replaced) and their aggregates, atomically. */
export async function putPeople(stores: PeopleStores, rows: readonly PersonRow[]): Promise<void> {
  if (rows.length === 0) return;
  await inPeopleTransaction(stores, async () => {
    const before = await stores.people.bulkGet(rows.map((row) => row.id));
    await stores.people.bulkPut([...rows]);
    await applyPeopleChanges(
      stores,
      rows.map((row, index) => ({ before: before[index], after: row })),
    );
  });
}

/** Deletes people and takes them out of the aggregates, atomically. Unknown ids are ignored. */
export async function deletePeople(stores: PeopleStores, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await inPeopleTransaction(stores, async () => {
    const before = await stores.people.bulkGet([...ids]);
    await stores.people.bulkDelete([...ids]);
    await applyPeopleChanges(
      stores,
      before.map((row) => ({ before: row })),
    );
  });
}

export const REBUILD_CHUNK = 5_000;

/**
 * Recomputes the aggregate tables from the people. Reads the people in chunks of
 * REBUILD_CHUNK (reporting progress after each), then swaps the tables' contents. The caller
 * runs it inside ONE transaction over the three tables (rebuildAggregates' in dashboard-repo),
 * so no write can slip in between the read and the swap.
 */
export async function rebuildAggregatesIn(
  stores: PeopleStores,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const total = await stores.people.count();
  const delta = new AggregateDelta();
  let done = 0;
  let lastId: string | undefined;
  for (;;) {
    const chunk: PersonRow[] =
      lastId === undefined
        ? await stores.people.orderBy(':id').limit(REBUILD_CHUNK).toArray()
        : await stores.people.where(':id').above(lastId).limit(REBUILD_CHUNK).toArray();
    if (chunk.length === 0) break;
    for (const person of chunk) delta.add(person, 1);
    done += chunk.length;
    lastId = chunk[chunk.length - 1]?.id;
    onProgress?.(done, Math.max(total, done));
    if (chunk.length < REBUILD_CHUNK) break;
  }
  const rows = delta.toRows();
  await stores.admissionStats.clear();
  await stores.unitStats.clear();
  await stores.placeStats.clear();
  await stores.qualityStats.clear();
  await stores.homeStats.clear();
  await stores.peopleList.clear();
  await stores.peopleKeys.clear();
  await stores.admissionStats.bulkPut(rows.admissionStats);
  await stores.unitStats.bulkPut(rows.unitStats);
  await stores.placeStats.bulkPut(rows.placeStats);
  await stores.qualityStats.bulkPut(rows.qualityStats);
  await stores.homeStats.bulkPut(rows.homeStats);
  await stores.peopleList.bulkPut(rows.peopleList);
  await stores.peopleKeys.bulkPut(rows.peopleKeys);
  if (total === 0) onProgress?.(0, 0);
}
