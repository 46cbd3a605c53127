// The secretary's home page: which legal deadlines need attention now and in the coming weeks.
import { addMonths, type IsoDate } from './dates';
import { DEADLINE_KINDS, deadlinesFor, type Deadline } from './deadlines';
import type { Milestones } from './entities';

/** What a line of the list shows of a deadline. */
export type DueDeadline = Pick<Deadline, 'kind' | 'due' | 'status' | 'daysLeft'>;

export interface DueItem {
  personId: string;
  fullName: string;
  unitId: string;
  deadline: DueDeadline;
}

export interface DueSummary {
  overdue: DueItem[];
  thisMonth: DueItem[];
  nextMonth: DueItem[];
}

const collator = new Intl.Collator('vi');

function byDueThenName(a: DueItem, b: DueItem): number {
  if (a.deadline.due !== b.deadline.due) return a.deadline.due < b.deadline.due ? -1 : 1;
  const byName = collator.compare(a.fullName, b.fullName);
  if (byName !== 0) return byName;
  // The same name on the same day: a fixed order, whichever way the lines were gathered.
  if (a.personId !== b.personId) return a.personId < b.personId ? -1 : 1;
  return DEADLINE_KINDS.indexOf(a.deadline.kind) - DEADLINE_KINDS.indexOf(b.deadline.kind);
}

/**
 * Unfulfilled deadlines overdue as of today, due in today's calendar month, and due in the next
 * calendar month. A probation end falling in either month counts even once reached: it starts
 * the official-recognition work. Each list is sorted by due date, then by name.
 */
export function dueSummary(
  people: readonly {
    id: string;
    fullName: string;
    unitId: string;
    milestones: Partial<Milestones>;
  }[],
  today: IsoDate,
): DueSummary {
  const thisMonthKey = today.slice(0, 7);
  const nextMonthKey = addMonths(`${thisMonthKey}-01`, 1).slice(0, 7);
  const summary: DueSummary = { overdue: [], thisMonth: [], nextMonth: [] };
  for (const person of people) {
    for (const deadline of deadlinesFor(person, today)) {
      const open = deadline.fulfilledOn === null;
      const probationEnd = deadline.kind === 'probationEnd';
      if (!open && !probationEnd) continue;
      const item = {
        personId: person.id,
        fullName: person.fullName,
        unitId: person.unitId,
        deadline,
      };
      const month = deadline.due.slice(0, 7);
      if (deadline.status === 'overdue') summary.overdue.push(item);
      else if (month === thisMonthKey) summary.thisMonth.push(item);
      else if (month === nextMonthKey) summary.nextMonth.push(item);
    }
  }
  return sortDueSummary(summary);
}

/** Each list sorted by due date, then by name. */
export function sortDueSummary(summary: DueSummary): DueSummary {
  summary.overdue.sort(byDueThenName);
  summary.thisMonth.sort(byDueThenName);
  summary.nextMonth.sort(byDueThenName);
  return summary;
}
