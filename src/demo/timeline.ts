// Where a demo person stands in the procedure, and the dates that brought them there: a member
// dated backwards from the ceremony inside the legal limits, a candidate from the latest step
// taken, a few of them overdue; with the classes they attended.
import { MILESTONE_KEYS } from '@/domain/code-lists';
import { addMonths, fromDayNumber, toDayNumber } from '@/domain/dates';
import type { Milestones } from '@/domain/entities';
import type { ClassBook, FillingClass } from './classes';
import type { ProvinceContext } from './options';
import type { UpperPlan } from './province-tree';
import type { Draw } from './random';
import { ANNIVERSARIES } from './shares';

export type DrawnStage =
  'admitted' | 'source' | 'certified' | 'applied' | 'resolved' | 'decided' | 'removed';

/** Where people stand today, by weight: 70% admitted. */
export const STAGES_BY_WEIGHT: readonly (readonly [DrawnStage, number])[] = [
  ['admitted', 70],
  ['source', 8],
  ['certified', 6],
  ['applied', 5],
  ['resolved', 4.5],
  ['decided', 3],
  ['removed', 3.5],
];

const CANDIDATE_STEPS: readonly DrawnStage[] = [
  'source',
  'certified',
  'applied',
  'resolved',
  'decided',
];

export interface Timeline {
  milestones: Milestones;
  /** The day the person's age is set against (the vote, or today for early stages). */
  ageDay: number;
  awarenessClass: FillingClass | null;
  newMemberClass: FillingClass | null;
  /** The upper unit the person is filed under (the successor, after a merger). */
  plan: UpperPlan;
}

/** Every milestone empty, in the contract's order. */
const NO_MILESTONES = Object.fromEntries(MILESTONE_KEYS.map((key) => [key, null])) as Milestones;

/** What the timelines of one drawing share: the span admissions fall in and the classes. */
export interface TimelineScope {
  context: ProvinceContext;
  classes: ClassBook;
  firstDay: number;
  admittedSpan: number;
}

export function timelineScope(context: ProvinceContext, classes: ClassBook): TimelineScope {
  const firstDay = toDayNumber(`${context.fromYear}-01-01`);
  return { context, classes, firstDay, admittedSpan: Math.max(1, context.todayDay - firstDay) };
}

/** A member: the ceremony drawn, then every step before it and the probation after it. */
export function admittedTimeline(scope: TimelineScope, draw: Draw, drawnPlan: UpperPlan): Timeline {
  const { classes, firstDay } = scope;
  const { todayDay } = scope.context;
  let plan = drawnPlan;
  let admittedDay = firstDay + draw.int(0, scope.admittedSpan);
  if (draw.chance(0.3)) {
    // Many ceremonies fall on an anniversary of the year drawn.
    const anniversary = toDayNumber(
      `${fromDayNumber(admittedDay).slice(0, 4)}-${draw.pick(ANNIVERSARIES)}`,
    );
    if (anniversary >= firstDay && anniversary <= todayDay) admittedDay = anniversary;
  }
  if (plan.unit.closedOn && fromDayNumber(admittedDay) > plan.unit.closedOn) {
    plan = plan.successor ?? plan;
  }
  // Backwards from the ceremony, inside the legal limits (30 and 60 working days).
  const decisionDay = admittedDay - draw.int(3, 35);
  const resolutionDay = decisionDay - draw.int(10, 75);
  const applicationDay = resolutionDay - draw.int(20, 120);
  const certDay = applicationDay - draw.int(35, 200);
  const awarenessClass = classes.classFor(plan, 'awareness', certDay);
  const cert = awarenessClass ? toDayNumber(awarenessClass.endOn) : certDay;
  const milestones: Milestones = {
    ...NO_MILESTONES,
    sourcedOn: fromDayNumber(cert - draw.int(30, 400)),
    awarenessCertOn: fromDayNumber(cert),
    applicationOn: fromDayNumber(applicationDay),
    cellResolutionOn: fromDayNumber(resolutionDay),
    decisionOn: fromDayNumber(decisionDay),
    admittedOn: fromDayNumber(admittedDay),
  };
  const probationEnd = toDayNumber(addMonths(milestones.admittedOn as string, 12));
  if (draw.chance(0.005)) {
    // Struck off during probation.
    const removed = admittedDay + draw.int(30, 300);
    if (removed <= todayDay) milestones.removedOn = fromDayNumber(removed);
  } else {
    const official = probationEnd + draw.int(1, 40);
    // A few files wait past the 30 working days: overdue official reviews.
    if (official <= todayDay && !draw.chance(0.03)) milestones.officialOn = fromDayNumber(official);
  }
  const classDay = admittedDay + draw.int(30, 150);
  const newMemberClass =
    !milestones.removedOn && classDay <= todayDay
      ? classes.classFor(plan, 'new_member', classDay)
      : null;
  return { milestones, ageDay: resolutionDay, awarenessClass, newMemberClass, plan };
}

/**
 * A candidate, or someone removed on the way: the latest step taken recently, the earlier ones
 * before it; a few resolutions and decisions left waiting past their deadline (overdue).
 */
export function candidateTimeline(
  scope: TimelineScope,
  draw: Draw,
  drawnPlan: UpperPlan,
  stage: DrawnStage,
): Timeline {
  const { todayDay } = scope.context;
  const plan = drawnPlan.unit.closedOn ? (drawnPlan.successor ?? drawnPlan) : drawnPlan;
  const milestones: Milestones = { ...NO_MILESTONES };
  let awarenessClass: FillingClass | null = null;
  const reached = stage === 'removed' ? draw.int(0, 2) : CANDIDATE_STEPS.indexOf(stage);
  const lastStepDay = [
    todayDay - draw.int(10, 700),
    todayDay - draw.int(10, 600),
    todayDay - draw.int(5, 300),
    todayDay - draw.int(1, 120),
    todayDay - draw.int(1, 50),
  ];
  let day = lastStepDay[reached] as number;
  if (reached >= 4) milestones.decisionOn = fromDayNumber(day);
  if (reached >= 3) {
    if (reached > 3) day -= draw.int(10, 75);
    milestones.cellResolutionOn = fromDayNumber(day);
  }
  if (reached >= 2) {
    if (reached > 2) day -= draw.int(20, 120);
    milestones.applicationOn = fromDayNumber(day);
  }
  if (reached >= 1) {
    if (reached > 1) day -= draw.int(35, 200);
    awarenessClass = scope.classes.classFor(plan, 'awareness', day);
    // The certificate is dated the class's last day, unless that falls after the next step.
    const nextStep = milestones.applicationOn ? toDayNumber(milestones.applicationOn) : todayDay;
    const classEnd = awarenessClass ? toDayNumber(awarenessClass.endOn) : Infinity;
    if (classEnd <= nextStep) day = classEnd;
    else awarenessClass = null;
    milestones.awarenessCertOn = fromDayNumber(day);
    day -= draw.int(30, 400);
  }
  milestones.sourcedOn = fromDayNumber(day);
  if (stage === 'removed') {
    milestones.removedOn = fromDayNumber(Math.min(todayDay, day + draw.int(60, 500)));
    if (
      (milestones.applicationOn && milestones.applicationOn > milestones.removedOn) ||
      (milestones.awarenessCertOn && milestones.awarenessCertOn > milestones.removedOn)
    ) {
      milestones.removedOn = fromDayNumber(todayDay);
    }
  }
  const ageDay = milestones.cellResolutionOn ? toDayNumber(milestones.cellResolutionOn) : todayDay;
  return { milestones, ageDay, awarenessClass, newMemberClass: null, plan };
}
