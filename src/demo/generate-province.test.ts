import { describe, expect, it } from 'vitest';
import { admissionVector, COLUMN, STAT_WIDTH, unitContribution } from '@/domain/admission-stats';
import {
  memberCountSchema,
  personSchema,
  placeFigureSchema,
  placeSchema,
  targetSchema,
  trainingClassSchema,
  unitSchema,
} from '@/domain/entities';
import { createPersonFormSchema, toFormValues } from '@/domain/person-rules';
import { STAGES } from '@/domain/pipeline-types';
import { deriveStage } from '@/domain/stage';
import { currentCarrier } from '@/domain/unit-tree';
import { generateProvince } from './generate-province';

const TODAY = '2026-11-28';
// Looking at every record of 20,000 people takes a second alone and several beside other test
// files: the slowest tests get the stream tests' 30 s.
const province = generateProvince({ seed: 42, people: 20_000, today: TODAY });

describe('generateProvince: determinism, shares and stages', () => {
  it('is deterministic for a seed, ids included, and differs between seeds', () => {
    const again = generateProvince({ seed: 42, people: 2_000, today: TODAY });
    expect(generateProvince({ seed: 42, people: 2_000, today: TODAY })).toEqual(again);
    const other = generateProvince({ seed: 43, people: 2_000, today: TODAY });
    expect(other.people[0]?.id).not.toBe(again.people[0]?.id);
  });

  it('admits people with shares close to the provincial report', () => {
    const sums = new Array<number>(STAT_WIDTH).fill(0);
    for (const person of province.people) {
      const vector = admissionVector(person);
      if (vector) vector.forEach((value, index) => (sums[index] = (sums[index] ?? 0) + value));
    }
    const admitted = sums[COLUMN.admitted] as number;
    const share = (column: keyof typeof COLUMN) => (sums[COLUMN[column]] as number) / admitted;
    expect(admitted / province.people.length).toBeCloseTo(0.7, 1);
    expect(share('youthUnion')).toBeGreaterThan(0.6);
    expect(share('youthUnion')).toBeLessThan(0.66);
    expect(share('female')).toBeGreaterThan(0.52);
    expect(share('female')).toBeLessThan(0.56);
    expect(share('minority')).toBeGreaterThan(0.15);
    expect(share('minority')).toBeLessThan(0.21);
    expect(share('religious')).toBeGreaterThan(0.013);
    expect(share('religious')).toBeLessThan(0.027);
    // A mix of occupations, enterprises and education levels.
    for (const column of [
      'highSchoolStudent',
      'universityStudent',
      'enterpriseWorker',
      'enterpriseManager',
      'age31to40',
      'age51to60',
      'educationUniversity',
      'educationVocational',
    ] as const) {
      expect(share(column)).toBeGreaterThan(0.005);
    }
    expect(share('ageOther')).toBe(0);
  });

  it('has candidates at every stage, some of them overdue, and nothing after today', () => {
    const stages = new Set(province.people.map((person) => deriveStage(person.milestones)));
    expect([...stages].sort()).toEqual([...STAGES].sort());
    let overdue = 0;
    for (const person of province.people) {
      for (const due of unitContribution(person).dues) if (due < TODAY) overdue += 1;
      for (const date of Object.values(person.milestones)) {
        if (date) expect(date <= TODAY).toBe(true);
      }
    }
    expect(overdue).toBeGreaterThan(0);
    const years = new Set(
      province.people.flatMap((person) => person.milestones.admittedOn?.slice(0, 4) ?? []),
    );
    expect([...years].sort()).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  }, 30_000);
});

describe('generateProvince: records the contract and the forms accept', () => {
  it('writes records the exchange contract and the form rules accept', () => {
    for (const unit of province.units) expect(unitSchema.parse(unit)).toEqual(unit);
    for (const klass of province.classes) expect(trainingClassSchema.parse(klass)).toEqual(klass);
    for (const target of province.targets) expect(targetSchema.parse(target)).toEqual(target);
    for (const count of province.memberCounts)
      expect(memberCountSchema.parse(count)).toEqual(count);
    const formSchema = createPersonFormSchema(() => TODAY);
    for (const person of province.people.filter((_, index) => index % 20 === 0)) {
      expect(personSchema.parse(person)).toEqual(person);
      const result = formSchema.safeParse(toFormValues(person));
      expect(result.success ? [] : result.error.issues, person.fullName).toEqual([]);
    }
    expect(new Set(province.people.map((person) => person.id)).size).toBe(province.people.length);
    for (const place of province.places) expect(placeSchema.parse(place)).toEqual(place);
    for (const figure of province.placeFigures)
      expect(placeFigureSchema.parse(figure)).toEqual(figure);
    const placeIds = new Set(province.places.map((place) => place.id));
    expect(province.people.every((person) => placeIds.has(person.placeId ?? ''))).toBe(true);
  });
});

