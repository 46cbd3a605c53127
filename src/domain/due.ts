// The secretary's home page: which legal deadlines need attention now and in the coming weeks.
import { addMonths, type IsoDate } from './dates';
import { deadlinesFor, type Deadline } from './deadlines';
import type { Milestones } from './entities';

export interface DueItem {
  personId: string;
  fullName: string;
  unitId: string;
  deadline: Deadline;
}

export interface DueSummary {
  overdue: DueItem[];
  thisMonth: DueItem[];
  nextMonth: DueItem[];
}

const collator = new Intl.Collator('vi');

function byDueThenName(a: DueItem, b: DueItem): number {
  if (a.deadline.due !== b.deadline.due) return a.deadline.due < b.deadline.due ? -1 : 1;
  return collator.compare(a.fullName, b.fullName);
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
  summary.overdue.sort(byDueThenName);
  summary.thisMonth.sort(byDueThenName);
  summary.nextMonth.sort(byDueThenName);
  return summary;
}
