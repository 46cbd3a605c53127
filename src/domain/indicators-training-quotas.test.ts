// The figures of a view set against a reference: the training classes, the quotas and the admission
// rate against the members.
import { describe, expect, it } from 'vitest';
import { buildClass, buildMemberCount, buildTarget, buildUnit } from '../../test/builders';
import { admittedOn, compute, smallProvince, year } from './indicator-test-world';

describe('training', () => {
  const t = smallProvince();
  const classes = [
    buildClass({
      unitId: t.village1.id,
      kind: 'awareness',
      startOn: '2026-03-02',
      endOn: '2026-03-06',
      attendeeCount: 40,
    }),
    buildClass({
      unitId: t.commune.id,
      kind: 'awareness',
      startOn: '2026-01-01',
      endOn: '2026-01-05',
      attendeeCount: 35,
    }),
    // Straddles the turn of the year: it counts in neither year.
    buildClass({
      unitId: t.village1.id,
      kind: 'awareness',
      startOn: '2025-12-29',
      endOn: '2026-01-03',
      attendeeCount: 30,
    }),
    buildClass({
      unitId: t.village2.id,
      kind: 'new_member',
      startOn: '2026-12-28',
      endOn: '2026-12-31',
      attendeeCount: 25,
    }),
    buildClass({
      unitId: t.village2.id,
      kind: 'other',
      startOn: '2026-07-01',
      endOn: '2026-07-01',
      attendeeCount: 10,
    }),
    buildClass({
      unitId: t.block.id,
      kind: 'new_member',
      startOn: '2026-05-01',
      endOn: '2026-05-03',
      attendeeCount: 18,
    }),
  ];
  const world = { units: t.units, classes };

  it('counts the classes held wholly within the period, and their attendees', () => {
    expect(compute(world, t.province.id, year(2026)).training).toEqual({
      awarenessClasses: 2,
      awarenessAttendees: 75,
      newMemberClasses: 2,
      newMemberAttendees: 43,
      otherClasses: 1,
      otherAttendees: 10,
    });
    expect(compute(world, t.province.id, year(2025)).training.awarenessClasses).toBe(0);
    expect(
      compute(world, t.province.id, { from: '2025-12-01', to: '2026-01-31' }).training,
    ).toMatchObject({ awarenessClasses: 2, awarenessAttendees: 65 });
  });

  it('counts only the classes of the viewed subtree', () => {
    expect(compute(world, t.commune.id, year(2026)).training).toMatchObject({
      awarenessClasses: 2,
      newMemberClasses: 1,
      newMemberAttendees: 25,
    });
    expect(compute(world, t.ward.id, year(2026)).training).toMatchObject({
      awarenessClasses: 0,
      newMemberClasses: 1,
      newMemberAttendees: 18,
    });
  });
});

