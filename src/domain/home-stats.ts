// What the home page and the classes list read instead of the people (db/aggregates.ts keeps it
// in the same transaction as every write of people). Records keyed by what they answer:
// - 'due:YYYY:SS': the deadlines still to be met (decision, ceremony, official review,
//   certificate) falling due that year, one entry per person and kind, with the name and unit
//   the list shows. Overdue on day T means due before T: the records up to next month's year
//   hold every line of "overdue", "this month" and "next month" (the reader keeps those days).
// - 'end:YYYY:SS': the ends of probation falling that year (listed in their month even once
//   passed: they open the official-recognition work). Someone struck off after the end is
//   listed only once the day has come (flag REMOVED), as deadlinesFor says.
//   SS: the person's unit's shard (homeShard, one of 64): an imported file, a district's few
//   units, rewrites a few records of a year, not the whole province's (schema version 10). By
//   year, not month: a district's file of seven years of admissions wrote some 1,000 small
//   records of months (17,480 for the 18 files of the bench's M province, 15% of what the
//   import wrote), where a year's records of a shard hold a few hundred people each.
// - 'official:YYYY': people recognised as official members that year, counted by unit.
// - 'classes': people naming a class, counted by class, kind of link and the person's unit.
// Nothing here depends on today: today only picks the records and judges the days at read time
// (home-read.ts).
import { toDayNumber, addMonths, yearOf, type IsoDate } from './dates';
import { DEADLINE_KINDS, deadlinesFor, type Deadline } from './deadlines';
import type { Milestones } from './entities';
import { fnv1a } from './fnv';

/** The fields of a person the home aggregate reads (PersonRow fits). */
export interface HomePerson {
  id: string;
  fullName: string;
  unitId: string;
  milestones: Partial<Milestones>;
  awarenessClassId?: string | null | undefined;
  newMemberClassId?: string | null | undefined;
}

/** One entry of a record; a record holds each with a multiplicity (count). */
export interface HomeEntry {
  id: string;
  name: string;
  unitId: string;
  /** 'due'/'end': the deadline kind's index in DEADLINE_KINDS (+ REMOVED); 'classes': CLASS_LINK. */
  code: number;
  /** 'due'/'end': the due date's day number; otherwise 0. */
  day: number;
}

/** One record as stored: parallel arrays, sorted by entry. */
export interface HomeBlock {
  ids: string[];
  names: string[];
  unitIds: string[];
  codes: Uint8Array;
  days: Int32Array;
  counts: Int32Array;
}

export const REMOVED = 16;
export const CLASS_LINK = { awareness: 0, newMember: 1 } as const;
export const CLASSES_KEY = 'classes';

/** How many records a year's deadlines are spread over, by unit. */
export const HOME_SHARDS = 64;

/** The shard of a unit's people in the month records: a hash of its id (FNV-1a), two digits. */
export function homeShard(unitId: string): string {
  let shard = shards.get(unitId);
  if (shard === undefined) {
    shard = String(fnv1a(unitId) % HOME_SHARDS).padStart(2, '0');
    if (shards.size >= 10_000) shards.clear();
    shards.set(unitId, shard);
  }
  return shard;
}
/** The units' shards computed last (a province has a few thousand units at most). */
const shards = new Map<string, string>();

/** The keys of a year's records ('due' or 'end') lie from yearKeys().from to .to. */
export function yearKeys(kind: 'due' | 'end', year: string): { from: string; to: string } {
  return { from: `${kind}:${year}:`, to: `${kind}:${year}:\uffff` };
}

/** A day after any date a record can hold: every deadline is counted as if it had come. */
const FAR_FUTURE: IsoDate = '9999-12-31';

/** The person's deadlines as the home aggregate counts them (the other aggregates reuse them). */
export function openDeadlines(person: HomePerson): Deadline[] {
  return deadlinesFor(person, FAR_FUTURE);
}

/** The records a person adds one entry to (the same record may come twice, with two entries). */
export function homeContribution(
  person: HomePerson,
  deadlines: readonly Deadline[] = openDeadlines(person),
): [string, HomeEntry][] {
  const out: [string, HomeEntry][] = [];
  const base = { id: person.id, name: person.fullName, unitId: person.unitId };
  const shard = homeShard(person.unitId);
  // Counted as of a far day, the open deadlines are those still unmet whatever today is, and a
  // probation end is present unless struck off before it (deadlinesFor).
  for (const deadline of deadlines) {
    const day = toDayNumber(deadline.due);
    const record = `${yearOf(deadline.due)}:${shard}`;
    const code = DEADLINE_KINDS.indexOf(deadline.kind);
    if (deadline.kind === 'probationEnd') {
      const flag = person.milestones.removedOn ? REMOVED : 0;
      out.push([`end:${record}`, { ...base, code: code + flag, day }]);
    } else if (deadline.fulfilledOn === null) {
      out.push([`due:${record}`, { ...base, code, day }]);
    }
  }
  const officialOn = person.milestones.officialOn;
  if (officialOn) {
    out.push([
      `official:${yearOf(officialOn)}`,
      { id: '', name: '', unitId: person.unitId, code: 0, day: 0 },
    ]);
  }
  const links: [string | null | undefined, number][] = [
    [person.awarenessClassId, CLASS_LINK.awareness],
    [person.newMemberClassId, CLASS_LINK.newMember],
  ];
  for (const [classId, code] of links) {
    if (classId)
      out.push([CLASSES_KEY, { id: classId, name: '', unitId: person.unitId, code, day: 0 }]);
  }
  return out;
}

/** A record unpacked: entries by their identity, with their multiplicity. */
export type HomeRecord = Map<string, { entry: HomeEntry; count: number }>;

