// The people list's aggregate (db/aggregates.ts keeps it in the same transaction as every write
// of people): per unit, one record of what /people shows, filters and sorts by (the data checks'
// duplicate keys are apart, people-keys.ts). /people reads the records of its
// scope instead of every person, and an import rewrites only the records of the units its file
// holds (a per-shard record of every person's keys was rewritten whole by every file).
//
// A record holds its people's text columns as strings joined by SEPARATOR: IndexedDB reads a few
// long strings many times faster than as many short ones, and splitting them again is cheap. The
// closed lists (gender, occupation, stage) are stored as one byte a person and the dates as day
// numbers, in typed arrays: a province's records are some 30% smaller than as text (37 million
// characters at 250,000 people before), and reading them is most of /people's first rows.
import { pendingDueDates } from './admission-stats';
import { GENDERS, OCCUPATIONS } from './code-lists';
import { fromDayNumber, toDayNumber, type IsoDate } from './dates';
import type { Person } from './entities';
import { STAGES, type Stage } from './pipeline-types';
import { deriveStage } from './stage';
import { searchKey } from './text';

/** The fields of a person the list aggregate reads (a stored row fits). */
export type ListPerson = Pick<
  Person,
  | 'id'
  | 'unitId'
  | 'fullName'
  | 'birthDate'
  | 'gender'
  | 'ethnicity'
  | 'occupation'
  | 'milestones'
  | 'nationalId'
> & { searchKey?: string | undefined; nationalIdToken?: string | undefined };

/** One person of the list. */
export interface ListEntry {
  id: string;
  unitId: string;
  fullName: string;
  /** Diacritic-free name and CCCD (the stored row's searchKey; no CCCD under the app lock). */
  searchKey: string;
  /** Given name first, diacritic-free: Vietnamese lists are ordered by tên, then the whole name. */
  sortKey: string;
  birthDate: string;
  gender: Person['gender'];
  ethnicity: string;
  occupation: Person['occupation'];
  stage: Stage;
  /** The admission day, '' when not admitted. */
  admittedOn: string;
  /** The earliest due day (toDayNumber) of a deadline not met; NO_DUE when none. */
  firstDue: number;
  /** Under the app lock: the CCCD's token ('' otherwise). */
  token: string;
}

export const NO_DUE = 2 ** 31 - 1;
export const SEPARATOR = '\u001f';

const TEXT_COLUMNS = ['id', 'fullName', 'searchKey', 'sortKey', 'ethnicity', 'token'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** A date column's value for '' (not admitted). */
export const NO_DAY = -(2 ** 31);

/** The closed lists stored as their index (one byte a person). */
export const LIST_CODES = { gender: GENDERS, occupation: OCCUPATIONS, stage: STAGES } as const;
type CodeColumn = keyof typeof LIST_CODES;
const CODE_COLUMNS = Object.keys(LIST_CODES) as CodeColumn[];

/** One unit's people as stored. */
export type PeopleListBlock = { unitId: string; count: number } & Record<TextColumn, string> & {
    /** ListEntry.firstDue. */
    firstDue: Int32Array;
    /** The birth and admission days (toDayNumber; NO_DAY for no admission). */
    birthDay: Int32Array;
    admittedDay: Int32Array;
  } & Record<CodeColumn, Uint8Array>;

/** The typed columns: where each comes from in an entry and how it is stored. */
const NUMBER_COLUMNS = [
  { column: 'firstDue', of: (entry: ListEntry) => entry.firstDue, bytes: Int32Array },
  { column: 'birthDay', of: (entry: ListEntry) => toDayNumber(entry.birthDate), bytes: Int32Array },
  {
    column: 'admittedDay',
    of: (entry: ListEntry) => (entry.admittedOn ? toDayNumber(entry.admittedOn) : NO_DAY),
    bytes: Int32Array,
  },
  ...CODE_COLUMNS.map((column) => ({
    column,
    of: (entry: ListEntry) => codeOf(column, entry[column]),
    bytes: Uint8Array,
  })),
] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number]['column'];

