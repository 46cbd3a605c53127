// The report of /quality for a unit subtree: every finding of every check with the record it
// points at, assembled from the quality aggregate (quality-stats.ts), the classes, the member
// counts, the admissions' years and the places. Pure: the store reads, this counts.
import { fromDayNumber, toDayNumber, type IsoDate } from './dates';
import type { Place, PlaceFigure, TrainingClass } from './entities';
import {
  attendanceImpossible,
  classOverfull,
  memberCountFindings,
  placeClosedPersonFinding,
  placeFigureClosedFinding,
  QUALITY_CHECK_IDS,
  timedFindings,
  type DuplicatePair,
  type Finding,
  type QualityCheckId,
} from './quality-checks';
import type { QualityBlock } from './quality-stats';
import { lowerBound } from './place-stats';

/** What a row of the list links to. */
export type QualityTarget =
  | { kind: 'person'; id: string; label: string }
  | { kind: 'pair'; a: string; b: string; aLabel: string; bLabel: string }
  | { kind: 'class'; id: string; label: string }
  | { kind: 'unit'; id: string }
  | { kind: 'place'; id: string; label: string };

export interface QualityItem {
  check: QualityCheckId;
  /** The unit the record belongs to (the first person's, for a pair). */
  unitId: string;
  target: QualityTarget;
  detail: string[];
}

export interface QualityReport {
  items: QualityItem[];
  /** Per check: the total and the count per unit. */
  counts: Record<QualityCheckId, { total: number; byUnit: Map<string, number> }>;
}

export interface QualityInput {
  blocks: readonly QualityBlock[];
  classes: readonly TrainingClass[];
  /** Unit → years with admissions (from the admissions aggregate). */
  admissionYears: ReadonlyMap<string, readonly number[]>;
  hasMemberCount: (unitId: string, year: number) => boolean;
  ancestorsOf: (unitId: string) => readonly string[];
  places: readonly Place[];
  placeFigures: readonly Pick<PlaceFigure, 'placeId' | 'year'>[];
  /** Per place: the milestone days of its people (placeStats), all runs together. */
  placeDays: ReadonlyMap<string, readonly number[]>;
  /** The duplicate pairs found in scope, with the people's names and units. */
  pairs: readonly (DuplicatePair & { aLabel: string; bLabel: string; unitId: string })[];
  /** The attendees of the classes with impossible attendance, read by the class indexes. */
  impossibleAttendees: readonly {
    classId: string;
    kind: 'awareness' | 'newMember';
    id: string;
    unitId: string;
    fullName: string;
    admittedOn: IsoDate | null;
  }[];
  inScope: (unitId: string) => boolean;
  today: IsoDate;
}

/** Classes with at least one attendee whose attendance the rules exclude (to read them). */
export function classesWithImpossibleAttendance(
  blocks: readonly QualityBlock[],
  classes: readonly TrainingClass[],
  inScope: (unitId: string) => boolean,
): { classId: string; kind: 'awareness' | 'newMember'; count: number }[] {
  const byId = new Map(classes.map((klass) => [klass.id, klass]));
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const attendance of block.classes) {
      const klass = byId.get(attendance.key.slice(2));
      if (!klass || !inScope(klass.unitId)) continue;
      const kind = attendance.key.startsWith('a:') ? 'awareness' : 'newMember';
      let impossible: number;
      if (kind === 'awareness') {
        impossible = lowerBound(attendance.admittedDays, toDayNumber(klass.startOn));
      } else {
        const after = lowerBound(attendance.admittedDays, toDayNumber(klass.endOn) + 1);
        impossible = attendance.notAdmitted + attendance.admittedDays.length - after;
      }
      if (impossible > 0)
        counts.set(attendance.key, (counts.get(attendance.key) ?? 0) + impossible);
    }
  }
  return [...counts].map(([key, count]) => ({
    classId: key.slice(2),
    kind: key.startsWith('a:') ? 'awareness' : 'newMember',
    count,
  }));
}

/** How many people name each class (both kinds of reference counted for their class). */
function namedByClass(blocks: readonly QualityBlock[]): Map<string, number> {
  const named = new Map<string, number>();
  for (const block of blocks) {
    for (const attendance of block.classes) {
      const id = attendance.key.slice(2);
      named.set(id, (named.get(id) ?? 0) + attendance.count);
    }
  }
  return named;
}

