import { describe, expect, it } from 'vitest';
import { createRandom } from '@/demo/random';
import { toDayNumber } from './dates';
import {
  applyContribution,
  emptyPlacePeople,
  lowerBound,
  packPlaceStats,
  placeContribution,
  unpackPlaceStats,
  type PlaceContribution,
  type PlacePeople,
} from './place-stats';

function contribution(
  placeId: string,
  days: Partial<Record<'sourcedOn' | 'awarenessCertOn' | 'admittedOn', number>>,
  admittedClass = 0,
): PlaceContribution {
  return {
    placeId,
    days: {
      sourcedOn: days.sourcedOn ?? null,
      awarenessCertOn: days.awarenessCertOn ?? null,
      admittedOn: days.admittedOn ?? null,
    },
    admittedClass,
  };
}

describe('a person’s contribution to their place', () => {
  it('is the day number of each counted milestone and the occupation class when admitted', () => {
    expect(
      placeContribution({
        placeId: 'p1',
        occupation: 'enterprise_manager',
        milestones: {
          sourcedOn: '2024-01-10',
          awarenessCertOn: null,
          applicationOn: '2024-05-01',
          cellResolutionOn: null,
          decisionOn: null,
          admittedOn: '2025-02-03',
          officialOn: null,
          removedOn: null,
        },
      }),
    ).toEqual({
      placeId: 'p1',
      days: {
        sourcedOn: toDayNumber('2024-01-10'),
        awarenessCertOn: null,
        admittedOn: toDayNumber('2025-02-03'),
      },
      admittedClass: 2,
    });
  });

  it('is nothing for a person with no place', () => {
    expect(
      placeContribution({
        placeId: null,
        occupation: 'worker',
        milestones: {} as never,
      }),
    ).toBeNull();
  });
});

describe('a place’s people', () => {
  it('stay sorted as people come and go, and a removal takes the one of the same class', () => {
    const people = emptyPlacePeople();
    applyContribution(people, contribution('p', { admittedOn: 30 }, 1), 1);
    applyContribution(people, contribution('p', { admittedOn: 10 }, 2), 1);
    applyContribution(people, contribution('p', { admittedOn: 30 }, 2), 1);
    expect(people.days.admittedOn).toEqual([10, 30, 30]);
    applyContribution(people, contribution('p', { admittedOn: 30 }, 2), -1);
    expect(people.days.admittedOn).toEqual([10, 30]);
    expect(people.admittedClasses).toEqual([2, 1]);
    // Taking away someone who is not there changes nothing.
    applyContribution(people, contribution('p', { admittedOn: 99 }, 0), -1);
    expect(people.days.admittedOn).toEqual([10, 30]);
  });

  it('pack and unpack to the same lists, places in id order, empty places dropped', () => {
    const random = createRandom(11);
    const places = new Map<string, PlacePeople>();
    for (const id of ['c', 'a', 'b', 'empty']) places.set(id, emptyPlacePeople());
    for (let index = 0; index < 300; index += 1) {
      const id = ['a', 'b', 'c'][Math.floor(random() * 3)] as string;
      const day = () => (random() < 0.6 ? 19_000 + Math.floor(random() * 900) : undefined);
      const days = { sourcedOn: day(), awarenessCertOn: day(), admittedOn: day() };
      applyContribution(
        places.get(id) as PlacePeople,
        contribution(id, Object.fromEntries(Object.entries(days).filter(([, v]) => v))),
        1,
      );
    }
    const block = packPlaceStats(places);
    expect(block.placeIds).toEqual(['a', 'b', 'c']);
    const back = unpackPlaceStats(block);
    for (const id of ['a', 'b', 'c']) expect(back.get(id)).toEqual(places.get(id));
    expect(back.has('empty')).toBe(false);
  });

  it('finds the first day at or after a given one by binary search', () => {
    const days = [3, 5, 5, 9];
    expect([0, 3, 4, 5, 6, 9, 10].map((day) => lowerBound(days, day))).toEqual([
      0, 0, 1, 1, 3, 3, 4,
    ]);
  });
});
