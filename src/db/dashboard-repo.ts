// What the dashboard and the report read: the aggregates of the units a view needs (of the years
// it needs) and a few small tables, never every person (aggregates.ts keeps the aggregates current).
import type { StatPerson, UnitStatsRow } from '@/domain/admission-stats';
import { addMonths, localIsoDate, yearOf, type IsoDate } from '@/domain/dates';
import type { Target } from '@/domain/entities';
import type { IndicatorInput, Period } from '@/domain/indicator-types';
import { edgeRanges, scopeUnitIds } from '@/domain/indicators';
import {
  peopleHeld,
  rebuildAggregatesIn,
  admissionRowsOf,
  type StoredAdmissionStats,
} from './aggregates';
import { db, type PersonRow } from './schema';

/**
 * The calendar years whose admission aggregates a view needs: the period's, those of every quota
 * span that overlaps the period or holds today (quota progress counts the whole span, the
 * forecast the span running now), and the 12 months before today (the run rate).
 */
export function yearsNeeded(
  period: Period,
  targets: readonly Pick<Target, 'fromYear' | 'toYear'>[],
  today: IsoDate,
): { fromYear: number; toYear: number } {
  const periodFrom = yearOf(period.from);
  const periodTo = yearOf(period.to);
  const thisYear = yearOf(today);
  let fromYear = Math.min(periodFrom, yearOf(addMonths(today, -12)));
  let toYear = Math.max(periodTo, thisYear);
  for (const target of targets) {
    const overlapsPeriod = target.fromYear <= periodTo && target.toYear >= periodFrom;
    const holdsToday = target.fromYear <= thisYear && target.toYear >= thisYear;
    if (!overlapsPeriod && !holdsToday) continue;
    fromYear = Math.min(fromYear, target.fromYear);
    toYear = Math.max(toYear, target.toYear);
  }
  return { fromYear, toYear };
}

function statPerson(row: PersonRow): StatPerson {
  return {
    unitId: row.unitId,
    gender: row.gender,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    religion: row.religion,
    youthUnion: row.youthUnion,
    occupation: row.occupation,
    workplaceSector: row.workplaceSector,
    education: row.education,
    milestones: row.milestones,
  };
}

/**
 * Everything computeIndicators needs for a view, in one read transaction. With a root unit, only
 * the rows of the units that count for it (scopeUnitIds); without, the whole store.
 * `today` decides the years of the run rate and the current quota span (default: the local today).
 */
export async function loadIndicatorInput(
  period: Period,
  rootUnitId?: string,
  today: IsoDate = localIsoDate(),
): Promise<IndicatorInput> {
  const d = db();
  const tables = [d.units, d.admissionStats, d.unitStats, d.classes, d.targets, d.memberCounts];
  return d.transaction('r', [...tables, d.people], async () => {
    const units = await d.units.toArray();
    const scope = rootUnitId ? scopeUnitIds(units, rootUnitId) : null;
    const inScope = (unitId: string) => !scope || scope.has(unitId);

    const targets = (await d.targets.toArray()).filter((row) => inScope(row.unitId));
    const { fromYear, toYear } = yearsNeeded(period, targets, today);

    // A unit's view reads its own rows by key, a view of most of the tree every row (per
    // record, a read of the whole table costs less than a get).
    const byKey = scope !== null && scope.size * 2 < units.length;
    const [admissionRows, unitStats, classes, memberCounts, edgePeople] = await Promise.all([
      byKey ? d.admissionStats.bulkGet([...scope]) : d.admissionStats.toArray(),
      byKey ? d.unitStats.bulkGet([...scope]) : d.unitStats.toArray(),
      // A class counts when it starts and ends within the period: only those starting in it can.
      period.from <= period.to
        ? d.classes.where('startOn').between(period.from, period.to, true, true).toArray()
        : Promise.resolve([]),
      d.memberCounts.where('year').between(fromYear, toYear, true, true).toArray(),
      Promise.all(
        edgeRanges(period).map((range) =>
          d.people
            .where('milestones.admittedOn')
            .between(range.from, range.to, true, true)
            .toArray(),
        ),
      ),
    ]);

    return {
      units,
      admissionStats: admissionRows
        .filter((row): row is StoredAdmissionStats => row !== undefined && inScope(row.unitId))
        .flatMap((row) => admissionRowsOf(row, fromYear, toYear)),
      unitStats: unitStats.filter(
        (row): row is UnitStatsRow => row !== undefined && inScope(row.unitId),
      ),
      edgePeople: edgePeople
        .flat()
        .filter((row) => inScope(row.unitId))
        .map(statPerson),
      classes: classes.filter((row) => inScope(row.unitId)),
      targets,
      memberCounts: memberCounts.filter((row) => inScope(row.unitId)),
    };
  });
}

/**
 * Recomputes the aggregates from every person, in ONE read-write transaction over the people and
 * both aggregate tables: the people are read in chunks (progress after each), the tables swapped
 * at the end, and no write can come in between. A quarter of a million people take seconds.
 */
export async function rebuildAggregates(
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.people, d.admissionStats, d.unitStats], () =>
    rebuildAggregatesIn(d, onProgress),
  );
}

/**
 * Makes sure the aggregates hold every person: a cheap check (the people's count against the
 * count the aggregates hold, one small row per unit) and a rebuild when they disagree, which
 * happens when records were written around the repositories (a test's seed, a restored backup).
 * A write around the repositories that only changes people, without adding or removing any, is
 * not detected: every write in the app goes through aggregates.ts.
 */
/**
 * Every write of the app keeps the aggregates current, so they can only drift through writes
 * around it (another tool, a test seeding raw IndexedDB, a crash of an older version): checking
 * once per page load is enough, and spares the dashboard a full count of people on every view.
 */
let checkedThisLoad = false;

export async function ensureAggregates(
  onProgress?: (done: number, total: number) => void,
  options: { force?: boolean } = {},
): Promise<{ rebuilt: boolean }> {
  if (checkedThisLoad && !options.force) return { rebuilt: false };
  const result = await checkAndRebuild(onProgress);
  checkedThisLoad = true;
  return result;
}

async function checkAndRebuild(
  onProgress?: (done: number, total: number) => void,
): Promise<{ rebuilt: boolean }> {
  const d = db();
  const { people, held } = await d.transaction('r', d.people, d.unitStats, async () => ({
    people: await d.people.count(),
    held: peopleHeld(await d.unitStats.toArray()),
  }));
  if (people === held) return { rebuilt: false };
  await rebuildAggregates(onProgress);
  return { rebuilt: true };
}
