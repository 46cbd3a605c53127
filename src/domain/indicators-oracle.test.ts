// The indicators against computations from scratch: every person counted one by one, and the rows
// read for each view against the whole store's packed blocks.
import { describe, expect, it } from 'vitest';
import { buildMemberCount, buildPerson, buildTarget } from '../../test/builders';
import { COLUMN, STAT_WIDTH, blocksOfRows } from './admission-stats';
import {
  admissionRows,
  compute,
  edgePeopleOf,
  seeded,
  smallProvince,
  unitStatsRows,
  year,
} from './indicator-test-world';
import type { IndicatorData, IndicatorInput } from './indicator-types';
import { computeIndicators, computeIndicatorsFrom } from './indicators';
import { subtreeIdsOf } from './unit-tree';

describe('against a person-by-person count', () => {
  it('agrees with counting every person, for random units, periods and people', () => {
    const { random, pick } = seeded(20_260_101);
    const t = smallProvince();
    const days = Array.from({ length: 900 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
      return date.toISOString().slice(0, 10);
    });
    const people = Array.from({ length: 400 }, () =>
      buildPerson({
        unitId: pick(t.units).id,
        gender: pick(['male', 'female'] as const),
        youthUnion: random() < 0.6,
        milestones: random() < 0.8 ? { admittedOn: pick(days) } : { decisionOn: pick(days) },
      }),
    );
    for (let round = 0; round < 40; round += 1) {
      const [a, b] = [pick(days), pick(days)].sort() as [string, string];
      const root = pick(t.units);
      const period = { from: a, to: b };
      const ids = subtreeIdsOf(t.units, root.id);
      const expected = people.filter((person) => {
        const day = person.milestones.admittedOn;
        return day !== null && day >= a && day <= b && ids.has(person.unitId);
      });
      const result = compute({ units: t.units, people }, root.id, period);
      expect(result.admitted).toBe(expected.length);
      expect(result.structure.female.count).toBe(
        expected.filter((person) => person.gender === 'female').length,
      );
      expect(result.series.monthly.reduce((sum, point) => sum + point.admitted, 0)).toBe(
        expected.length,
      );
    }
  });
});

describe('computeIndicatorsFrom: the whole store in packed blocks', () => {
  const { random, pick } = seeded(20_261_128);
  const t = smallProvince();
  const days = Array.from({ length: 2_000 }, (_, i) =>
    new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const people = Array.from({ length: 600 }, () =>
    buildPerson({
      unitId: pick(t.units).id,
      gender: pick(['male', 'female'] as const),
      youthUnion: random() < 0.6,
      ethnicity: random() < 0.2 ? 'Tày' : 'Kinh',
      milestones:
        random() < 0.7
          ? { admittedOn: pick(days) }
          : { cellResolutionOn: pick(days), decisionOn: random() < 0.5 ? pick(days) : null },
    }),
  );
  const targets = [
    buildTarget({ unitId: t.commune.id, fromYear: 2020, toYear: 2025, admissions: 90 }),
    buildTarget({ unitId: t.ward.id, fromYear: 2026, toYear: 2026, admissions: 20 }),
  ];
  const memberCounts = [buildMemberCount({ unitId: t.commune.id, year: 2023, total: 300 })];
  const whole = { units: t.units, people, targets, memberCounts };

  /** The whole store's rows packed in one block per unit, as the shards of the db layer hold. */
  function shardedData(): IndicatorData {
    const admissions = admissionRows(people);
    const units = unitStatsRows(people);
    const blocks = t.units.map((unit) =>
      blocksOfRows(
        admissions.filter((row) => row.unitId === unit.id),
        units.filter((row) => row.unitId === unit.id),
      ),
    );
    return {
      units: t.units,
      admissions: blocks.map((block) => block.admissions),
      unitStats: blocks.map((block) => block.unitStats),
      classes: [],
      targets,
      memberCounts,
    };
  }

  it('gives the figures of the rows read for each view, whatever the unit and period', () => {
    const data = shardedData();
    for (let round = 0; round < 45; round += 1) {
      const [a, b] = [pick(days), pick(days)].sort() as [string, string];
      // Whole months, whole years, and days within months alike.
      const period =
        round % 3 === 0
          ? { from: `${a.slice(0, 4)}-01-01`, to: `${b.slice(0, 4)}-12-31` }
          : round % 3 === 1
            ? { from: `${a.slice(0, 7)}-01`, to: b }
            : { from: a, to: b };
      const root = pick(t.units);
      const today = pick(days);
      const expected = compute(whole, root.id, period, today);
      const edgePeople = edgePeopleOf(people, period);
      const actual = computeIndicatorsFrom(data, edgePeople, {
        rootUnitId: root.id,
        period,
        today,
      });
      expect(actual).toEqual(expected);
    }
    // 45 views of 600 people, each also computed from its rows: seconds on a busy machine.
  }, 30_000);

  it('leaves out the cells of a month without an admission, as the rows do', () => {
    // A hand-made row: cells in March with nobody admitted in March.
    const counts = new Array<number>(12 * STAT_WIDTH).fill(0);
    counts[2 * STAT_WIDTH + COLUMN.female] = 4;
    counts[4 * STAT_WIDTH + COLUMN.admitted] = 2;
    counts[4 * STAT_WIDTH + COLUMN.female] = 1;
    const input: IndicatorInput = {
      units: t.units,
      admissionStats: [{ unitId: t.village1.id, year: 2025, counts }],
      unitStats: [],
      edgePeople: [],
      classes: [],
      targets: [],
      memberCounts: [],
    };
    const figures = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2025),
      today: '2026-11-28',
    });
    expect(figures.admitted).toBe(2);
    expect(figures.structure.female.count).toBe(1);
  });
});
