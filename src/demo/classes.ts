// The demo province's classes, made as people are dated: one awareness class per upper unit and
// period of a few months (its people's certificates are dated its last day), one new-member
// class per upper unit and period for those admitted before it. The periods are as long as it
// takes to fill a class (a month in a province, up to a year in a small demo). The organiser is
// the upper unit open at the time.
import { fromDayNumber, toDayNumber, yearOf } from '@/domain/dates';
import type { TrainingClass } from '@/domain/entities';
import { pad, type ProvinceContext } from './options';
import type { UpperPlan } from './province-tree';
import type { Draw } from './random';

export type ClassKind = 'awareness' | 'new_member';

/** A class being filled: `linked` counts the people drawn who attended it. */
export type FillingClass = TrainingClass & { linked: number };

export interface ClassBook {
  /** The class a day falls in, made on first use; null when it would end after today. */
  classFor(plan: UpperPlan, kind: ClassKind, day: number): FillingClass | null;
  /** The classes made, by start date, with their attendees (some not in the app). */
  list(draw: Draw): TrainingClass[];
}

/**
 * The classes of one drawing of the province. A new class's dates and id come from
 * `drawFor(its key)`: its own stream, so that it is the same whoever first attends it. Keys are
 * positive: (organiser's index × 2 + kind) × 10^6 + month index.
 */
export function createClassBook(
  context: ProvinceContext,
  plans: readonly UpperPlan[],
  drawFor: (key: number) => Draw,
): ClassBook {
  const { today, todayDay, fromYear, stamp, peopleCount } = context;
  const monthsCovered = Math.max(1, (yearOf(today) - fromYear) * 12 + Number(today.slice(5, 7)));
  const perPlanMonthly = peopleCount / (plans.length * monthsCovered);
  const bucketMonths = (classSize: number, share: number) =>
    Math.min(12, Math.max(1, Math.round(classSize / Math.max(1e-9, perPlanMonthly * share))));
  const classSize = context.options.classSize ?? 60;
  const BUCKET: Record<ClassKind, number> = {
    awareness: bucketMonths(classSize, 0.9),
    new_member: bucketMonths(classSize * 0.75, 0.7),
  };
  const classes = new Map<number, FillingClass>();
  const planIndex = new Map(plans.map((plan, index) => [plan, index]));
  // Month (year × 12 + month − 1) of a day number, remembered: a few thousand distinct days
  // recur hundreds of thousands of times.
  const monthIndexMemo = new Map<number, number>();
  const monthIndexOf = (day: number): number => {
    let monthIndex = monthIndexMemo.get(day);
    if (monthIndex === undefined) {
      const date = fromDayNumber(day);
      monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
      monthIndexMemo.set(day, monthIndex);
    }
    return monthIndex;
  };

  const newClass = (organiser: UpperPlan, kind: ClassKind, key: number, chosen: number) => {
    const monthStart = `${String(Math.floor(chosen / 12)).padStart(4, '0')}-${pad((chosen % 12) + 1)}-01`;
    const classDraw = drawFor(key);
    const startDay = toDayNumber(monthStart) + classDraw.int(2, 18);
    const endDay = startDay + (kind === 'awareness' ? classDraw.int(3, 5) : classDraw.int(2, 4));
    if (endDay > todayDay) return null;
    const number = classes.size + 1;
    const year = monthStart.slice(0, 4);
    const klass: FillingClass = {
      id: classDraw.uuid(),
      updatedAt: stamp,
      unitId: organiser.unit.id,
      kind,
      title:
        kind === 'awareness'
          ? `Lớp bồi dưỡng nhận thức về Đảng khóa ${number}/${year}`
          : `Lớp bồi dưỡng đảng viên mới khóa ${number}/${year}`,
      startOn: fromDayNumber(startDay),
      endOn: fromDayNumber(endDay),
      attendeeCount: 0,
      linked: 0,
    };
    classes.set(key, klass);
    return klass;
  };

  const classFor = (plan: UpperPlan, kind: ClassKind, day: number): FillingClass | null => {
    // Awareness classes sit in the first month of their period (a certificate can only move
    // earlier, before the application), new-member classes in the last (after the admission).
    const months = BUCKET[kind];
    const first = Math.floor(monthIndexOf(day) / months) * months;
    const chosen = kind === 'awareness' ? first : first + months - 1;
    const closedOn = plan.unit.closedOn;
    const successorTakesOver =
      closedOn !== null &&
      plan.successor !== undefined &&
      chosen > monthIndexOf(toDayNumber(closedOn));
    const organiser = successorTakesOver ? (plan.successor as UpperPlan) : plan;
    const key =
      ((planIndex.get(organiser) as number) * 2 + (kind === 'awareness' ? 0 : 1)) * 1e6 + chosen;
    return classes.get(key) ?? newClass(organiser, kind, key, chosen);
  };

  const list = (draw: Draw): TrainingClass[] => {
    const classList: TrainingClass[] = [];
    for (const { linked, ...klass } of classes.values()) {
      // Some attendees are not in the app (people from outside the source, or who left).
      classList.push({ ...klass, attendeeCount: linked + Math.floor(linked * 0.08 * draw.next()) });
    }
    return classList.sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));
  };

  return { classFor, list };
}
