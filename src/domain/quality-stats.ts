// What the per-person checks find, kept as an aggregate beside the dashboard's (db/aggregates.ts:
// updated in the same transaction as every write of people), so that /quality never reads every
// person. Per shard of units:
// - every person's two duplicate keys as 32-bit hashes (name + birth date; CCCD), grouped by
//   unit: repeated hashes name the few candidates the page then reads and compares exactly;
// - the people with a finding or a dated watch (a milestone written in the future, a review of
//   official membership falling due), with their name for the list;
// - per class named by the shard's people: how many name it, how many of them are not admitted,
//   and the admission days of the others (so a class's impossible attendees are counted against
//   its dates at read time, which may change without any person being written).
import { duplicateNameKey } from './duplicate-pairs';
import { toDayNumber, type IsoDate } from './dates';
import type { Person } from './entities';
import { futureMilestoneDay, officialDueDay, personFindings, type Finding } from './quality-checks';
import { lowerBound } from './place-stats';

/** The fields of a person the quality aggregate reads (PersonRow fits). */
export type QualityPerson = Pick<
  Person,
  | 'id'
  | 'unitId'
  | 'fullName'
  | 'birthDate'
  | 'milestones'
  | 'decisionNo'
  | 'nationalId'
  | 'awarenessClassId'
  | 'newMemberClassId'
  | 'updatedAt'
> & { nationalIdToken?: string | undefined };

/** A person with something to report now or later. */
export interface QualityEntry {
  id: string;
  unitId: string;
  fullName: string;
  findings: Finding[];
  futureDay: number | null;
  officialDue: number | null;
}

/** People naming a class: 'a:<id>' for the awareness class, 'n:<id>' for the new-members one. */
export interface ClassAttendance {
  key: string;
  count: number;
  notAdmitted: number;
  /** The admitted attendees' admission days, sorted. */
  admittedDays: number[];
}

/** One shard, unpacked. */
export interface QualityShard {
  /** person id → [unit id, name hash, CCCD hash (0: none)]. */
  keys: Map<string, [string, number, number]>;
  flagged: Map<string, QualityEntry>;
  classes: Map<string, ClassAttendance>;
}

/** One shard as stored. */
export interface QualityBlock {
  units: string[];
  /** The people of unit u are ids[unitStarts[u] … unitStarts[u + 1]). */
  unitStarts: Int32Array;
  ids: string[];
  nameHashes: Uint32Array;
  nationalHashes: Uint32Array;
  flagged: QualityEntry[];
  classes: ClassAttendance[];
}

/** FNV-1a, 32 bits; never 0 (0 means "no key"). */
export function keyHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

/** The CCCD a duplicate is compared by: the number, or under the app lock its token. */
export function nationalKeyOf(person: Pick<QualityPerson, 'nationalId' | 'nationalIdToken'>) {
  return person.nationalId ?? person.nationalIdToken ?? null;
}

export interface QualityContribution {
  id: string;
  unitId: string;
  nameHash: number;
  nationalHash: number;
  entry: QualityEntry | null;
  classes: [string, number | null][];
}

export function qualityContribution(person: QualityPerson): QualityContribution {
  const findings = personFindings(person);
  const futureDay = futureMilestoneDay(person);
  const officialDue = officialDueDay(person);
  const entry =
    findings.length > 0 || futureDay !== null || officialDue !== null
      ? {
          id: person.id,
          unitId: person.unitId,
          fullName: person.fullName,
          findings,
          futureDay,
          officialDue,
        }
      : null;
  const admitted = person.milestones.admittedOn;
  const admittedDay = admitted ? toDayNumber(admitted as IsoDate) : null;
  const classes: [string, number | null][] = [];
  if (person.awarenessClassId) classes.push([`a:${person.awarenessClassId}`, admittedDay]);
  if (person.newMemberClassId) classes.push([`n:${person.newMemberClassId}`, admittedDay]);
  const national = nationalKeyOf(person);
  return {
    id: person.id,
    unitId: person.unitId,
    nameHash: keyHash(duplicateNameKey(person.fullName, person.birthDate)),
    nationalHash: national ? keyHash(national) : 0,
    entry,
    classes,
  };
}

export function emptyQualityShard(): QualityShard {
  return { keys: new Map(), flagged: new Map(), classes: new Map() };
}