/** A closed list's value as its index (every stored value is one: the schema checks them). */
export function codeOf(column: CodeColumn, value: string): number {
  return (LIST_CODES[column] as readonly string[]).indexOf(value);
}

/** A date column's value as the entry holds it ('' for NO_DAY). */
export function dayText(day: number): string {
  return day === NO_DAY ? '' : fromDayNumber(day);
}

/** Given name first: "an nguyen van an" for Nguyễn Văn An. */
export function listSortKey(fullName: string): string {
  const key = searchKey(fullName);
  return `${key.slice(key.lastIndexOf(' ') + 1)} ${key}`;
}

/**
 * A person's entry. `dues` are the person's pending due dates when the caller has them already
 * (the aggregates compute them for unitStats): computing deadlines is most of the cost.
 */
export function listEntryOf(
  person: ListPerson,
  dues: readonly IsoDate[] = pendingDueDates(person),
): ListEntry {
  let firstDue = NO_DUE;
  for (const due of dues) firstDue = Math.min(firstDue, toDayNumber(due));
  const folded = searchKey(person.fullName);
  return {
    id: person.id,
    unitId: person.unitId,
    fullName: person.fullName,
    searchKey: person.searchKey ?? searchKey(`${person.fullName} ${person.nationalId ?? ''}`),
    sortKey: `${folded.slice(folded.lastIndexOf(' ') + 1)} ${folded}`,
    birthDate: person.birthDate,
    gender: person.gender,
    ethnicity: person.ethnicity,
    occupation: person.occupation,
    stage: deriveStage(person.milestones),
    admittedOn: person.milestones.admittedOn ?? '',
    firstDue,
    token: person.nationalIdToken ?? '',
  };
}

/** Is a deadline of the entry past and not met on `today`? */
export function isOverdue(entry: Pick<ListEntry, 'firstDue'>, today: IsoDate): boolean {
  return entry.firstDue < toDayNumber(today);
}

const clean = (value: string) =>
  value.includes(SEPARATOR) ? value.split(SEPARATOR).join(' ') : value;

