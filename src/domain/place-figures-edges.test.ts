// The edges of the places' figures, each in a world small enough to count in one's head: a period
// across two years of figures, places closed with a successor, a first member on the period's
// first and last day, places with no figures.
import { describe, expect, it } from 'vitest';
import { buildPerson, buildPlace, buildPlaceFigure, buildUnit } from '../../test/builders';
import type { Place, PlaceFigure } from './entities';
import type { Period } from './indicator-types';
import { computePlaceFigures, preparePlaces } from './place-figures';
import {
  YEAR_2025,
  admitted,
  figuresOf,
  statsOf,
  type PlaceWorld,
} from './place-figures-test-world';

const commune = buildUnit({ name: 'Đảng bộ xã Hòa An', kind: 'upper', sector: 'commune' });
const cell = buildUnit({ name: 'Chi bộ thôn 1', parentId: commune.id });
const otherCommune = buildUnit({ name: 'Đảng bộ xã Hòa Bình', kind: 'upper', sector: 'commune' });
const units = [commune, cell, otherCommune];

const hamlet = (name: string, overrides: Partial<Place> = {}) =>
  buildPlace({ name, unitId: cell.id, ...overrides });
const figure = (place: Place, year: number, overrides: Partial<PlaceFigure> = {}) =>
  buildPlaceFigure({ placeId: place.id, year, ...overrides });

function world(parts: Partial<PlaceWorld>): PlaceWorld {
  return { units, places: [], figures: [], people: [], ...parts };
}

describe('a period across two years of figures', () => {
  const period: Period = { from: '2024-07-01', to: '2025-06-30' };

  it('uses each place’s figure of the latest of the two years, never another year’s', () => {
    const both = hamlet('Thôn có hai năm');
    const first = hamlet('Thôn chỉ có 2024');
    const outside = hamlet('Thôn có 2023 và 2026');
    const { residential } = figuresOf(
      world({
        places: [both, first, outside],
        figures: [
          figure(both, 2024, { partyOrganisation: 'own' }),
          figure(both, 2025, { partyOrganisation: 'none' }),
          figure(first, 2024, { partyOrganisation: 'shared' }),
          figure(outside, 2023, { partyOrganisation: 'own' }),
          figure(outside, 2026, { partyOrganisation: 'own' }),
        ],
      }),
      commune.id,
      period,
    );
    // both → none (2025); first → shared (2024); outside → no figure (2023 and 2026 lie outside).
    expect(residential.organisation.own.count).toBe(0);
    expect(residential.organisation.shared.count).toBe(1);
    expect(residential.organisation.none.count).toBe(1);
    expect(residential.organisation.unknown.count).toBe(1);
    expect(residential.noFigures).toBe(1);
  });

  it('counts a place without a member from 1 January of its figure’s year to the period’s end', () => {
    // Each figure used is of 2024 and says 0 members. Admitted: none at "Thôn trống"; at "Thôn
    // muộn" on 01/07/2025, after the period; at "Thôn sớm" on 01/03/2024, before the period but
    // after 1 January of the figure's year.
    const empty = hamlet('Thôn trống');
    const late = hamlet('Thôn muộn');
    const early = hamlet('Thôn sớm');
    const { residential } = figuresOf(
      world({
        places: [empty, late, early],
        figures: [empty, late, early].map((place) => figure(place, 2024, { partyMembers: 0 })),
        people: [admitted(late.id, '2025-07-01'), admitted(early.id, '2024-03-01')],
      }),
      commune.id,
      period,
    );
    expect(residential.withoutMember.map((item) => item.name)).toEqual(['Thôn muộn', 'Thôn trống']);
    expect(residential.withoutMember.every((item) => item.year === 2024)).toBe(true);
    expect(residential.firstMembers).toEqual([]);
  });
});