export function buildQualityReport(input: QualityInput): QualityReport {
  const items: QualityItem[] = [];
  const push = (unitId: string, target: QualityTarget, finding: Finding) =>
    items.push({ check: finding.check, unitId, target, detail: finding.detail });

  for (const pair of input.pairs) {
    items.push({
      check: pair.check,
      unitId: pair.unitId,
      target: { kind: 'pair', a: pair.a, b: pair.b, aLabel: pair.aLabel, bLabel: pair.bLabel },
      detail: [],
    });
  }
  for (const block of input.blocks) {
    for (const entry of block.flagged) {
      if (!input.inScope(entry.unitId)) continue;
      const target: QualityTarget = { kind: 'person', id: entry.id, label: entry.fullName };
      for (const finding of entry.findings) push(entry.unitId, target, finding);
      for (const finding of timedFindings(entry, input.today, fromDayNumber))
        push(entry.unitId, target, finding);
    }
  }
  const named = namedByClass(input.blocks);
  for (const klass of input.classes) {
    if (!input.inScope(klass.unitId)) continue;
    const finding = classOverfull(named.get(klass.id) ?? 0, klass.attendeeCount);
    if (finding) push(klass.unitId, { kind: 'class', id: klass.id, label: klass.title }, finding);
  }
  const classById = new Map(input.classes.map((klass) => [klass.id, klass]));
  for (const attendee of input.impossibleAttendees) {
    const klass = classById.get(attendee.classId);
    if (!klass || !attendanceImpossible(attendee.kind, klass, attendee.admittedOn)) continue;
    push(
      attendee.unitId,
      { kind: 'person', id: attendee.id, label: attendee.fullName },
      {
        check: 'classImpossible',
        detail: [attendee.kind, klass.title, klass.startOn, klass.endOn, attendee.admittedOn ?? ''],
      },
    );
  }
  const scopedYears = new Map(
    [...input.admissionYears].filter(([unitId]) => input.inScope(unitId)),
  );
  for (const { unitId, finding } of memberCountFindings(
    scopedYears,
    input.hasMemberCount,
    input.ancestorsOf,
  )) {
    push(unitId, { kind: 'unit', id: unitId }, finding);
  }
  placeItems(input, push);
  return { items, counts: countItems(items) };
}

function placeItems(
  input: QualityInput,
  push: (unitId: string, target: QualityTarget, finding: Finding) => void,
): void {
  const placeById = new Map(input.places.map((place) => [place.id, place]));
  for (const figure of input.placeFigures) {
    const place = placeById.get(figure.placeId);
    if (!place || !input.inScope(place.unitId)) continue;
    const finding = placeFigureClosedFinding(place, figure.year);
    if (finding) push(place.unitId, { kind: 'place', id: place.id, label: place.name }, finding);
  }
  for (const place of input.places) {
    if (!place.closedOn || !input.inScope(place.unitId)) continue;
    const days = input.placeDays.get(place.id) ?? [];
    const closed = toDayNumber(place.closedOn);
    const after = days.filter((day) => day > closed).length;
    const finding = placeClosedPersonFinding(place, after);
    if (finding) push(place.unitId, { kind: 'place', id: place.id, label: place.name }, finding);
  }
}

export function countItems(items: readonly QualityItem[]): QualityReport['counts'] {
  const counts = Object.fromEntries(
    QUALITY_CHECK_IDS.map((id) => [id, { total: 0, byUnit: new Map<string, number>() }]),
  ) as QualityReport['counts'];
  for (const item of items) {
    const count = counts[item.check];
    count.total += 1;
    count.byUnit.set(item.unitId, (count.byUnit.get(item.unitId) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many records carry at least one finding: a person found by two checks counts once, a
 * duplicate pair counts its two people, a unit without its member count counts as one record.
 * What the dashboard's and the report's footnote say.
 */
export function recordsWithProblems(report: Pick<QualityReport, 'items'>): number {
  const records = new Set<string>();
  for (const { target } of report.items) {
    if (target.kind === 'pair') {
      records.add(`person:${target.a}`);
      records.add(`person:${target.b}`);
    } else {
      records.add(`${target.kind}:${target.id}`);
    }
  }
  return records.size;
}