const entryKey = (entry: HomeEntry) =>
  `${entry.id}\u0001${entry.unitId}\u0001${entry.code}\u0001${entry.day}\u0001${entry.name}`;

/** Adds (1) or takes out (−1) an entry; an entry whose multiplicity falls to 0 is dropped. */
export function applyHomeEntry(record: HomeRecord, entry: HomeEntry, sign: 1 | -1): void {
  const key = entryKey(entry);
  const held = record.get(key);
  const count = (held?.count ?? 0) + sign;
  if (count === 0) record.delete(key);
  else record.set(key, { entry: held?.entry ?? entry, count });
}

export function packHomeRecord(record: HomeRecord): HomeBlock {
  const keys = [...record.keys()].sort();
  const block: HomeBlock = {
    ids: [],
    names: [],
    unitIds: [],
    codes: new Uint8Array(keys.length),
    days: new Int32Array(keys.length),
    counts: new Int32Array(keys.length),
  };
  keys.forEach((key, index) => {
    const held = record.get(key);
    if (!held) return;
    block.ids.push(held.entry.id);
    block.names.push(held.entry.name);
    block.unitIds.push(held.entry.unitId);
    block.codes[index] = held.entry.code;
    block.days[index] = held.entry.day;
    block.counts[index] = held.count;
  });
  return block;
}

/** Calls back for each entry of a stored block with its multiplicity. */
export function forEachHomeEntry(
  block: HomeBlock,
  visit: (entry: HomeEntry, count: number) => void,
): void {
  for (let index = 0; index < block.ids.length; index += 1) {
    visit(
      {
        id: block.ids[index] ?? '',
        name: block.names[index] ?? '',
        unitId: block.unitIds[index] ?? '',
        code: block.codes[index] ?? 0,
        day: block.days[index] ?? 0,
      },
      block.counts[index] ?? 0,
    );
  }
}

export function unpackHomeRecord(block: HomeBlock): HomeRecord {
  const record: HomeRecord = new Map();
  forEachHomeEntry(block, (entry, count) => record.set(entryKey(entry), { entry, count }));
  return record;
}

/** The months whose records the home page reads on `today`: this month and the next. */
export function dueMonths(today: IsoDate): { thisMonth: string; nextMonth: string } {
  const thisMonth = today.slice(0, 7);
  return { thisMonth, nextMonth: addMonths(`${thisMonth}-01`, 1).slice(0, 7) };
}

/**
 * A stored block with changes applied, as `packHomeRecord(unpack + apply)` gives it (the same
 * entries in the same key order), without unpacking it: the block's entries are sorted by key,
 * so the changes, summed and sorted, are merged into it in one pass, and an entry is compared by
 * its id first (a key starts with the id and a separator below every character of an id, so ids
 * order keys alike); the whole key is made only where the ids are equal. An import adds a file's
 * few entries to a year's record of a shard's units: the record is copied, not rebuilt.
 */
export function mergeHomeBlock(
  block: HomeBlock | undefined,
  changes: readonly (readonly [HomeEntry, 1 | -1])[],
): HomeBlock {
  const summed = new Map<string, { entry: HomeEntry; sum: number }>();
  for (const [entry, sign] of changes) {
    const key = entryKey(entry);
    const held = summed.get(key);
    if (held) held.sum += sign;
    else summed.set(key, { entry, sum: sign });
  }
  const delta = [...summed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const stored = block?.ids.length ?? 0;
  const out = {
    ids: [] as string[],
    names: [] as string[],
    unitIds: [] as string[],
    codes: [] as number[],
    days: [] as number[],
    counts: [] as number[],
  };
  const push = (entry: HomeEntry, count: number) => {
    out.ids.push(entry.id);
    out.names.push(entry.name);
    out.unitIds.push(entry.unitId);
    out.codes.push(entry.code);
    out.days.push(entry.day);
    out.counts.push(count);
  };
  const pushStored = (index: number, count: number) => {
    out.ids.push(block?.ids[index] ?? '');
    out.names.push(block?.names[index] ?? '');
    out.unitIds.push(block?.unitIds[index] ?? '');
    out.codes.push(block?.codes[index] ?? 0);
    out.days.push(block?.days[index] ?? 0);
    out.counts.push(count);
  };
  const storedEntry = (index: number): HomeEntry => ({
    id: block?.ids[index] ?? '',
    name: block?.names[index] ?? '',
    unitId: block?.unitIds[index] ?? '',
    code: block?.codes[index] ?? 0,
    day: block?.days[index] ?? 0,
  });
  let next = 0;
  for (let index = 0; index < stored; index += 1) {
    const id = block?.ids[index] ?? '';
    // The changes ordered before this entry go in first.
    while (next < delta.length) {
      const [key, change] = delta[next] as [string, { entry: HomeEntry; sum: number }];
      if (change.entry.id > id) break;
      if (change.entry.id === id && key >= entryKey(storedEntry(index))) break;
      if (change.sum !== 0) push(change.entry, change.sum);
      next += 1;
    }
    const count = block?.counts[index] ?? 0;
    const match = delta[next];
    if (match && match[1].entry.id === id && match[0] === entryKey(storedEntry(index))) {
      const merged = count + match[1].sum;
      if (merged !== 0) pushStored(index, merged);
      next += 1;
    } else {
      pushStored(index, count);
    }
  }
  for (; next < delta.length; next += 1) {
    const change = delta[next]?.[1];
    if (change && change.sum !== 0) push(change.entry, change.sum);
  }
  return {
    ids: out.ids,
    names: out.names,
    unitIds: out.unitIds,
    codes: Uint8Array.from(out.codes),
    days: Int32Array.from(out.days),
    counts: Int32Array.from(out.counts),
  };
}
