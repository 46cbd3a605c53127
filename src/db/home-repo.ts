// What the home page and the classes list read of the aggregates (home-stats.ts): a few records,
// never the people.
import type { AdmissionBlock, UnitStatsBlock } from '@/domain/admission-stats';
import type { IsoDate } from '@/domain/dates';
import { CLASSES_KEY, dueMonths, yearKeys } from '@/domain/home-stats';
import type { StoredHomeStats } from './rows';
import { HOME_RECORDS_PER_READ, readRangeInChunks } from './read-in-chunks';
import { db } from './schema';

export interface HomeRecords {
  /** The 'due:' records up to next month's year, the 'end:' records of this month's and its. */
  dueRecords: StoredHomeStats[];
  official: StoredHomeStats | undefined;
  unitStats: UnitStatsBlock[];
  admissionStats: AdmissionBlock[];
}

/**
 * The records the home page shows on `today`, in one read. The aggregates' check (a count of
 * every person, a second at province scale) is the page's to run once it has drawn
 * (queries/aggregates-check.ts).
 */
export async function readHomeRecords(today: IsoDate): Promise<HomeRecords> {
  const { thisMonth, nextMonth } = dueMonths(today);
  const [thisYear, nextYear] = [thisMonth.slice(0, 4), nextMonth.slice(0, 4)];
  const d = db();
  return d.transaction('r', d.homeStats, d.unitStats, d.admissionStats, async () => {
    const [due, ends, official, unitStats, admissionStats] = await Promise.all([
      // Every year up to next month's, each year's shards (dueSummaryOfRecords keeps the days);
      // in pieces, as a province of a million people holds some 200,000 entries in each range.
      readRangeInChunks(d.homeStats, 'due:', yearKeys('due', nextYear).to, HOME_RECORDS_PER_READ),
      readRangeInChunks(
        d.homeStats,
        yearKeys('end', thisYear).from,
        yearKeys('end', nextYear).to,
        HOME_RECORDS_PER_READ,
      ),
      d.homeStats.get(`official:${today.slice(0, 4)}`),
      d.unitStats.toArray(),
      d.admissionStats.toArray(),
    ]);
    return { dueRecords: [...due, ...ends], official, unitStats, admissionStats };
  });
}

/** How many people name each class, by class, link and the person's unit (no check: as above). */
export async function readClassAttendance(): Promise<StoredHomeStats | undefined> {
  return db().homeStats.get(CLASSES_KEY);
}

/** The people by stage of every unit (16 records at most): how many a subtree holds. */
export async function readUnitStats(): Promise<UnitStatsBlock[]> {
  return db().unitStats.toArray();
}
