// The checks a file would add, counted on the records of an import's plan before it is applied
// (the import preview shows them): the per-person checks, the duplicates among the file's own
// people, and the file's classes against the people the file names in them. Duplicates with
// people already stored and the member counts are left to /quality after the import.
import { fromDayNumber, type IsoDate } from './dates';
import { duplicateNameKey } from './duplicate-pairs';
import type { Person, TrainingClass } from './entities';
import {
  attendanceImpossible,
  classOverfull,
  duplicatePairs,
  futureMilestoneDay,
  officialDueDay,
  personFindings,
  timedFindings,
  type QualityCheckId,
} from './quality-checks';

export type QualityCounts = Partial<Record<QualityCheckId, number>>;

export function fileQualityCounts(
  people: readonly Person[],
  classes: readonly TrainingClass[],
  today: IsoDate,
): QualityCounts {
  const counts: QualityCounts = {};
  const bump = (check: QualityCheckId) => {
    counts[check] = (counts[check] ?? 0) + 1;
  };
  const classById = new Map(classes.map((klass) => [klass.id, klass]));
  const named = new Map<string, number>();
  for (const person of people) {
    for (const finding of personFindings(person)) bump(finding.check);
    const days = { futureDay: futureMilestoneDay(person), officialDue: officialDueDay(person) };
    for (const finding of timedFindings(days, today, fromDayNumber)) bump(finding.check);
    const admittedOn = person.milestones.admittedOn ?? null;
    const attended: ['awareness' | 'newMember', string | null | undefined][] = [
      ['awareness', person.awarenessClassId],
      ['newMember', person.newMemberClassId],
    ];
    for (const [kind, classId] of attended) {
      if (!classId) continue;
      named.set(classId, (named.get(classId) ?? 0) + 1);
      const klass = classById.get(classId);
      if (klass && attendanceImpossible(kind, klass, admittedOn)) bump('classImpossible');
    }
  }
  for (const klass of classes) {
    if (classOverfull(named.get(klass.id) ?? 0, klass.attendeeCount)) bump('classOverfull');
  }
  for (const pair of duplicatePairs(
    people.map((person) => ({
      id: person.id,
      nameKey: duplicateNameKey(person.fullName, person.birthDate),
      nationalKey: person.nationalId ?? null,
    })),
  )) {
    bump(pair.check);
  }
  return counts;
}
