// The exchange's record tables by record type, typed: what the snapshot, the apply steps, the
// deletes and the export share. A new record type is a compile error here until its row and
// table are named.
import type { InsertType, Table } from 'dexie';
import type { RecordType } from '@/domain/code-lists';
import type { MemberCount, Place, PlaceFigure, Target, Unit } from '@/domain/entities';
import type { ClassRow, PersonRow } from './rows';
import type { PtdvDatabase } from './schema';

/** The stored row of each record type. */
export interface RecordRows {
  unit: Unit;
  person: PersonRow;
  class: ClassRow;
  target: Target;
  memberCount: MemberCount;
  place: Place;
  placeFigure: PlaceFigure;
}

/** The table of each record type (as Dexie's EntityTable, keyed by id). */
export type RecordTables = {
  [T in RecordType]: Table<RecordRows[T], string, InsertType<RecordRows[T], 'id'>>;
};

/** The record types whose rows name their unit (unitId). */
export type UnitOwnedType = {
  [T in RecordType]: RecordRows[T] extends { unitId: string } ? T : never;
}[RecordType];

export function recordTablesOf(d: PtdvDatabase): RecordTables {
  return {
    unit: d.units,
    person: d.people,
    class: d.classes,
    target: d.targets,
    memberCount: d.memberCounts,
    place: d.places,
    placeFigure: d.placeFigures,
  };
}

/** The tables a snapshot and an export read: every record table, tombstones, the import log. */
export function exchangeReadTables(d: PtdvDatabase) {
  return [...Object.values(recordTablesOf(d)), d.tombstones, d.importLog];
}

/** Compares two ISO 8601 instants as instants. */
export function later(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