describe('a place closed with a successor', () => {
  const current = hamlet('Thôn Mới');
  const middle = hamlet('Thôn Giữa', { closedOn: '2024-03-31', successorId: current.id });
  const oldest = hamlet('Thôn Cũ', { closedOn: '2023-12-31', successorId: middle.id });

  it('gives its people to the first successor still open in the period, along a chain', () => {
    // Thôn Cũ → Thôn Giữa (closed too) → Thôn Mới. A person of Thôn Cũ admitted in 2025 is Thôn
    // Mới's first member; Thôn Cũ and Thôn Giữa are no places of 2025.
    const figures = figuresOf(
      world({
        places: [oldest, middle, current],
        figures: [figure(current, 2025, { partyMembers: 0, partyOrganisation: 'none' })],
        people: [admitted(oldest.id, '2025-04-02')],
      }),
      commune.id,
      YEAR_2025,
    );
    expect(figures.residential.total).toBe(1);
    expect(figures.residential.firstMembers).toEqual([
      expect.objectContaining({ name: 'Thôn Mới', admittedOn: '2025-04-02', sinceYear: 2025 }),
    ]);
    expect(figures.residential.withoutMember).toEqual([]);
  });

  it('keeps the people of a place closed during the period for that place', () => {
    // Closed on 31/05/2025: still a place of 2025, its admission its own.
    const closing = hamlet('Thôn Sáp nhập', { closedOn: '2025-05-31', successorId: current.id });
    const figures = figuresOf(
      world({
        places: [closing, current],
        figures: [
          figure(closing, 2025, { partyMembers: 0 }),
          figure(current, 2025, { partyMembers: 0 }),
        ],
        people: [admitted(closing.id, '2025-02-02')],
      }),
      commune.id,
      YEAR_2025,
    );
    expect(figures.residential.total).toBe(2);
    expect(figures.residential.firstMembers.map((item) => item.name)).toEqual(['Thôn Sáp nhập']);
    expect(figures.residential.withoutMember.map((item) => item.name)).toEqual(['Thôn Mới']);
  });

  it('drops its people when the successor does not count for the view', () => {
    const elsewhere = buildPlace({ name: 'Thôn Hòa Bình', unitId: otherCommune.id });
    const moved = hamlet('Thôn chuyển đi', { closedOn: '2024-12-31', successorId: elsewhere.id });
    const school = buildPlace({
      name: 'Trường THPT Hòa An',
      kind: 'school',
      unitId: cell.id,
      closedOn: '2024-06-30',
      successorId: elsewhere.id,
    });
    const figures = figuresOf(
      world({
        places: [elsewhere, moved, school],
        figures: [figure(elsewhere, 2025, { partyMembers: 0 })],
        people: [admitted(moved.id, '2025-05-05'), admitted(school.id, '2025-05-05')],
      }),
      commune.id,
      YEAR_2025,
    );
    expect(figures.places).toBe(0);
    expect(figures.schools.admitted).toBe(0);
    // Viewed from the other commune, both count there.
    const there = figuresOf(
      world({
        places: [elsewhere, moved, school],
        figures: [figure(elsewhere, 2025, { partyMembers: 0 })],
        people: [admitted(moved.id, '2025-05-05'), admitted(school.id, '2025-05-05')],
      }),
      otherCommune.id,
      YEAR_2025,
    );
    expect(there.residential.firstMembers.map((item) => item.admittedOn)).toEqual(['2025-05-05']);
  });

  it('ends a chain that loops', () => {
    const a = hamlet('Thôn A', { closedOn: '2024-01-31' });
    const b = hamlet('Thôn B', { closedOn: '2024-02-28', successorId: a.id });
    const looped = { ...a, successorId: b.id };
    const figures = figuresOf(
      world({ places: [looped, b], people: [admitted(a.id, '2025-05-05')] }),
      commune.id,
      YEAR_2025,
    );
    expect(figures.places).toBe(0);
    expect(figures.residential.firstMembers).toEqual([]);
  });
});

