// The demo province's one generator: the 2025 tree (province → upper units → grassroots → cells)
// with one or two units closed and merged into a successor, its places (hamlets, high schools,
// enterprises) with five years of figures, people at every stage of the procedure with shares
// close to the province's report, each from a place, classes with their attendees, quotas and
// member counts. Deterministic for a seed: the same seed gives the same province, ids included.
//
// The people are drawn one upper unit at a time, each from a stream of its own, and handed out
// in parts, so that a province of a million people never sits in memory (the benchmark); the
// in-app demo and `npm run demo:file` draw the same way (generate-province.ts collects them).
import type { Person, Place, Unit } from '@/domain/entities';
import { createClassBook } from './classes';
import {
  provinceContext,
  type GenerateProvinceOptions,
  type ProvinceContext,
  type ProvinceRecords,
} from './options';
import { drawPerson } from './people';
import { createPlaceChooser } from './place-choice';
import { buildPlaces, type ProvincePlaces } from './places';
import { buildTree, type UpperPlan } from './province-tree';
import { AdmissionTally, quotasAndCounts } from './quotas';
import { createRandom, Draw } from './random';
import { timelineScope } from './timeline';

/** The people of one upper unit, or a part of them when they fill more than one file. */
export interface ProvincePeoplePart {
  /** The upper unit the people are filed under (a closed one keeps those admitted before). */
  source: Unit;
  /** 1, 2, … within the unit. */
  part: number;
  people: Person[];
}

/** A province whose people are drawn a part at a time, never all in memory. */
export interface ProvinceStream {
  units: Unit[];
  /** The places, known with the tree; their figures come with the people (`draw`). */
  places: Place[];
  peopleCount: number;
  /**
   * Draws the people, upper unit after upper unit (the closed ones first), handing them to
   * `onPart` in parts of at most `maxPerPart`; then returns the classes (with their attendees),
   * quotas, member counts and places' figures they make. Each call draws the same province again.
   */
  draw(maxPerPart: number, onPart: (part: ProvincePeoplePart) => void): ProvinceRecords;
}

/**
 * The streams of a province (random.ts): the tree's is plain mulberry32 of the seed; each upper
 * unit's people, each class (by its key, positive), the quotas, the places and each upper unit's
 * choice of its people's places have their own (the people are those of a drawing without places).
 */
const STREAM = {
  tree: 0,
  people: (planIndex: number) => -1 - planIndex,
  classes: (key: number) => key,
  quotas: -1_000_000,
  places: -2_000_000,
  placeChoice: (planIndex: number) => -3_000_000 - planIndex,
};

/** People per upper unit: shares by weight, the remainder to the largest fractions. */
function peopleCounts(plans: readonly UpperPlan[], peopleCount: number): number[] {
  const totalWeight = plans.reduce((sum, plan) => sum + plan.weight, 0);
  const exact = plans.map((plan) => (peopleCount * plan.weight) / totalWeight);
  const counts = exact.map(Math.floor);
  let left = peopleCount - counts.reduce((sum, count) => sum + count, 0);
  const byFraction = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction);
  for (const { index } of byFraction) {
    if (left <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

/** One drawing of the people, from the tree's plans, part after part. */
function drawPeople(
  context: ProvinceContext,
  plans: readonly UpperPlan[],
  places: ProvincePlaces,
  maxPerPart: number,
  onPart: (part: ProvincePeoplePart) => void,
): ProvinceRecords {
  const { seed } = context;
  const size = Math.max(1, Math.floor(maxPerPart));
  // A class book of its own: the classes count their attendees from zero.
  const classes = createClassBook(
    context,
    plans,
    (key) => new Draw(createRandom(seed, STREAM.classes(key))),
  );
  const scope = timelineScope(context, classes);
  const chooser = createPlaceChooser(context, places);
  const counts = peopleCounts(plans, context.peopleCount);
  // Closed units first: the people they hand to their successor (admitted after the merger, or
  // still candidates) are then known when the successor's turn comes.
  const order = [...plans.filter((plan) => plan.successor), ...plans.filter((p) => !p.successor)];
  const admitted = new AdmissionTally();
  const handedOver = new Map<UpperPlan, Person[]>();
  for (const plan of order) {
    const index = plans.indexOf(plan);
    const draw = new Draw(createRandom(seed, STREAM.people(index)));
    const placeDraw = new Draw(createRandom(seed, STREAM.placeChoice(index)));
    let people = handedOver.get(plan) ?? [];
    handedOver.delete(plan);
    let part = 0;
    const hand = (chunk: Person[]) => {
      part += 1;
      for (const person of chunk) admitted.add(plan, person);
      onPart({ source: plan.unit, part, people: chunk });
    };
    for (let count = counts[index] ?? 0; count > 0; count -= 1) {
      const drawn = drawPerson(scope, draw, plan);
      chooser.place(placeDraw, drawn.person, drawn.plan);
      if (drawn.plan !== plan) {
        const list = handedOver.get(drawn.plan);
        if (list) list.push(drawn.person);
        else handedOver.set(drawn.plan, [drawn.person]);
        continue;
      }
      people.push(drawn.person);
      if (people.length >= size) hand(people.splice(0, size));
    }
    while (people.length > 0) {
      hand(people.slice(0, size));
      people = people.slice(size);
    }
  }
  const finalDraw = new Draw(createRandom(seed, STREAM.quotas));
  const classList = classes.list(finalDraw);
  return {
    classes: classList,
    ...quotasAndCounts(context, plans, admitted, finalDraw),
    placeFigures: chooser.figures(),
  };
}

/** The province of `options`: its tree at once, its people on each `draw`. */
export function streamProvince(options: GenerateProvinceOptions): ProvinceStream {
  const context = provinceContext(options);
  const { units, plans } = buildTree(context, new Draw(createRandom(context.seed, STREAM.tree)));
  const places = buildPlaces(
    context,
    units,
    plans,
    new Draw(createRandom(context.seed, STREAM.places)),
  );
  return {
    units,
    places: places.list.map((demo) => demo.place),
    peopleCount: context.peopleCount,
    draw: (maxPerPart, onPart) => drawPeople(context, plans, places, maxPerPart, onPart),
  };
}
