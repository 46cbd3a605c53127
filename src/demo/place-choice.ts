// Where each demo person comes from: a high-school student from a school of their area, a worker
// or an enterprise manager from an enterprise of their area and sector (their own unit's, in the
// enterprises' committee), everyone else from a residential area of their commune or ward. Places
// are drawn by size (households, students, workers). A member is never placed in a hamlet without
// members, save the one member each awaiting hamlet receives first; a place closed before a
// person's admission is not chosen. Once the people are drawn, the places' figures follow: an
// awaiting hamlet that received its first member counts them from the next year on.
import type { EnterpriseSector } from '@/domain/code-lists';
import type { Person, PlaceFigure } from '@/domain/entities';
import { CLOSED_ON, type ProvinceContext } from './options';
import type { Area, DemoPlace, ProvincePlaces } from './places';
import type { YearFigures } from './place-series';
import type { UpperPlan } from './province-tree';
import type { Draw } from './random';

/** Places drawn by weight: a binary search in the running sums. */
class Picker {
  private readonly sums: number[] = [];

  constructor(readonly places: readonly DemoPlace[]) {
    let sum = 0;
    for (const place of places) this.sums.push((sum += place.weight));
  }

  get empty(): boolean {
    return this.places.length === 0;
  }

  pick(draw: Draw): DemoPlace {
    const target = draw.next() * (this.sums[this.sums.length - 1] ?? 0);
    let low = 0;
    let high = this.sums.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sums[middle] as number) <= target) low = middle + 1;
      else high = middle;
    }
    return this.places[low] as DemoPlace;
  }
}

/** The residential areas one person may come from, by what they are. */
interface Hamlets {
  /** Candidates: any open hamlet, those without members included. */
  candidates: Picker;
  /** Members admitted after the 2025 mergers: open hamlets with members. */
  members: Picker;
  /** Members admitted before: the hamlets merged since too. */
  earlierMembers: Picker;
  awaiting: DemoPlace[];
}

function hamletsOf(places: readonly DemoPlace[]): Hamlets {
  const open = places.filter((demo) => !demo.place.closedOn);
  const withMembers = (demo: DemoPlace) => !demo.withoutMembers;
  return {
    candidates: new Picker(open),
    members: new Picker(open.filter(withMembers)),
    earlierMembers: new Picker(places.filter(withMembers)),
    awaiting: open.filter((demo) => demo.withoutMembers?.awaited != null),
  };
}

interface AreaPickers {
  hamlets: Hamlets;
  schools: Picker;
  enterprises: Record<EnterpriseSector | 'any', Picker>;
}

function enterprisePickers(places: readonly DemoPlace[]): Record<EnterpriseSector | 'any', Picker> {
  const of = (sector: EnterpriseSector) =>
    new Picker(places.filter((demo) => demo.place.enterpriseSector === sector));
  return {
    any: new Picker(places),
    non_state: of('non_state'),
    fdi: of('fdi'),
    state: of('state'),
  };
}

export interface PlaceChooser {
  /** Sets the person's placeId: `plan` is the upper unit they are filed under. */
  place(draw: Draw, person: Person, plan: UpperPlan): void;
  /** The places' figures once every person is drawn. */
  figures(): PlaceFigure[];
}

