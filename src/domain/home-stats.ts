// What the home page and the classes list read instead of the people (db/aggregates.ts keeps it
// in the same transaction as every write of people). Records keyed by what they answer:
// - 'due:YYYY-MM': the deadlines still to be met (decision, ceremony, official review,
//   certificate) falling due that month, one entry per person and kind, with the name and unit
//   the list shows. Overdue on day T means due before T: the records up to next month hold
//   every line of "overdue", "this month" and "next month".
// - 'end:YYYY-MM': the ends of probation falling that month (listed in their month even once
//   passed: they open the official-recognition work). Someone struck off after the end is
//   listed only once the day has come (flag REMOVED), as deadlinesFor says.
// - 'official:YYYY': people recognised as official members that year, counted by unit.
// - 'classes': people naming a class, counted by class, kind of link and the person's unit.
// Nothing here depends on today: today only picks the records and judges the days at read time
// (home-read.ts).
import { toDayNumber, addMonths, yearOf, type IsoDate } from './dates';
import { DEADLINE_KINDS, deadlinesFor } from './deadlines';
import type { Milestones } from './entities';

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

/** A day after any date a record can hold: every deadline is counted as if it had come. */
const FAR_FUTURE: IsoDate = '9999-12-31';

/** The records a person adds one entry to (the same record may come twice, with two entries). */
export function homeContribution(person: HomePerson): [string, HomeEntry][] {
  const out: [string, HomeEntry][] = [];
  const base = { id: person.id, name: person.fullName, unitId: person.unitId };
  // Counted as of a far day, the open deadlines are those still unmet whatever today is, and a
  // probation end is present unless struck off before it (deadlinesFor).
  for (const deadline of deadlinesFor(person, FAR_FUTURE)) {
    const day = toDayNumber(deadline.due);
    const month = deadline.due.slice(0, 7);
    const code = DEADLINE_KINDS.indexOf(deadline.kind);
    if (deadline.kind === 'probationEnd') {
      const flag = person.milestones.removedOn ? REMOVED : 0;
      out.push([`end:${month}`, { ...base, code: code + flag, day }]);
    } else if (deadline.fulfilledOn === null) {
      out.push([`due:${month}`, { ...base, code, day }]);
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