/** Adds (1) or takes out (−1) one person's contribution. Take out before adding (a change). */
export function applyQualityContribution(
  shard: QualityShard,
  contribution: QualityContribution,
  sign: 1 | -1,
): void {
  if (sign === 1) {
    shard.keys.set(contribution.id, [
      contribution.unitId,
      contribution.nameHash,
      contribution.nationalHash,
    ]);
    if (contribution.entry) shard.flagged.set(contribution.id, contribution.entry);
  } else {
    shard.keys.delete(contribution.id);
    shard.flagged.delete(contribution.id);
  }
  for (const [key, day] of contribution.classes) {
    let attendance = shard.classes.get(key);
    if (!attendance) {
      attendance = { key, count: 0, notAdmitted: 0, admittedDays: [] };
      shard.classes.set(key, attendance);
    }
    attendance.count += sign;
    if (day === null) attendance.notAdmitted += sign;
    else if (sign === 1)
      attendance.admittedDays.splice(lowerBound(attendance.admittedDays, day + 1), 0, day);
    else {
      const at = lowerBound(attendance.admittedDays, day);
      if (attendance.admittedDays[at] === day) attendance.admittedDays.splice(at, 1);
    }
    if (attendance.count <= 0) shard.classes.delete(key);
  }
}

export function packQualityShard(shard: QualityShard): QualityBlock {
  const byUnit = new Map<string, string[]>();
  for (const [id, [unitId]] of shard.keys) {
    const list = byUnit.get(unitId);
    if (list) list.push(id);
    else byUnit.set(unitId, [id]);
  }
  const units = [...byUnit.keys()].sort();
  const unitStarts = new Int32Array(units.length + 1);
  const ids: string[] = [];
  units.forEach((unitId, index) => {
    unitStarts[index] = ids.length;
    ids.push(...(byUnit.get(unitId) ?? []).sort());
  });
  unitStarts[units.length] = ids.length;
  const nameHashes = new Uint32Array(ids.length);
  const nationalHashes = new Uint32Array(ids.length);
  ids.forEach((id, index) => {
    const keys = shard.keys.get(id);
    nameHashes[index] = keys?.[1] ?? 0;
    nationalHashes[index] = keys?.[2] ?? 0;
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    units,
    unitStarts,
    ids,
    nameHashes,
    nationalHashes,
    flagged: [...shard.flagged.values()].sort(byId),
    classes: [...shard.classes.values()].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    ),
  };
}

export function unpackQualityShard(block: QualityBlock): QualityShard {
  const shard = emptyQualityShard();
  block.units.forEach((unitId, unit) => {
    for (
      let index = block.unitStarts[unit] ?? 0;
      index < (block.unitStarts[unit + 1] ?? 0);
      index += 1
    ) {
      shard.keys.set(block.ids[index] as string, [
        unitId,
        block.nameHashes[index] ?? 0,
        block.nationalHashes[index] ?? 0,
      ]);
    }
  });
  for (const entry of block.flagged) shard.flagged.set(entry.id, entry);
  for (const attendance of block.classes)
    shard.classes.set(attendance.key, {
      ...attendance,
      admittedDays: [...attendance.admittedDays],
    });
  return shard;
}

export function isEmptyQualityBlock(block: QualityBlock): boolean {
  return block.ids.length === 0 && block.flagged.length === 0 && block.classes.length === 0;
}

/**
 * The ids of people in scope whose name or CCCD hash repeats (in scope): the candidates of the
 * duplicate checks, to be read and compared exactly (hashes may collide).
 */
export function duplicateCandidateIds(
  blocks: readonly QualityBlock[],
  inScope: (unitId: string) => boolean,
): string[] {
  // Each key as one number: the hash's top 31 bits, its kind (name 0, CCCD 1), then the entry's
  // index in the low 21 bits. A native sort of a Float64Array (no comparator) is ~10× faster than
  // sorting indexes with a callback: half a million keys sort in tens of milliseconds. Dropping a
  // hash bit only adds collisions, which the exact comparison after removes.
  const owners: string[] = [];
  const keys: number[] = [];
  for (const block of blocks) {
    block.units.forEach((unitId, unit) => {
      if (!inScope(unitId)) return;
      const end = block.unitStarts[unit + 1] ?? 0;
      for (let index = block.unitStarts[unit] ?? 0; index < end; index += 1) {
        const owner = owners.length;
        owners.push(block.ids[index] as string);
        keys.push(((block.nameHashes[index] ?? 0) >>> 1) * 2, owner);
        const national = block.nationalHashes[index] ?? 0;
        if (national !== 0) keys.push((national >>> 1) * 2 + 1, owner);
      }
    });
  }
  const count = keys.length / 2;
  const slot = 2 ** 21;
  if (owners.length >= slot) throw new Error('too many people for one duplicate pass');
  const packed = new Float64Array(count);
  for (let at = 0; at < count; at += 1) {
    packed[at] = (keys[at * 2] ?? 0) * slot + (keys[at * 2 + 1] ?? 0);
  }
  packed.sort();
  const found = new Set<string>();
  for (let at = 1; at < count; at += 1) {
    const here = packed[at] ?? 0;
    const before = packed[at - 1] ?? 0;
    if (Math.floor(here / slot) === Math.floor(before / slot)) {
      found.add(owners[here % slot] as string);
      found.add(owners[before % slot] as string);
    }
  }
  return [...found];
}
