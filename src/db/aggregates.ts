// The aggregates the dashboard reads instead of the people (admissionStats: a unit's admissions
// by year, month and structure; unitStats: a unit's people by stage and pending due dates).
// They are kept current in the SAME transaction as every write of people: putPeople and
// deletePeople are the ways the app writes the people table (an import too: include the three
// tables in its transaction). Only the demo loader, which fills an empty store, writes people
// and the rows computed from them (aggregateRowsOf) itself. Deltas are summed in memory first,
// so a batch of 30,000 people reads and writes each touched aggregate row once.
//
// This file takes its tables as arguments instead of calling db(): schema.ts runs the rebuild
// inside its version-2 upgrade, where only the upgrade transaction's tables may be used.
import type { EntityTable, Table } from 'dexie';
import {
  STAT_WIDTH,
  admissionCell,
  admissionVector,
  unitContribution,
  type AdmissionStatsRow,
  type StatPerson,
  type UnitStatsRow,
} from '@/domain/admission-stats';
import type { IsoDate } from '@/domain/dates';
import type { Stage } from '@/domain/pipeline-types';
import type { PersonRow } from './schema';

/** 12 months × STAT_WIDTH columns. */
export const ADMISSION_ROW_LENGTH = 12 * STAT_WIDTH;

/**
 * The stored form of a unit's AdmissionStatsRows, every year in one row: only the cells that are
 * not zero, as sorted pairs [index, count, index, count, …] with
 * index = year * ADMISSION_ROW_LENGTH + (month - 1) * STAT_WIDTH + column. A unit admits a
 * handful of people a year, so most cells are zero, and one row per unit instead of one per unit
 * and year makes the records the dashboard reads several times fewer (in IndexedDB the cost of a
 * read grows with the records). An Int32Array is cloned as one block of bytes.
 * loadIndicatorInput converts back (admissionRowsOf).
 */
export interface StoredAdmissionStats {
  unitId: string;
  counts: Int32Array;
}

/** A unit's admissions of a year with every cell: what a delta sums in memory. */
interface DenseAdmissionStats {
  unitId: string;
  year: number;
  counts: Int32Array;
}

/** The stored row of a unit's dense rows (any order); null when every cell is zero. */
function storedRowOf(
  unitId: string,
  years: ReadonlyMap<number, Int32Array>,
): StoredAdmissionStats | null {
  const ordered = [...years.entries()].sort(([a], [b]) => a - b);
  let cells = 0;
  for (const [, dense] of ordered) {
    for (let index = 0; index < dense.length; index += 1) if (dense[index] !== 0) cells += 1;
  }
  if (cells === 0) return null;
  const counts = new Int32Array(cells * 2);
  let at = 0;
  for (const [year, dense] of ordered) {
    const base = year * ADMISSION_ROW_LENGTH;
    for (let index = 0; index < dense.length; index += 1) {
      const value = dense[index] ?? 0;
      if (value === 0) continue;
      counts[at] = base + index;
      counts[at + 1] = value;
      at += 2;
    }
  }
  return { unitId, counts };
}

/** The dense rows, by year, of a stored row. */
function denseYearsOf(row: StoredAdmissionStats | undefined): Map<number, Int32Array> {
  const years = new Map<number, Int32Array>();
  if (!row) return years;
  const { counts } = row;
  for (let at = 0; at < counts.length; at += 2) {
    const index = counts[at] ?? 0;
    const year = Math.floor(index / ADMISSION_ROW_LENGTH);
    let dense = years.get(year);
    if (!dense) {
      dense = new Int32Array(ADMISSION_ROW_LENGTH);
      years.set(year, dense);
    }
    dense[index - year * ADMISSION_ROW_LENGTH] = counts[at + 1] ?? 0;
  }
  return years;
}

/** The contract's rows of a stored one, for the years fromYear–toYear that hold any admission. */
export function admissionRowsOf(
  row: StoredAdmissionStats,
  fromYear = -Infinity,
  toYear = Infinity,
): AdmissionStatsRow[] {
  const rows: AdmissionStatsRow[] = [];
  const { counts } = row;
  let current: AdmissionStatsRow | undefined;
  for (let at = 0; at < counts.length; at += 2) {
    const index = counts[at] ?? 0;
    const year = Math.floor(index / ADMISSION_ROW_LENGTH);
    if (year < fromYear || year > toYear) continue;
    if (current?.year !== year) {
      current = {
        unitId: row.unitId,
        year,
        counts: new Array<number>(ADMISSION_ROW_LENGTH).fill(0),
      };
      rows.push(current);
    }
    current.counts[index - year * ADMISSION_ROW_LENGTH] = counts[at + 1] ?? 0;
  }
  return rows;
}