/** The list's order: by sort key (given name first), then id, so equal names never reorder. */
export function compareListOrder(aKey: string, aId: string, bKey: string, bId: string): number {
  if (aKey !== bKey) return aKey < bKey ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

const byListOrder = (a: ListEntry, b: ListEntry) =>
  compareListOrder(a.sortKey, a.id, b.sortKey, b.id);

/** Entries already in list order as one record. */
function packSorted(unitId: string, list: readonly ListEntry[]): PeopleListBlock {
  const text = Object.fromEntries(
    TEXT_COLUMNS.map((column) => [
      column,
      list.map((entry) => clean(String(entry[column]))).join(SEPARATOR),
    ]),
  ) as Record<TextColumn, string>;
  const numbers = Object.fromEntries(
    NUMBER_COLUMNS.map(({ column, of, bytes }) => {
      const values = new bytes(list.length);
      list.forEach((entry, at) => (values[at] = of(entry)));
      return [column, values];
    }),
  ) as Pick<PeopleListBlock, NumberColumn>;
  return { unitId, count: list.length, ...text, ...numbers };
}

/**
 * A unit's people as one record, in the list's order (compareListOrder): /people merges the
 * units' records as they are instead of sorting every person on each load, and equal contents
 * pack equally.
 */
export function packPeopleList(unitId: string, entries: Iterable<ListEntry>): PeopleListBlock {
  return packSorted(unitId, [...entries].sort(byListOrder));
}

/** A column's values ('' × count for an empty column of count people). */
export function columnOf(block: PeopleListBlock, column: TextColumn): string[] {
  if (block.count === 0) return [];
  return block[column].split(SEPARATOR);
}

export function unpackPeopleList(block: PeopleListBlock): ListEntry[] {
  const columns = Object.fromEntries(
    TEXT_COLUMNS.map((column) => [column, columnOf(block, column)]),
  ) as Record<TextColumn, string[]>;
  const entries: ListEntry[] = new Array<ListEntry>(block.count);
  for (let index = 0; index < block.count; index += 1) {
    entries[index] = {
      id: columns.id[index] ?? '',
      unitId: block.unitId,
      fullName: columns.fullName[index] ?? '',
      searchKey: columns.searchKey[index] ?? '',
      sortKey: columns.sortKey[index] ?? '',
      birthDate: dayText(block.birthDay[index] ?? NO_DAY),
      gender: GENDERS[block.gender[index] ?? 0] as Person['gender'],
      ethnicity: columns.ethnicity[index] ?? '',
      occupation: OCCUPATIONS[block.occupation[index] ?? 0] as Person['occupation'],
      stage: STAGES[block.stage[index] ?? 0] as Stage,
      admittedOn: dayText(block.admittedDay[index] ?? NO_DAY),
      firstDue: block.firstDue[index] ?? NO_DUE,
      token: columns.token[index] ?? '',
    };
  }
  return entries;
}

/** The ids of a block's people, without unpacking the rest. */
export function idsOf(block: PeopleListBlock): string[] {
  return columnOf(block, 'id');
}

/**
 * A unit's record after people were taken out (−1) and put in (1), in the order they came:
 * removals first, so a person changed is replaced. Equals packPeopleList of the entries after
 * the changes, but the stored people stay columns, merged with the few put in (a write touches
 * one unit's record of hundreds of people; none of them is made an object). Undefined: empty.
 */
export function updatePeopleList(
  unitId: string,
  stored: PeopleListBlock | undefined,
  changes: readonly (readonly [ListEntry, 1 | -1])[],
): PeopleListBlock | undefined {
  const gone = new Set<string>();
  const added = new Map<string, ListEntry>();
  for (const [entry, sign] of changes) if (sign === -1) gone.add(entry.id);
  for (const [entry, sign] of changes) if (sign === 1) added.set(entry.id, entry);
  const ins = [...added.values()].sort(byListOrder);
  const count = stored?.count ?? 0;
  const old = Object.fromEntries(
    TEXT_COLUMNS.map((column) => [column, stored ? columnOf(stored, column) : []]),
  ) as Record<TextColumn, string[]>;
  // The record's rows: a stored row's index (≥ 0), or −1 − the index of a row put in.
  const rows: number[] = [];
  let next = 0;
  for (let index = 0; index < count; index += 1) {
    const id = old.id[index] ?? '';
    if (gone.has(id) || added.has(id)) continue;
    const key = old.sortKey[index] ?? '';
    for (; next < ins.length; next += 1) {
      const entry = ins[next] as ListEntry;
      if (compareListOrder(entry.sortKey, entry.id, key, id) > 0) break;
      rows.push(-1 - next);
    }
    rows.push(index);
  }
  for (; next < ins.length; next += 1) rows.push(-1 - next);
  if (rows.length === 0) return undefined;
  const text = Object.fromEntries(
    TEXT_COLUMNS.map((column) => {
      const values = old[column];
      const cells = rows.map((row) =>
        row >= 0 ? (values[row] ?? '') : clean(String((ins[-1 - row] as ListEntry)[column])),
      );
      return [column, cells.join(SEPARATOR)];
    }),
  ) as Record<TextColumn, string>;
  const numbers = Object.fromEntries(
    NUMBER_COLUMNS.map(({ column, of, bytes }) => {
      const values = new bytes(rows.length);
      const kept = stored?.[column];
      rows.forEach((row, at) => {
        values[at] = row >= 0 ? (kept?.[row] ?? 0) : of(ins[-1 - row] as ListEntry);
      });
      return [column, values];
    }),
  ) as Pick<PeopleListBlock, NumberColumn>;
  return { unitId, count: rows.length, ...text, ...numbers };
}
