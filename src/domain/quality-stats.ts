// What the per-person checks find, kept as an aggregate beside the dashboard's (db/aggregates.ts:
// updated in the same transaction as every write of people), so that /quality never reads every
// person. Per shard of units (the duplicate keys are in the people list's aggregate, per unit:
// people-list.ts):
// - the people with a finding or a dated watch (a milestone written in the future, a review of
//   official membership falling due), with their name for the list;
// - per class named by the shard's people: how many name it, how many of them are not admitted,
//   and the admission days of the others (so a class's impossible attendees are counted against
//   its dates at read time, which may change without any person being written).
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
  flagged: Map<string, QualityEntry>;
  classes: Map<string, ClassAttendance>;
}

/** One shard as stored. */
export interface QualityBlock {
  flagged: QualityEntry[];
  classes: ClassAttendance[];
}

export interface QualityContribution {
  id: string;
  unitId: string;
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
  return {
    id: person.id,
    unitId: person.unitId,
    entry,
    classes,
  };
}

export function emptyQualityShard(): QualityShard {
  return { flagged: new Map(), classes: new Map() };
}

/** Adds (1) or takes out (−1) one person's contribution. Take out before adding (a change). */
export function applyQualityContribution(
  shard: QualityShard,
  contribution: QualityContribution,
  sign: 1 | -1,
): void {
  if (sign === -1) shard.flagged.delete(contribution.id);
  else if (contribution.entry) shard.flagged.set(contribution.id, contribution.entry);
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
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    flagged: [...shard.flagged.values()].sort(byId),
    classes: [...shard.classes.values()].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    ),
  };
}

export function unpackQualityShard(block: QualityBlock): QualityShard {
  const shard = emptyQualityShard();
  for (const entry of block.flagged) shard.flagged.set(entry.id, entry);
  for (const attendance of block.classes)
    shard.classes.set(attendance.key, {
      ...attendance,
      admittedDays: [...attendance.admittedDays],
    });
  return shard;
}

export function isEmptyQualityBlock(block: QualityBlock): boolean {
  return block.flagged.length === 0 && block.classes.length === 0;
}