/** The tables a write of people touches. PtdvDatabase fits; so do an upgrade's tables. */
export interface PeopleStores {
  people: EntityTable<PersonRow, 'id'>;
  admissionStats: Table<StoredAdmissionStats, string, StoredAdmissionStats>;
  unitStats: Table<UnitStatsRow, string, UnitStatsRow>;
}

interface UnitDelta {
  stages: Map<Stage, number>;
  dues: Map<IsoDate, number>;
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** What a set of people adds to (sign 1) or takes from (sign −1) the aggregates. */
export class AggregateDelta {
  readonly admissions = new Map<string, DenseAdmissionStats>();
  readonly units = new Map<string, UnitDelta>();

  add(person: StatPerson, sign: 1 | -1): void {
    const cell = admissionCell(person);
    const vector = cell && admissionVector(person);
    if (cell && vector) {
      const key = `${cell.unitId}\u0000${cell.year}`;
      let row = this.admissions.get(key);
      if (!row) {
        row = {
          unitId: cell.unitId,
          year: cell.year,
          counts: new Int32Array(ADMISSION_ROW_LENGTH),
        };
        this.admissions.set(key, row);
      }
      const offset = (cell.month - 1) * STAT_WIDTH;
      const counts = row.counts;
      for (let column = 0; column < STAT_WIDTH; column += 1) {
        const value = vector[column] ?? 0;
        if (value !== 0) counts[offset + column] = (counts[offset + column] ?? 0) + sign * value;
      }
    }
    const { stage, dues } = unitContribution(person);
    let unit = this.units.get(person.unitId);
    if (!unit) {
      unit = { stages: new Map(), dues: new Map() };
      this.units.set(person.unitId, unit);
    }
    bump(unit.stages, stage, sign);
    for (const due of dues) bump(unit.dues, due, sign);
  }

  /** The dense rows by unit, then by year. */
  admissionsByUnit(): Map<string, Map<number, Int32Array>> {
    const byUnit = new Map<string, Map<number, Int32Array>>();
    for (const row of this.admissions.values()) {
      let years = byUnit.get(row.unitId);
      if (!years) {
        years = new Map();
        byUnit.set(row.unitId, years);
      }
      years.set(row.year, row.counts);
    }
    return byUnit;
  }

