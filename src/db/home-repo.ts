// What the home page and the classes list read of the aggregates (home-stats.ts): a few records,
// never the people.
import type { UnitStatsBlock } from '@/domain/admission-stats';
import type { IsoDate } from '@/domain/dates';
import { CLASSES_KEY, dueMonths } from '@/domain/home-stats';
import { ensureAggregates } from './dashboard-repo';
import type { StoredHomeStats } from './rows';
import { db } from './schema';

export interface HomeRecords {
  /** The 'due:' records up to next month, and the 'end:' records of this month and the next. */
  dueRecords: StoredHomeStats[];
  official: StoredHomeStats | undefined;
  unitStats: UnitStatsBlock[];
}

/** The records the home page shows on `today` (after the aggregates' check of this page load). */
export async function readHomeRecords(today: IsoDate): Promise<HomeRecords> {
  await ensureAggregates();
  const { thisMonth, nextMonth } = dueMonths(today);
  const d = db();
  return d.transaction('r', d.homeStats, d.unitStats, async () => {
    const [due, ends, unitStats] = await Promise.all([
      d.homeStats.where('key').between('due:', `due:${nextMonth}`, true, true).toArray(),
      d.homeStats.bulkGet([
        `end:${thisMonth}`,
        `end:${nextMonth}`,
        `official:${today.slice(0, 4)}`,
      ]),
      d.unitStats.toArray(),
    ]);
    const [endThis, endNext, official] = ends;
    const dueRecords = [...due];
    if (endThis) dueRecords.push(endThis);
    if (endNext) dueRecords.push(endNext);
    return { dueRecords, official, unitStats };
  });
}

/** How many people name each class, by class, link and the person's unit. */
export async function readClassAttendance(): Promise<StoredHomeStats | undefined> {
  await ensureAggregates();
  return db().homeStats.get(CLASSES_KEY);
}

/** The people by stage of every unit (16 records at most): how many a subtree holds. */
export async function readUnitStats(): Promise<UnitStatsBlock[]> {
  await ensureAggregates();
  return db().unitStats.toArray();
}
