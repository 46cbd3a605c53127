// What the home page and the classes list compute from the home aggregate's records
// (home-stats.ts), apart from the code that keeps them: loaded when the page reads them, so that
// it stays off the first screen's download (the write path is on it).
import { STAGE_COUNT, type UnitStatsBlock } from './admission-stats';
import { addMonths, fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { DEADLINE_KINDS, DUE_SOON_DAYS, type DeadlineStatus } from './deadlines';
import { sortDueSummary, type DueItem, type DueSummary } from './due';
import { REMOVED, dueMonths, forEachHomeEntry, type HomeBlock } from './home-stats';

const monthOfDay = (day: number) => fromDayNumber(day).slice(0, 7);

function statusOf(daysLeft: number, met: boolean): DeadlineStatus {
  if (met) return 'met';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'dueSoon' : 'upcoming';
}

/**
 * The home page's lines from the 'due:' records up to next month and the 'end:' records of this
 * month and the next: the same lines, in the same order, as dueSummary over every person in scope.
 */
export function dueSummaryOfRecords(
  records: readonly { key: string; block: HomeBlock }[],
  today: IsoDate,
  inScope: (unitId: string) => boolean,
): DueSummary {
  const { thisMonth, nextMonth } = dueMonths(today);
  const todayNumber = toDayNumber(today);
  // The days of this month and the next: a record holds a year's deadlines, and only these
  // (and those overdue) are shown, so the others are passed over before any line is made.
  const monthStart = toDayNumber(`${thisMonth}-01`);
  const afterNext = toDayNumber(`${addMonths(`${nextMonth}-01`, 1)}`);
  const summary: DueSummary = { overdue: [], thisMonth: [], nextMonth: [] };
  for (const { key, block } of records) {
    const isEnd = key.startsWith('end:');
    if (!isEnd && !key.startsWith('due:')) continue;
    for (let index = 0; index < block.ids.length; index += 1) {
      const day = block.days[index] ?? 0;
      const daysLeft = day - todayNumber;
      const reached = daysLeft <= 0;
      const status = statusOf(daysLeft, isEnd && reached);
      if (status !== 'overdue' && (day < monthStart || day >= afterNext)) continue;
      const code = block.codes[index] ?? 0;
      if (isEnd && code >= REMOVED && !reached) continue;
      const kind = DEADLINE_KINDS[code % REMOVED];
      const unitId = block.unitIds[index] ?? '';
      if (!kind || !inScope(unitId)) continue;
      const item: DueItem = {
        personId: block.ids[index] ?? '',
        fullName: block.names[index] ?? '',
        unitId,
        deadline: { kind, due: fromDayNumber(day), status, daysLeft },
      };
      if (status === 'overdue') summary.overdue.push(item);
      else if (monthOfDay(day) === thisMonth) summary.thisMonth.push(item);
      else summary.nextMonth.push(item);
    }
  }
  return sortDueSummary(summary);
}

/** People of the units in scope recognised as official members in the year. */
export function officialCount(
  block: HomeBlock | undefined,
  inScope: (unitId: string) => boolean,
): number {
  let total = 0;
  if (block)
    forEachHomeEntry(block, (entry, count) => {
      if (inScope(entry.unitId)) total += count;
    });
  return total;
}

/** How many people of the units in scope name each class (either link). */
export function classAttendance(
  block: HomeBlock | undefined,
  inScope: (unitId: string) => boolean,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (block)
    forEachHomeEntry(block, (entry, count) => {
      if (inScope(entry.unitId)) counts.set(entry.id, (counts.get(entry.id) ?? 0) + count);
    });
  return counts;
}

/** How many people the units in scope hold (unitStats: every person has one stage). */
export function peopleIn(
  unitStats: readonly UnitStatsBlock[],
  inScope: (unitId: string) => boolean,
): number {
  let total = 0;
  for (const block of unitStats) {
    block.units.forEach((unitId, unit) => {
      if (!inScope(unitId)) return;
      for (let stage = 0; stage < STAGE_COUNT; stage += 1)
        total += block.stages[unit * STAGE_COUNT + stage] ?? 0;
    });
  }
  return total;
}