  /** Records a change of one person: what it was (if anything) and what it becomes. */
  change(before: StatPerson | undefined, after: StatPerson | undefined): void {
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  /** Rows as if added to nothing (a rebuild): zeros left out. */
  toRows(): { admissionStats: StoredAdmissionStats[]; unitStats: UnitStatsRow[] } {
    const admissionStats: StoredAdmissionStats[] = [];
    for (const [unitId, years] of this.admissionsByUnit()) {
      const row = storedRowOf(unitId, years);
      if (row) admissionStats.push(row);
    }
    const unitStats: UnitStatsRow[] = [];
    for (const [unitId, delta] of this.units) {
      const row = mergeUnit({ unitId, stages: {}, dues: {} }, delta);
      if (row) unitStats.push(row);
    }
    return { admissionStats, unitStats };
  }
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

/** A unit row plus a delta; null when nothing is left (the row can go). */
function mergeUnit(row: UnitStatsRow, delta: UnitDelta): UnitStatsRow | null {
  const stages: Partial<Record<Stage, number>> = { ...row.stages };
  for (const [stage, by] of delta.stages) {
    const next = (stages[stage] ?? 0) + by;
    if (next === 0) delete stages[stage];
    else stages[stage] = next;
  }
  const dues: Record<IsoDate, number> = { ...row.dues };
  for (const [due, by] of delta.dues) {
    const next = (dues[due] ?? 0) + by;
    if (next === 0) delete dues[due];
    else dues[due] = next;
  }
  if (Object.keys(stages).length === 0 && Object.keys(dues).length === 0) return null;
  return { unitId: row.unitId, stages, dues };
}

/** The aggregate rows of a set of people, computed from scratch (rebuild, demo, benchmark). */
export function aggregateRowsOf(people: Iterable<StatPerson>): {
  admissionStats: StoredAdmissionStats[];
  unitStats: UnitStatsRow[];
} {
  const delta = new AggregateDelta();
  for (const person of people) delta.add(person, 1);
  return delta.toRows();
}

/**
 * Adds a delta to the stored rows: one bulkGet and one bulkPut (and bulkDelete for rows that
 * fall to zero) per table. Call inside a transaction that holds both aggregate tables.
 */
export async function applyDelta(stores: PeopleStores, delta: AggregateDelta): Promise<void> {
  const admissions = [...delta.admissionsByUnit()].filter(
    ([, years]) => ![...years.values()].every(isZero),
  );
  if (admissions.length > 0) {
    const current = await stores.admissionStats.bulkGet(admissions.map(([unitId]) => unitId));
    const puts: StoredAdmissionStats[] = [];
    const deletes: string[] = [];
    admissions.forEach(([unitId, years], index) => {
      const merged = denseYearsOf(current[index]);
      for (const [year, delta] of years) {
        const counts = merged.get(year) ?? new Int32Array(ADMISSION_ROW_LENGTH);
        for (let cell = 0; cell < ADMISSION_ROW_LENGTH; cell += 1) {
          counts[cell] = (counts[cell] ?? 0) + (delta[cell] ?? 0);
        }
        merged.set(year, counts);
      }
      const row = storedRowOf(unitId, merged);
      if (row) puts.push(row);
      else deletes.push(unitId);
    });
    if (puts.length > 0) await stores.admissionStats.bulkPut(puts);
    if (deletes.length > 0) await stores.admissionStats.bulkDelete(deletes);
  }

  const units = [...delta.units.entries()].filter(([, entry]) => !unitDeltaIsZero(entry));
  if (units.length > 0) {
    const current = await stores.unitStats.bulkGet(units.map(([unitId]) => unitId));
    const puts: UnitStatsRow[] = [];
    const deletes: string[] = [];
    units.forEach(([unitId, entry], index) => {
      const merged = mergeUnit(current[index] ?? { unitId, stages: {}, dues: {} }, entry);
      if (merged) puts.push(merged);
      else deletes.push(unitId);
    });
    if (puts.length > 0) await stores.unitStats.bulkPut(puts);
    if (deletes.length > 0) await stores.unitStats.bulkDelete(deletes);
  }
}

/** Updates the aggregates for changes already written to the people table. */
export async function applyPeopleChanges(
  stores: PeopleStores,
  changes: readonly { before?: StatPerson | undefined; after?: StatPerson | undefined }[],
): Promise<void> {
  const delta = new AggregateDelta();
  for (const { before, after } of changes) delta.change(before, after);
  await applyDelta(stores, delta);
}

function inPeopleTransaction<T>(stores: PeopleStores, work: () => Promise<T>): Promise<T> {
  // Inside a caller's transaction this joins it, and Dexie refuses (rather than silently
  // splitting the write) when the caller's transaction lacks an aggregate table.
  return stores.people.db.transaction(
    'rw',
    [stores.people, stores.admissionStats, stores.unitStats],
    work,
  );
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

/** How many people the aggregates hold: every person has exactly one stage. */
export function peopleHeld(unitStats: readonly UnitStatsRow[]): number {
  let total = 0;
  for (const row of unitStats) {
    for (const count of Object.values(row.stages)) total += count ?? 0;
  }
  return total;
}

export const REBUILD_CHUNK = 5_000;

/**
 * Recomputes both aggregate tables from the people. Reads the people in chunks of
 * REBUILD_CHUNK (reporting progress after each), then swaps the tables' contents. The caller
 * runs it inside ONE transaction over the three tables (the version-2 upgrade's, or
 * rebuildAggregates' in dashboard-repo), so no write can slip in between the read and the swap.
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
  await stores.admissionStats.bulkPut(rows.admissionStats);
  await stores.unitStats.bulkPut(rows.unitStats);
  if (total === 0) onProgress?.(0, 0);
}
