// One demo person: a timeline (timeline.ts), then who they are — age at the vote, occupation
// and workplace, education, ethnicity and name, religion — with the shares of the province's
// report (≈63% youth union, ≈54% women, ≈18% ethnic minorities, ≈2% religious).
//
// Speed matters (a quarter of a million people in a few seconds), so dates are drawn as day
// numbers and turned into ISO strings once, and records are built without validation; the tests
// check a sample against the exchange schema and the form's rules.
import type { EducationLevel, Occupation, WorkplaceSector } from '@/domain/code-lists';
import { addYears, fromDayNumber, toDayNumber } from '@/domain/dates';
import type { Person } from '@/domain/entities';
import {
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  KINH_FAMILIES,
  MALE_GIVEN,
  MALE_MIDDLE,
  MINORITIES,
} from './names';
import { pad } from './options';
import type { UpperPlan } from './province-tree';
import type { Draw } from './random';
import {
  AGE_BANDS,
  EDUCATION_BY_WEIGHT,
  OCCUPATIONS_BY_WEIGHT,
  RELIGIONS_BY_WEIGHT,
  WORKPLACES,
} from './shares';
import {
  admittedTimeline,
  candidateTimeline,
  STAGES_BY_WEIGHT,
  type TimelineScope,
} from './timeline';

export interface DrawnPerson {
  person: Person;
  /** Filed under: the successor, for someone admitted after the merger or still a candidate. */
  plan: UpperPlan;
}

function occupationOf(draw: Draw, kind: UpperPlan['kind']): Occupation {
  let occupation = draw.weighted(OCCUPATIONS_BY_WEIGHT);
  if (kind === 'armed' && draw.chance(0.8)) occupation = 'armed_forces';
  if (kind === 'agency' && draw.chance(0.7)) occupation = 'civil_servant';
  if (kind === 'enterprise' && draw.chance(0.7))
    occupation = draw.chance(0.85) ? 'worker' : 'enterprise_manager';
  return occupation;
}

/** An age in the band on `ageDay` (students younger), and a birth date that makes it exact. */
function birthOf(draw: Draw, band: readonly [number, number], ageDay: number, job: Occupation) {
  let age = draw.int(band[0], band[1]);
  if (job === 'high_school_student') age = 18;
  else if (job === 'university_student') age = draw.int(18, 23);
  // Born 1–360 days before the birthday that makes them `age` on that day: exactly `age`.
  const birthday = toDayNumber(addYears(fromDayNumber(ageDay), -age));
  return { age, birthDate: fromDayNumber(birthday - draw.int(1, 360)) };
}

function nameOf(draw: Draw, gender: Person['gender'], minorityRate: number) {
  const group = draw.chance(minorityRate) ? draw.weighted(MINORITIES) : null;
  const family = group ? draw.pick(group.families) : draw.weighted(KINH_FAMILIES);
  const fullName =
    gender === 'female'
      ? `${family} ${draw.pick(FEMALE_MIDDLE)} ${draw.pick(FEMALE_GIVEN)}`
      : `${family} ${draw.pick(MALE_MIDDLE)} ${draw.pick(MALE_GIVEN)}`;
  return { fullName, ethnicity: group ? group.ethnicity : 'Kinh' };
}

function workplaceSectorOf(draw: Draw, occupation: Occupation): WorkplaceSector | null {
  const workplace = WORKPLACES[occupation];
  if (workplace && draw.chance(workplace.known)) return draw.weighted(workplace.sectors);
  if (occupation === 'civil_servant' && draw.chance(0.5)) return 'state';
  return null;
}

function educationOf(draw: Draw, occupation: Occupation): EducationLevel | null {
  if (occupation === 'high_school_student' || occupation === 'university_student')
    return 'upper_secondary';
  if (occupation === 'civil_servant')
    return draw.weighted([
      ['university', 70],
      ['college', 12],
      ['postgraduate', 10],
      ['vocational', 8],
    ] as const);
  return draw.chance(0.03) ? null : draw.weighted(EDUCATION_BY_WEIGHT);
}

/** One person drawn for an upper unit, from `draw`; the classes they attended count them. */
export function drawPerson(scope: TimelineScope, draw: Draw, drawnPlan: UpperPlan): DrawnPerson {
  const gender = draw.chance(0.54) ? 'female' : 'male';
  const stage = draw.weighted(STAGES_BY_WEIGHT);
  const ageBand = draw.weighted(AGE_BANDS);
  const timeline =
    stage === 'admitted'
      ? admittedTimeline(scope, draw, drawnPlan)
      : candidateTimeline(scope, draw, drawnPlan, stage);
  const { milestones, plan, awarenessClass, newMemberClass } = timeline;
  if (awarenessClass) awarenessClass.linked += 1;
  if (newMemberClass) newMemberClass.linked += 1;

  const occupation = occupationOf(draw, plan.kind);
  const { age, birthDate } = birthOf(draw, ageBand, timeline.ageDay, occupation);
  // Đoàn viên are 16–30; most young new members are.
  const youthUnion = age <= 30 && draw.chance(0.87);
  const { fullName, ethnicity } = nameOf(draw, gender, plan.minorityRate);
  const religion = draw.chance(0.02) ? draw.weighted(RELIGIONS_BY_WEIGHT) : null;
  const workplaceSector = workplaceSectorOf(draw, occupation);
  const education = educationOf(draw, occupation);
  const leaf = draw.pick(plan.leaves);
  const person: Person = {
    id: draw.uuid(),
    updatedAt: scope.context.stamp,
    unitId: leaf.id,
    fullName,
    gender,
    birthDate,
    ethnicity,
    religion,
    youthUnion,
    occupation,
    workplaceSector,
    education,
    placeId: null,
    nationalId: draw.chance(0.7)
      ? `0${pad(draw.int(1, 96))}${draw.int(0, 3)}${pad(draw.int(0, 99))}${pad(draw.int(0, 999_999), 6)}`
      : null,
    milestones,
    decisionNo: milestones.decisionOn ? `${draw.int(1, 999)}-QĐ/${plan.unit.code}` : null,
    awarenessClassId: awarenessClass?.id ?? null,
    newMemberClassId: newMemberClass?.id ?? null,
  };
  return { person, plan };
}