/** One drawing's choices (an awaiting hamlet receives its first member once per drawing). */
export function createPlaceChooser(context: ProvinceContext, places: ProvincePlaces): PlaceChooser {
  const areaPickers = new Map<Area, AreaPickers>();
  for (const area of places.areas) {
    areaPickers.set(area, {
      hamlets: hamletsOf(area.hamlets),
      schools: new Picker(area.schools),
      enterprises: enterprisePickers(area.enterprises),
    });
  }
  const communeHamlets = new Map<string, Hamlets>();
  for (const area of places.areas) {
    for (const [unitId, list] of area.hamletsOf) communeHamlets.set(unitId, hamletsOf(list));
  }
  const committee = enterprisePickers(places.committeeEnterprises);
  /** The day each awaiting hamlet received its first member, in this drawing. */
  const firstMembers = new Map<DemoPlace, string>();

  const residential = (draw: Draw, person: Person, hamlets: Hamlets): DemoPlace => {
    const { admittedOn, removedOn } = person.milestones;
    if (!admittedOn) return hamlets.candidates.pick(draw);
    if (!removedOn) {
      const year = Number(admittedOn.slice(0, 4));
      const first = hamlets.awaiting.find(
        (demo) => demo.withoutMembers?.awaited === year && !firstMembers.has(demo),
      );
      if (first) {
        firstMembers.set(first, admittedOn);
        return first;
      }
    }
    const picker = admittedOn <= CLOSED_ON ? hamlets.earlierMembers : hamlets.members;
    return picker.empty ? hamlets.candidates.pick(draw) : picker.pick(draw);
  };

  const enterprise = (draw: Draw, person: Person, plan: UpperPlan, pickers: AreaPickers) => {
    const sector = person.workplaceSector;
    const matches = (demo: DemoPlace) => !sector || demo.place.enterpriseSector === sector;
    const own = places.ownPlaces
      .get(person.unitId)
      ?.find((demo) => demo.place.kind === 'enterprise' && matches(demo));
    if (own) return own;
    const key = sector ?? 'any';
    if (plan.kind === 'enterprise' && !committee[key].empty) return committee[key].pick(draw);
    const list = pickers.enterprises[key];
    return list.empty ? pickers.enterprises.any.pick(draw) : list.pick(draw);
  };

  const choose = (draw: Draw, person: Person, plan: UpperPlan): DemoPlace | null => {
    const area = places.areaOf.get(plan);
    const pickers = area && areaPickers.get(area);
    if (!pickers) return null;
    switch (person.occupation) {
      case 'high_school_student': {
        const own = places.ownPlaces
          .get(person.unitId)
          ?.find((demo) => demo.place.kind === 'school');
        return own ?? pickers.schools.pick(draw);
      }
      case 'worker':
      case 'enterprise_manager':
        if (!pickers.enterprises.any.empty) return enterprise(draw, person, plan, pickers);
        break;
      default:
        break;
    }
    const commune = places.communeOf.get(person.unitId);
    return residential(draw, person, (commune && communeHamlets.get(commune)) || pickers.hamlets);
  };

  return {
    place(draw, person, plan) {
      person.placeId = choose(draw, person, plan)?.place.id ?? null;
    },
    figures() {
      const figures: PlaceFigure[] = [];
      for (const demo of places.list) {
        const admitted = firstMembers.get(demo);
        const firstYear = admitted ? Number(admitted.slice(0, 4)) : Infinity;
        places.years.forEach((year, k) => {
          const figure = demo.figures[k];
          if (!figure) return;
          figures.push(
            recordOf(
              context,
              demo,
              year,
              k,
              year > firstYear ? withFirstMember(figure, year - firstYear) : figure,
            ),
          );
        });
      }
      return figures;
    },
  };
}

/** A hamlet's figures in the years after its first member's admission. */
function withFirstMember(figures: YearFigures, yearsSince: number): YearFigures {
  return {
    ...figures,
    partyMembers: Math.min(2, yearsSince),
    partyOrganisation: 'shared',
  };
}

function recordOf(
  context: ProvinceContext,
  demo: DemoPlace,
  year: number,
  k: number,
  figures: YearFigures,
): PlaceFigure {
  const { kind } = demo.place;
  return {
    id: demo.figureIds[k] as string,
    updatedAt: context.stamp,
    placeId: demo.place.id,
    year,
    households: kind === 'residential' ? figures.size : null,
    grade12Students: kind === 'school' ? figures.size : null,
    workers: kind === 'enterprise' ? figures.size : null,
    partyMembers: figures.partyMembers,
    partyOrganisation: figures.partyOrganisation,
    tradeUnion: figures.tradeUnion,
  };
}