describe('quotas', () => {
  // Province (no own 2023–2025 quota; own 2026 quota 50)
  //   commune (own 100, and its village 1 has 60: nested, not added again) → village 1, village 2
  //   ward (none) → block (40), block 2 (20), block 3 (none)
  //   company (own 0)
  function world() {
    const t = smallProvince();
    const block2 = buildUnit({ name: 'Chi bộ khu phố 2', parentId: t.ward.id });
    const block3 = buildUnit({ name: 'Chi bộ khu phố 3', parentId: t.ward.id });
    const company = buildUnit({
      name: 'Đảng bộ Công ty Sông Hồng',
      kind: 'grassroots_committee',
      parentId: t.province.id,
    });
    const span = { fromYear: 2023, toYear: 2025 };
    const targets = [
      buildTarget({ unitId: t.commune.id, ...span, admissions: 100 }),
      buildTarget({ unitId: t.village1.id, ...span, admissions: 60 }),
      buildTarget({ unitId: t.block.id, ...span, admissions: 40 }),
      buildTarget({ unitId: block2.id, ...span, admissions: 20 }),
      buildTarget({ unitId: company.id, ...span, admissions: 0 }),
      buildTarget({ unitId: t.province.id, fromYear: 2026, toYear: 2026, admissions: 50 }),
    ];
    const people = [
      admittedOn(t.village1.id, '2023-02-01'),
      admittedOn(t.village1.id, '2023-09-01'),
      admittedOn(t.village1.id, '2025-12-31'),
      admittedOn(t.village2.id, '2024-04-04'),
      admittedOn(t.block.id, '2022-12-31'),
      admittedOn(t.block.id, '2024-05-05'),
      admittedOn(block3.id, '2025-01-01'),
      admittedOn(company.id, '2024-08-08'),
      admittedOn(t.village2.id, '2026-02-02'),
    ];
    return {
      t,
      block2,
      block3,
      company,
      units: [...t.units, block2, block3, company],
      targets,
      people,
    };
  }

  it('sums the highest quotas below a unit without its own, never a nested one twice', () => {
    const w = world();
    const result = compute(w, w.t.province.id, year(2024));
    expect(result.quotas.root).toEqual([
      {
        unitId: w.t.province.id,
        fromYear: 2023,
        toYear: 2025,
        quota: 160,
        source: 'sum',
        // Admissions of the whole subtree across the whole span, not only in 2024.
        admitted: 7,
        ratio: 7 / 160,
      },
    ]);
    const children = Object.fromEntries(result.quotas.children.map((q) => [q.unitId, q]));
    expect(children[w.t.commune.id]).toMatchObject({
      quota: 100,
      source: 'own',
      admitted: 4,
      ratio: 0.04,
    });
    expect(children[w.t.ward.id]).toMatchObject({
      quota: 60,
      source: 'sum',
      admitted: 2,
      ratio: 2 / 60,
    });
    expect(children[w.company.id]).toMatchObject({
      quota: 0,
      source: 'own',
      admitted: 1,
      ratio: null,
    });
    expect(result.perUnit.find((row) => row.unitId === w.t.ward.id)?.quota?.quota).toBe(60);
  });

  it("uses the viewed unit's own quota when it has one", () => {
    const w = world();
    const targets = [...w.targets, buildTarget({ unitId: w.t.province.id, admissions: 150 })];
    const [root] = compute({ ...w, targets }, w.t.province.id, year(2025)).quotas.root;
    expect(root).toMatchObject({ quota: 150, source: 'own', admitted: 7, ratio: 7 / 150 });
    const [village] = compute({ ...w, targets }, w.t.village1.id, year(2025)).quotas.root;
    expect(village).toMatchObject({ quota: 60, source: 'own', admitted: 3, ratio: 0.05 });
  });

  it('gives a figure for every span overlapping the period, and none for others', () => {
    const w = world();
    const period = { from: '2025-06-01', to: '2026-03-31' };
    const result = compute(w, w.t.province.id, period);
    expect(result.quotas.root.map((q) => [q.fromYear, q.toYear, q.quota, q.admitted])).toEqual([
      [2023, 2025, 160, 7],
      [2026, 2026, 50, 1],
    ]);
    // The children have no 2026 quota: their rows show the 2023–2025 one.
    expect(result.quotas.children.every((q) => q.fromYear === 2023)).toBe(true);
    expect(result.perUnit.find((row) => row.unitId === w.t.commune.id)?.quota?.toYear).toBe(2025);
    expect(compute(w, w.t.province.id, year(2022)).quotas).toEqual({ root: [], children: [] });
    // A unit with no quota anywhere in its subtree has no figure.
    expect(compute(w, w.block3.id, year(2024)).quotas.root).toEqual([]);
  });

  it("prefers, in a child's row, the span that holds the period's end", () => {
    const w = world();
    const targets = [
      ...w.targets,
      buildTarget({ unitId: w.t.commune.id, fromYear: 2026, toYear: 2026, admissions: 20 }),
    ];
    const result = compute({ ...w, targets }, w.t.province.id, {
      from: '2025-06-01',
      to: '2026-03-31',
    });
    expect(result.perUnit.find((row) => row.unitId === w.t.commune.id)?.quota).toMatchObject({
      fromYear: 2026,
      quota: 20,
      admitted: 1,
      ratio: 0.05,
    });
    // The province's own 2026 quota stops the descent: the commune's 20 is not added to it.
    expect(result.quotas.root.find((q) => q.fromYear === 2026)?.quota).toBe(50);
  });
});

describe('admission rate', () => {
  const t = smallProvince();
  const block2 = buildUnit({ parentId: t.ward.id });
  const units = [...t.units, block2];
  const people = [
    ...Array.from({ length: 30 }, () => admittedOn(t.village1.id, '2026-04-01')),
    ...Array.from({ length: 6 }, () => admittedOn(t.block.id, '2026-09-09')),
    admittedOn(t.block.id, '2025-03-03'),
  ];
  const memberCounts = [
    buildMemberCount({ unitId: t.commune.id, year: 2026, total: 1000 }),
    buildMemberCount({ unitId: t.village1.id, year: 2026, total: 400 }),
    buildMemberCount({ unitId: t.block.id, year: 2026, total: 200 }),
  ];
  const world = { units, people, memberCounts };

  it('divides the year’s admissions by the members at its start, summing the highest counts below', () => {
    const [rate] = compute(world, t.province.id, year(2026)).rates;
    expect(rate).toEqual({ year: 2026, membersAtStart: 1200, admitted: 36, ratio: 0.03 });
  });

  it("uses the unit's own count when it has one", () => {
    const own = [
      ...memberCounts,
      buildMemberCount({ unitId: t.province.id, year: 2026, total: 1800 }),
    ];
    const [rate] = compute({ ...world, memberCounts: own }, t.province.id, year(2026)).rates;
    expect(rate).toEqual({ year: 2026, membersAtStart: 1800, admitted: 36, ratio: 0.02 });
    const [ward] = compute(world, t.ward.id, year(2026)).rates;
    expect(ward).toEqual({ year: 2026, membersAtStart: 200, admitted: 6, ratio: 0.03 });
  });

  it('has no rate without a count, one figure per calendar year of the period', () => {
    const rates = compute(world, t.province.id, { from: '2025-01-01', to: '2026-12-31' }).rates;
    expect(rates).toEqual([
      { year: 2025, membersAtStart: null, admitted: 1, ratio: null },
      { year: 2026, membersAtStart: 1200, admitted: 36, ratio: 0.03 },
    ]);
    const zero = [buildMemberCount({ unitId: block2.id, year: 2026, total: 0 })];
    const [empty] = compute({ ...world, memberCounts: zero }, block2.id, year(2026)).rates;
    expect(empty).toEqual({ year: 2026, membersAtStart: 0, admitted: 0, ratio: null });
  });

  it('counts in a part-year period only the admissions within it', () => {
    const [rate] = compute(world, t.province.id, { from: '2026-01-01', to: '2026-06-30' }).rates;
    expect(rate).toEqual({ year: 2026, membersAtStart: 1200, admitted: 30, ratio: 0.025 });
  });
});