describe('a first member in the period', () => {
  const period: Period = { from: '2025-03-10', to: '2025-09-30' };
  const onFirstDay = hamlet('Thôn ngày đầu');
  const onLastDay = hamlet('Thôn ngày cuối');
  const dayBefore = hamlet('Thôn trước kỳ');
  const dayAfter = hamlet('Thôn sau kỳ');
  const places = [onFirstDay, onLastDay, dayBefore, dayAfter];

  it('counts an admission on the period’s first and on its last day, not a day outside', () => {
    const figures = figuresOf(
      world({
        places,
        figures: places.map((place) => figure(place, 2025, { partyMembers: 0 })),
        people: [
          admitted(onFirstDay.id, '2025-03-10'),
          admitted(onLastDay.id, '2025-09-30'),
          admitted(dayBefore.id, '2025-03-09'),
          admitted(dayAfter.id, '2025-10-01'),
        ],
      }),
      commune.id,
      period,
    );
    expect(figures.residential.firstMembers.map((item) => [item.name, item.admittedOn])).toEqual([
      ['Thôn ngày đầu', '2025-03-10'],
      ['Thôn ngày cuối', '2025-09-30'],
    ]);
    // The day before: a member already (since 1 January); the day after: none by the period's end.
    expect(figures.residential.withoutMember.map((item) => item.name)).toEqual(['Thôn sau kỳ']);
  });

  it('follows the latest figure at or before the admission’s year', () => {
    // "Thôn có đảng viên": 0 in 2024, 2 in 2025 → a 2025 admission follows the 2025 figure: not
    // a first. "Thôn đã có": 0 in 2024, admitted on 01/05/2024 and 01/04/2025 → its first
    // member since 2024 came before the period. "Thôn cũ số liệu": 0 in 2023 only → the 2025
    // admission is its first since 2023. "Thôn số liệu sau": 0 in 2026 only → nothing before.
    const nowHas = hamlet('Thôn có đảng viên');
    const hadOne = hamlet('Thôn đã có');
    const oldFigure = hamlet('Thôn cũ số liệu');
    const laterFigure = hamlet('Thôn số liệu sau');
    const figures = figuresOf(
      world({
        places: [nowHas, hadOne, oldFigure, laterFigure],
        figures: [
          figure(nowHas, 2024, { partyMembers: 0 }),
          figure(nowHas, 2025, { partyMembers: 2 }),
          figure(hadOne, 2024, { partyMembers: 0 }),
          figure(oldFigure, 2023, { partyMembers: 0 }),
          figure(laterFigure, 2026, { partyMembers: 0 }),
        ],
        people: [
          admitted(nowHas.id, '2025-04-01'),
          admitted(hadOne.id, '2024-05-01'),
          admitted(hadOne.id, '2025-04-01'),
          admitted(oldFigure.id, '2025-06-15'),
          admitted(laterFigure.id, '2025-06-15'),
        ],
      }),
      commune.id,
      YEAR_2025,
    );
    expect(figures.residential.firstMembers).toEqual([
      expect.objectContaining({
        name: 'Thôn cũ số liệu',
        admittedOn: '2025-06-15',
        sinceYear: 2023,
      }),
    ]);
    // "Thôn cũ số liệu" has no figure of 2025: it is not listed without a member either.
    expect(figures.residential.withoutMember).toEqual([]);
    expect(figures.residential.noFigures).toBe(3);
  });
});

describe('places with no figures', () => {
  it('count as unknown, with no grade-12 students and no size', () => {
    const place = (kind: Place['kind'], name: string) =>
      buildPlace({ kind, name, unitId: cell.id });
    const figures = figuresOf(
      world({
        places: [
          place('residential', 'Thôn 1'),
          place('school', 'Trường THPT 1'),
          place('enterprise', 'Công ty 1'),
        ],
      }),
      commune.id,
      YEAR_2025,
    );
    expect(figures.residential.organisation.unknown).toEqual({ count: 1, ratio: 1 });
    expect(figures.residential.noFigures).toBe(1);
    expect(figures.schools).toMatchObject({ noFigures: 1, grade12Students: 0, perThousand: null });
    expect(figures.schools.rows[0]).toMatchObject({ grade12Students: null, perThousand: null });
    expect(figures.enterprises.noFigures).toBe(1);
    expect(figures.enterprises.bySize.unknown.count).toBe(1);
    expect(figures.enterprises.bySector.unknown.count).toBe(1);
    expect(figures.enterprises.largestWithout).toEqual([]);
  });

  it('are nothing at all in a store without places, every share without meaning', () => {
    const figures = figuresOf(world({}), commune.id, YEAR_2025);
    expect(figures.places).toBe(0);
    expect(figures.residential.organisation.own).toEqual({ count: 0, ratio: null });
    expect(figures.enterprises.all.withOrganisation).toEqual({ count: 0, ratio: null });
    // The commune's one child is still a row of the drill-down, with nothing in it.
    expect(figures.perUnit).toEqual([
      expect.objectContaining({ unitId: cell.id, residential: 0, schools: 0, enterprises: 0 }),
    ]);
  });
});

describe('the aggregate behind the figures', () => {
  it('gives the same figures in one block or in several, and ignores unknown places', () => {
    const school = buildPlace({ name: 'Trường THPT 2', kind: 'school', unitId: cell.id });
    const people = [
      admitted(school.id, '2025-02-02'),
      admitted(school.id, '2025-02-02'),
      buildPerson({ placeId: school.id, milestones: { sourcedOn: '2025-01-01' } }),
      admitted('00000000-0000-4000-8000-00000000dead', '2025-02-02'),
    ];
    const data = {
      places: [school],
      placeFigures: [figure(school, 2025, { grade12Students: 80 })],
    };
    const of = (blocks: number) =>
      computePlaceFigures(preparePlaces({ ...data, placeStats: statsOf(people, blocks) }), units, {
        rootUnitId: commune.id,
        period: YEAR_2025,
      });
    expect(of(1)).toEqual(of(3));
    expect(of(1).schools).toMatchObject({ sourced: 1, admitted: 2, perThousand: 25 });
  });
});
