// The reads of /quality: the quality aggregate (16 records at most), the duplicate keys of the
// people list's aggregate (one record per unit of the scope), the classes, the member counts, the
// admissions' years and the places, then only the few people the aggregates point at (duplicate
// candidates, attendees of a class the rules exclude). Never every person.
import { admissionsByUnit, YEAR_CELLS } from '@/domain/admission-stats';
import { duplicateNameKey } from '@/domain/duplicate-pairs';
import { duplicatePairs, type DuplicateCandidate } from '@/domain/quality-checks';
import {
  buildQualityReport,
  classesWithImpossibleAttendance,
  type QualityInput,
  type QualityReport,
} from '@/domain/quality-report';
import { duplicateCandidateIds, nationalKeyOf } from '@/domain/people-keys';

import { PLACE_MILESTONES, runBounds, runOf } from '@/domain/place-stats';
import { subtreeIdsOf } from '@/domain/unit-tree';
import type { IsoDate } from '@/domain/dates';
import { ensureAggregates } from './dashboard-repo';
import { KEYS_PER_READ, readInChunks } from './read-in-chunks';
import { listNotSame } from './merge-repo';
import type { PersonRow } from './rows';
import { db } from './schema';

/** Lets the page draw between steps, so no step holds the main thread long. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface QualityOptions {
  today: IsoDate;
  /**
   * Pairs marked "not the same person" (pairKey) besides those recorded in the store
   * (merge-repo.ts, read here): not reported.
   */
  notSame?: ReadonlySet<string>;
  onRebuild?: (done: number, total: number) => void;
  /** The caller already ran this page load's aggregates check (the page, before the worker). */
  checked?: boolean;
}

/** The values of an object of promises, under the same names. */
async function allOf<T extends Record<string, Promise<unknown>>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(promises);
  const values = await Promise.all(Object.values(promises));
  return Object.fromEntries(names.map((name, index) => [name, values[index]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

async function readStores() {
  const d = db();
  return d.transaction(
    'r',
    [
      d.qualityStats,
      d.peopleKeys,
      d.classes,
      d.admissionStats,
      d.memberCounts,
      d.places,
      d.placeFigures,
      d.placeStats,
      d.units,
    ],
    () =>
      allOf({
        blocks: d.qualityStats.toArray(),
        keys: readInChunks(d.peopleKeys, KEYS_PER_READ),
        classes: d.classes.toArray(),
        admissions: d.admissionStats.toArray(),
        memberCounts: d.memberCounts.toArray(),
        places: d.places.toArray(),
        placeFigures: d.placeFigures.toArray(),
        placeStats: d.placeStats.toArray(),
        units: d.units.toArray(),
      }),
  );
}

/** Every finding in the subtree of `rootUnitId` (every unit when null). */
export async function readQualityReport(
  rootUnitId: string | null,
  options: QualityOptions,
): Promise<QualityReport> {
  if (!options.checked) await ensureAggregates(options.onRebuild);
  const notSame = new Set([...(await listNotSame()), ...(options.notSame ?? [])]);
  const stores = await readStores();
  await breathe();
  const scope = rootUnitId ? subtreeIdsOf(stores.units, rootUnitId) : null;
  const inScope = (unitId: string) => scope === null || scope.has(unitId);

  const candidateIds = duplicateCandidateIds(stores.keys.filter((block) => inScope(block.unitId)));
  await breathe();
  const d = db();
  const candidates = (await d.people.bulkGet(candidateIds)).filter(
    (row): row is PersonRow => row !== undefined && inScope(row.unitId),
  );
  const byId = new Map(candidates.map((row) => [row.id, row]));
  const pairs = duplicatePairs(
    candidates.map((row): DuplicateCandidate => ({
      id: row.id,
      nameKey: duplicateNameKey(row.fullName, row.birthDate),
      nationalKey: nationalKeyOf(row),
    })),
    notSame,
  ).map((pair) => ({
    ...pair,
    aLabel: byId.get(pair.a)?.fullName ?? pair.a,
    bLabel: byId.get(pair.b)?.fullName ?? pair.b,
    unitId: byId.get(pair.a)?.unitId ?? '',
  }));

  const flaggedClasses = classesWithImpossibleAttendance(stores.blocks, stores.classes, inScope);
  const impossibleAttendees: QualityInput['impossibleAttendees'][number][] = [];
  for (const { classId, kind } of flaggedClasses) {
    const index = kind === 'awareness' ? 'awarenessClassId' : 'newMemberClassId';
    for (const row of await d.people.where(index).equals(classId).toArray()) {
      impossibleAttendees.push({
        classId,
        kind,
        id: row.id,
        unitId: row.unitId,
        fullName: row.fullName,
        admittedOn: row.milestones.admittedOn ?? null,
      });
    }
  }

  const admissionYears = new Map<string, number[]>();
  for (const record of stores.admissions) {
    for (const [unitId, cells] of admissionsByUnit(record)) {
      const years = new Set<number>();
      for (let at = 0; at < cells.length; at += 2) {
        if ((cells[at + 1] ?? 0) > 0) years.add(Math.floor((cells[at] ?? 0) / YEAR_CELLS));
      }
      admissionYears.set(unitId, [...years].sort());
    }
  }
  const parents = new Map(stores.units.map((unit) => [unit.id, unit.parentId]));
  const counted = new Set(stores.memberCounts.map((count) => `${count.unitId}|${count.year}`));
  const placeDays = new Map<string, number[]>();
  for (const block of stores.placeStats) {
    block.placeIds.forEach((placeId, place) => {
      const days: number[] = [];
      for (const milestone of PLACE_MILESTONES) {
        const [from, to] = runBounds(block, place, runOf(milestone));
        for (let at = from; at < to; at += 1) days.push(block.days[at] ?? 0);
      }
      placeDays.set(placeId, days);
    });
  }
  await breathe();
  return buildQualityReport({
    blocks: stores.blocks,
    classes: stores.classes,
    admissionYears,
    hasMemberCount: (unitId, year) => counted.has(`${unitId}|${year}`),
    ancestorsOf: (unitId) => {
      const ancestors: string[] = [];
      for (let id = parents.get(unitId); id && !ancestors.includes(id); id = parents.get(id))
        ancestors.push(id);
      return ancestors;
    },
    places: stores.places,
    placeFigures: stores.placeFigures,
    placeDays,
    pairs,
    impossibleAttendees,
    inScope,
    today: options.today,
  });
}
