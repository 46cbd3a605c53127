// What the plan of an import needs to know of each record type: how the preview names a record,
// which unit's subtree it lies in (the scope a file may touch), and which of its fields name
// another record that must exist. A new record type is one entry here (with its schema in
// document-schema.ts and its array in format.ts).
import type { RecordType } from '@/domain/code-lists';
import type {
  MemberCount,
  Person,
  Place,
  PlaceFigure,
  Target,
  TrainingClass,
  Unit,
} from '@/domain/entities';
import type { MessageKey } from '@/i18n/messages';

export interface RecordByType {
  unit: Unit;
  person: Person;
  class: TrainingClass;
  target: Target;
  memberCount: MemberCount;
  place: Place;
  placeFigure: PlaceFigure;
}
export type AnyRecord = RecordByType[RecordType];

/** A unit's name as this store knows it (a file's renaming may be the thing refused). */
export type UnitName = (unitId: string) => string | undefined;

/** What a record's owner may depend on: the unit a place belongs to (in the file or the store). */
export interface OwnerLookup {
  placeUnit(placeId: string): string | undefined;
  placeName(placeId: string): string | undefined;
}

/** The record types a field may name, with what a refusal says such a field must hold. */
export const REFERENCE_EXPECTED = {
  unit: 'exchange.expected.unitRef',
  class: 'exchange.expected.classRef',
  place: 'exchange.expected.placeRef',
} as const satisfies Partial<Record<RecordType, MessageKey>>;
export type ReferencedType = keyof typeof REFERENCE_EXPECTED;
export const REFERENCED_TYPES = Object.keys(REFERENCE_EXPECTED) as ReferencedType[];

export interface RecordKind<R extends AnyRecord> {
  /** What the preview calls the record. */
  label(record: R, unitName: UnitName, lookup: OwnerLookup): string;
  /**
   * The unit whose subtree the record lies in: a unit lies in its own, a place figure in its
   * place's unit (undefined: the place is nowhere, which the reference check refuses first).
   */
  owner(record: R, lookup: OwnerLookup): string | undefined;
  /** Fields that name another record, which must be in the file or in the store. */
  references: readonly (readonly [field: keyof R & string, type: ReferencedType])[];
}

/** "Đảng ủy xã Tân Lập · 2025–2030": a figure of a unit over a span of years. */
function unitSpan(unitId: string, from: number, to: number, unitName: UnitName): string {
  return `${unitName(unitId) ?? unitId} · ${from === to ? `${from}` : `${from}–${to}`}`;
}

export const RECORD_KINDS: { [T in RecordType]: RecordKind<RecordByType[T]> } = {
  unit: {
    label: (unit) => `${unit.name} (${unit.code})`,
    owner: (unit) => unit.id,
    references: [],
  },
  person: {
    label: (person) => person.fullName,
    owner: (person) => person.unitId,
    references: [
      ['unitId', 'unit'],
      ['awarenessClassId', 'class'],
      ['newMemberClassId', 'class'],
      ['placeId', 'place'],
    ],
  },
  class: {
    label: (klass) => klass.title,
    owner: (klass) => klass.unitId,
    references: [['unitId', 'unit']],
  },
  target: {
    label: (target, unitName) => unitSpan(target.unitId, target.fromYear, target.toYear, unitName),
    owner: (target) => target.unitId,
    references: [['unitId', 'unit']],
  },
  memberCount: {
    label: (count, unitName) => unitSpan(count.unitId, count.year, count.year, unitName),
    owner: (count) => count.unitId,
    references: [['unitId', 'unit']],
  },
  place: {
    label: (place, unitName) => `${place.name} (${unitName(place.unitId) ?? place.unitId})`,
    owner: (place) => place.unitId,
    references: [['unitId', 'unit']],
  },
  placeFigure: {
    label: (figure, _unitName, lookup) =>
      `${lookup.placeName(figure.placeId) ?? figure.placeId} · ${figure.year}`,
    owner: (figure, lookup) => lookup.placeUnit(figure.placeId),
    references: [['placeId', 'place']],
  },
};

/** The kind of a record of `type`, for code that holds the type as a value. */
export function kindOf(type: RecordType): RecordKind<AnyRecord> {
  return RECORD_KINDS[type] as RecordKind<AnyRecord>;
}
