import { describe, expect, it } from 'vitest';
import { personSchema } from '@/domain/entities';
import { streamProvince, type ProvincePeoplePart } from './province-stream';

const TODAY = '2026-11-28';

// Drawing tens of thousands of people takes a second alone and several beside other test files.
describe('streamProvince', () => {
  const options = { seed: 7, people: 12_000, peoplePerLeaf: 300, classSize: 120, today: TODAY };
  const drawn = (stream: ReturnType<typeof streamProvince>) => {
    const parts: ProvincePeoplePart[] = [];
    const rest = stream.draw(1_000, (part) => parts.push(part));
    return { parts, ...rest };
  };

  it('draws the people part by part, the same on every call, every reference resolved', () => {
    const stream = streamProvince(options);
    const first = drawn(stream);
    expect(drawn(stream)).toEqual(first);
    expect(drawn(streamProvince(options))).toEqual(first);
    const { parts, classes } = first;
    const people = parts.flatMap((part) => part.people);
    expect(people).toHaveLength(12_000);
    expect(stream.peopleCount).toBe(12_000);
    expect(new Set(people.map((person) => person.id)).size).toBe(people.length);
    expect(Math.max(...parts.map((part) => part.people.length))).toBeLessThanOrEqual(1_000);

    // Each part holds people of its upper unit's subtree only, and every class they attended
    // is among the province's classes, with at least as many attendees as linked.
    const byId = new Map(stream.units.map((unit) => [unit.id, unit]));
    const upperOf = (unitId: string): string => {
      let unit = byId.get(unitId);
      while (unit && unit.kind !== 'upper') {
        unit = unit.parentId ? byId.get(unit.parentId) : undefined;
      }
      return unit?.id ?? '';
    };
    const classesById = new Map(classes.map((klass) => [klass.id, klass]));
    const placeIds = new Set(stream.places.map((place) => place.id));
    const linked = new Map<string, number>();
    for (const part of parts) {
      expect(part.source.kind).toBe('upper');
      for (const person of part.people) {
        expect(upperOf(person.unitId)).toBe(part.source.id);
        expect(placeIds.has(person.placeId ?? '')).toBe(true);
        for (const id of [person.awarenessClassId, person.newMemberClassId]) {
          if (!id) continue;
          expect(classesById.has(id)).toBe(true);
          linked.set(id, (linked.get(id) ?? 0) + 1);
        }
      }
    }
    for (const klass of classes) {
      expect(klass.attendeeCount).toBeGreaterThanOrEqual(linked.get(klass.id) ?? 0);
      expect(klass.attendeeCount).toBeLessThanOrEqual(
        Math.ceil((linked.get(klass.id) ?? 0) * 1.08),
      );
    }
    // A closed unit keeps only those admitted before it closed.
    for (const person of people) {
      const closedOn = byId.get(person.unitId)?.closedOn;
      if (closedOn) expect((person.milestones.admittedOn ?? '9999') <= closedOn).toBe(true);
    }
    for (const person of people.filter((_, index) => index % 50 === 0)) {
      expect(personSchema.parse(person)).toEqual(person);
    }
  }, 30_000);

  it('sizes the tree and the classes as asked: one unit, or a province of 230 units', () => {
    const one = streamProvince({ seed: 1, people: 2_000, units: 1, closedUnits: 0, today: TODAY });
    expect(one.units.filter((unit) => unit.kind === 'upper')).toHaveLength(1);
    expect(one.units.some((unit) => unit.closedOn)).toBe(false);
    expect(drawn(one).parts).toHaveLength(2);
    const province = streamProvince({
      seed: 2025,
      people: 100_000,
      peoplePerLeaf: 650,
      classSize: 300,
      today: TODAY,
    });
    expect(province.units).toHaveLength(230);
    const { classes } = province.draw(30_000, () => {});
    expect(classes.length).toBeGreaterThan(500);
    expect(classes.length).toBeLessThan(700);
  }, 30_000);
});