describe('generateProvince: the 2025 tree', () => {
  it('builds the 2025 tree with closed units merged into open successors', () => {
    const { units, people } = province;
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const roots = units.filter((unit) => unit.parentId === null);
    expect(roots.map((unit) => unit.kind)).toEqual(['province']);
    for (const unit of units) if (unit.parentId) expect(byId.has(unit.parentId)).toBe(true);
    const openCodes = units.filter((unit) => !unit.closedOn).map((unit) => unit.code);
    expect(new Set(openCodes).size).toBe(openCodes.length);
    const kinds = new Set(units.map((unit) => unit.kind));
    expect(kinds).toEqual(
      new Set(['province', 'upper', 'grassroots_committee', 'grassroots_cell', 'cell']),
    );

    const upperNames = units.filter((unit) => unit.kind === 'upper').map((unit) => unit.name);
    expect(new Set(upperNames).size).toBe(upperNames.length);
    const big = generateProvince({ seed: 1, people: 1_000, units: 40, today: TODAY }).units;
    const bigNames = big.filter((unit) => unit.kind === 'upper').map((unit) => unit.name);
    expect(new Set(bigNames).size).toBe(bigNames.length);

    const closedUppers = units.filter((unit) => unit.kind === 'upper' && unit.closedOn);
    expect(closedUppers.length).toBeGreaterThanOrEqual(1);
    expect(closedUppers.length).toBeLessThanOrEqual(2);
    for (const unit of units.filter((candidate) => candidate.closedOn)) {
      const carrier = byId.get(currentCarrier(units, unit.id));
      expect(carrier?.closedOn).toBeNull();
    }
    // Closed units keep their history only: admissions before they closed, no one still on the way.
    for (const person of people) {
      const unit = byId.get(person.unitId);
      expect(unit).toBeDefined();
      if (!unit?.closedOn) continue;
      expect(person.milestones.admittedOn).not.toBeNull();
      expect((person.milestones.admittedOn as string) <= unit.closedOn).toBe(true);
    }
    expect(people.some((person) => byId.get(person.unitId)?.closedOn)).toBe(true);
  });
});

describe('generateProvince: classes, quotas and member counts', () => {
  it('links classes to their attendees, with at least as many attendees as people linked', () => {
    const linked = new Map<string, number>();
    for (const person of province.people) {
      for (const id of [person.awarenessClassId, person.newMemberClassId]) {
        if (id) linked.set(id, (linked.get(id) ?? 0) + 1);
      }
    }
    const byId = new Map(province.classes.map((klass) => [klass.id, klass]));
    for (const person of province.people) {
      if (person.awarenessClassId) {
        const klass = byId.get(person.awarenessClassId);
        expect(klass?.kind).toBe('awareness');
        expect(person.milestones.awarenessCertOn).toBe(klass?.endOn);
      }
      if (person.newMemberClassId) {
        const klass = byId.get(person.newMemberClassId);
        expect(klass?.kind).toBe('new_member');
        expect((klass?.startOn as string) > (person.milestones.admittedOn as string)).toBe(true);
      }
    }
    for (const klass of province.classes) {
      expect(klass.attendeeCount).toBeGreaterThanOrEqual(linked.get(klass.id) ?? 0);
      expect(klass.endOn <= TODAY).toBe(true);
    }
    expect(province.classes.some((klass) => klass.kind === 'awareness')).toBe(true);
    expect(province.classes.some((klass) => klass.kind === 'new_member')).toBe(true);
  }, 30_000);

  it('gives every upper unit a 2020–2025 quota, a 2026 quota while open, and member counts', () => {
    const uppers = province.units.filter((unit) => unit.kind === 'upper');
    for (const upper of uppers) {
      const targets = province.targets.filter((target) => target.unitId === upper.id);
      const spans = targets.map((target) => `${target.fromYear}-${target.toYear}`).sort();
      expect(spans).toEqual(upper.closedOn ? ['2020-2025'] : ['2020-2025', '2026-2026']);
      const years = province.memberCounts
        .filter((count) => count.unitId === upper.id)
        .map((count) => count.year);
      expect(years).toEqual(
        upper.closedOn
          ? [2020, 2021, 2022, 2023, 2024, 2025]
          : [2020, 2021, 2022, 2023, 2024, 2025, 2026],
      );
    }
  });
});
