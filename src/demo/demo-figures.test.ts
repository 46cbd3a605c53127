// The in-app demo (5,000 people) shows every figure of the dashboard's section on places: counted
// here by hand from its records, for the dashboard's default period (the calendar year of today),
// on days early and late in a year.
import { describe, expect, it } from 'vitest';
import type { Person, Place, PlaceFigure } from '@/domain/entities';
import { generateProvince } from './generate-province';

const inYear = (day: string | null, year: number) => day !== null && day.startsWith(`${year}-`);

/** The section's figures for the calendar year of `today`, each as a count. */
function sectionFigures(today: string) {
  const province = generateProvince({ seed: 2025, people: 5_000, today });
  const year = Number(today.slice(0, 4));
  const places = new Map(province.places.map((place) => [place.id, place]));
  // Each place's figures of the latest year in the period (the period's year: figures are yearly).
  const latest = new Map<string, PlaceFigure>();
  for (const figure of province.placeFigures) {
    if (figure.year <= year && (latest.get(figure.placeId)?.year ?? 0) < figure.year) {
      latest.set(figure.placeId, figure);
    }
  }
  const of = (kind: Place['kind']) =>
    [...latest.values()].filter((figure) => places.get(figure.placeId)?.kind === kind);
  const peopleOf = (kind: Place['kind']) =>
    province.people.filter((person) => places.get(person.placeId ?? '')?.kind === kind);
  const admitted = (people: Person[]) =>
    people.filter((person) => inYear(person.milestones.admittedOn, year));

  const hamlets = of('residential');
  const withoutMembers = new Set(
    hamlets.filter((figure) => figure.partyMembers === 0).map((figure) => figure.placeId),
  );
  const schools = of('school');
  const students = peopleOf('school');
  const admittedStudents = new Set(admitted(students).map((person) => person.placeId));
  const enterprises = of('enterprise');
  const workers = (figure: PlaceFigure) => figure.workers ?? 0;
  const sector = (figure: PlaceFigure) => places.get(figure.placeId)?.enterpriseSector;
  const enterpriseAdmissions = admitted(peopleOf('enterprise'));
  return {
    hamlets: hamlets.length,
    ownChiBo: hamlets.filter((figure) => figure.partyOrganisation === 'own').length,
    sharedChiBo: hamlets.filter((figure) => figure.partyOrganisation === 'shared').length,
    noChiBo: hamlets.filter((figure) => figure.partyOrganisation === 'none').length,
    noMember: withoutMembers.size,
    firstMember: admitted(peopleOf('residential')).filter((person) =>
      withoutMembers.has(person.placeId ?? ''),
    ).length,
    grade12Students: schools.reduce((sum, figure) => sum + (figure.grade12Students ?? 0), 0),
    studentsSourced: students.filter((person) => inYear(person.milestones.sourcedOn, year)).length,
    studentsCertified: students.filter((person) => inYear(person.milestones.awarenessCertOn, year))
      .length,
    studentsAdmitted: admittedStudents.size,
    schoolsAdmittingNoOne: schools.filter((figure) => !admittedStudents.has(figure.placeId)).length,
    nonState: enterprises.filter((figure) => sector(figure) === 'non_state').length,
    fdi: enterprises.filter((figure) => sector(figure) === 'fdi').length,
    state: enterprises.filter((figure) => sector(figure) === 'state').length,
    under10: enterprises.filter((figure) => workers(figure) < 10).length,
    from10to49: enterprises.filter((figure) => workers(figure) >= 10 && workers(figure) < 50)
      .length,
    from50to199: enterprises.filter((figure) => workers(figure) >= 50 && workers(figure) < 200)
      .length,
    from200: enterprises.filter((figure) => workers(figure) >= 200).length,
    withPartyOrganisation: enterprises.filter((figure) => figure.partyOrganisation !== 'none')
      .length,
    nonStateWithPartyOrganisation: enterprises.filter(
      (figure) => sector(figure) === 'non_state' && figure.partyOrganisation !== 'none',
    ).length,
    withTradeUnion: enterprises.filter((figure) => figure.tradeUnion).length,
    workers: enterprises.reduce((sum, figure) => sum + workers(figure), 0),
    enterpriseMembers: enterprises.reduce((sum, figure) => sum + (figure.partyMembers ?? 0), 0),
    admittedWorkers: enterpriseAdmissions.filter((person) => person.occupation === 'worker').length,
    admittedManagers: enterpriseAdmissions.filter(
      (person) => person.occupation === 'enterprise_manager',
    ).length,
    largeWithoutPartyOrganisation: enterprises.filter(
      (figure) => workers(figure) >= 50 && figure.partyOrganisation === 'none',
    ).length,
  };
}

/** The figures that count people by a milestone day in the period, not the places' figures. */
const OF_THE_PERIOD = ['studentsSourced', 'studentsCertified', 'studentsAdmitted'];

describe('the in-app demo: every figure of the section on places', () => {
  it.each(['2026-11-28', '2026-09-01'])(
    'is non-zero on %s',
    (today) => {
      const figures = sectionFigures(today);
      const zero = Object.entries(figures).filter(([, value]) => value === 0);
      expect(zero, JSON.stringify(figures)).toEqual([]);
    },
    60_000,
  );

  // Early in a year, few classes have ended yet (as the dashboard's own figures show): the
  // students' milestones of the year may all be ahead; every other figure is there.
  it.each(['2026-06-15', '2027-03-10'])(
    'is non-zero on %s, save students of the year',
    (today) => {
      const figures = sectionFigures(today);
      const zero = Object.entries(figures).filter(
        ([key, value]) => value === 0 && !OF_THE_PERIOD.includes(key),
      );
      expect(zero, JSON.stringify(figures)).toEqual([]);
    },
    60_000,
  );
});
