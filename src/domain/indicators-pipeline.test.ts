// The figures of the people on the way: the funnel now, the forecast of a quota span, and the
// coverage of the direct children (no admission, behind their quota, overdue deadlines).
import { describe, expect, it } from 'vitest';
import { buildPerson, buildTarget, buildUnit, type PersonOverrides } from '../../test/builders';
import { elapsedShare, wholeMonthsUntil } from './indicator-calendar';
import { bareInput, compute, countsRow, smallProvince, year } from './indicator-test-world';
import { computeIndicators } from './indicators';

describe('funnel', () => {
  it('counts the people of the viewed subtree by stage now, whatever the period', () => {
    const t = smallProvince();
    const person = (unitId: string, milestones: PersonOverrides['milestones']) =>
      buildPerson({ unitId, milestones });
    const people = [
      person(t.village1.id, { sourcedOn: '2026-01-01' }),
      person(t.village1.id, { sourcedOn: '2026-01-01' }),
      person(t.village1.id, { awarenessCertOn: '2026-02-01' }),
      person(t.village2.id, { applicationOn: '2026-03-01' }),
      person(t.village2.id, { cellResolutionOn: '2026-04-01' }),
      person(t.village2.id, { decisionOn: '2026-05-01' }),
      person(t.village2.id, { admittedOn: '2026-06-01' }),
      person(t.village2.id, { admittedOn: '2024-06-01', officialOn: '2025-06-01' }),
      person(t.village2.id, { admittedOn: '2024-06-01', removedOn: '2025-01-01' }),
      person(t.block.id, { decisionOn: '2026-05-01' }),
    ];
    const world = { units: t.units, people };
    expect(compute(world, t.province.id, year(2020)).funnel).toEqual({
      source: 2,
      certified: 1,
      applied: 1,
      resolved: 1,
      decided: 2,
      probation: 1,
      official: 1,
      removed: 1,
    });
    expect(compute(world, t.commune.id, year(2026)).funnel.decided).toBe(1);
    const rows = compute(world, t.province.id, year(2026)).perUnit;
    expect(rows.map((row) => [row.unitId, row.candidates])).toEqual([
      [t.ward.id, 1],
      [t.commune.id, 6],
    ]);
  });
});

describe('forecast', () => {
  const t = smallProvince();

  it('projects the run rate over the whole months left, at least the decided people', () => {
    const input = bareInput(t.units, {
      targets: [
        buildTarget({ unitId: t.commune.id, fromYear: 2025, toYear: 2027, admissions: 200 }),
        buildTarget({ unitId: t.ward.id, fromYear: 2025, toYear: 2027, admissions: 50 }),
      ],
      admissionStats: [
        // Before the 12-month window: counts as admitted so far, not in the run rate.
        countsRow(t.village1.id, 2025, { 3: 40, 11: 6, 12: 6 }),
        countsRow(t.village1.id, 2026, {
          1: 6,
          2: 6,
          3: 6,
          4: 6,
          5: 6,
          6: 6,
          7: 6,
          8: 6,
          9: 6,
          10: 6,
          11: 3,
        }),
        countsRow(t.block.id, 2026, { 5: 2 }),
      ],
      unitStats: [
        { unitId: t.village2.id, stages: { decided: 4, resolved: 3, source: 20 }, dues: {} },
        { unitId: t.block.id, stages: { decided: 9, applied: 1 }, dues: {} },
      ],
    });
    const result = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2026),
      today: '2026-11-28',
    });
    // Window: 11/2025 … 10/2026, 12 months, 72 + 2 admissions. 13 whole months to 31/12/2027.
    const rootRate = 74 / 12;
    expect(result.forecast.root).toEqual({
      unitId: t.province.id,
      fromYear: 2025,
      toYear: 2027,
      quota: 250,
      admittedSoFar: 40 + 12 + 63 + 2,
      runRatePerMonth: rootRate,
      monthsLeft: 13,
      pipeline: 16,
      forecast: 117 + Math.round(rootRate * 13),
      shortfall: 250 - (117 + Math.round(rootRate * 13)),
    });
    const [ward, commune] = result.forecast.children;
    expect(commune).toMatchObject({
      unitId: t.commune.id,
      admittedSoFar: 115,
      runRatePerMonth: 6,
      pipeline: 7,
      forecast: 115 + 78,
      shortfall: 7,
    });
    // The ward's run rate (2 / 12 × 13 ≈ 2) is below its 9 decided people: they count instead.
    expect(ward).toMatchObject({ admittedSoFar: 2, forecast: 11, pipeline: 9, shortfall: 39 });
  });

  it('uses the span so far when it began less than a year ago, and caps the last year by the pipeline', () => {
    const input = bareInput(t.units, {
      targets: [
        buildTarget({ unitId: t.commune.id, fromYear: 2026, toYear: 2026, admissions: 30 }),
      ],
      admissionStats: [
        countsRow(t.village1.id, 2026, { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 1 }),
      ],
      unitStats: [{ unitId: t.village1.id, stages: { decided: 3, resolved: 2 }, dues: {} }],
    });
    const result = computeIndicators(input, {
      rootUnitId: t.commune.id,
      period: year(2026),
      today: '2026-08-15',
    });
    // Window 01–07/2026: 14 in 7 months. 4 whole months left (15/08 → 15/12). 2 × 4 = 8, but only
    // 5 people are on the way.
    expect(result.forecast.root).toMatchObject({
      admittedSoFar: 15,
      runRatePerMonth: 2,
      monthsLeft: 4,
      pipeline: 5,
      forecast: 20,
      shortfall: 10,
    });
  });

  it('has no forecast without a quota span running today', () => {
    const input = bareInput(t.units, {
      targets: [buildTarget({ unitId: t.commune.id, fromYear: 2023, toYear: 2025 })],
    });
    const result = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2026),
      today: '2026-11-28',
    });
    expect(result.forecast).toEqual({ root: null, children: [] });
  });

  it('counts whole months and the elapsed share of a span', () => {
    expect(wholeMonthsUntil('2026-11-28', '2026-12-31')).toBe(1);
    expect(wholeMonthsUntil('2026-10-31', '2026-12-31')).toBe(2);
    expect(wholeMonthsUntil('2026-12-31', '2026-12-31')).toBe(0);
    expect(wholeMonthsUntil('2027-01-01', '2026-12-31')).toBe(0);
    expect(wholeMonthsUntil('2026-01-01', '2026-12-31')).toBe(11);
    expect(elapsedShare({ fromYear: 2026, toYear: 2026 }, '2026-07-02')).toBe(183 / 365);
    expect(elapsedShare({ fromYear: 2026, toYear: 2026 }, '2025-12-31')).toBe(0);
    expect(elapsedShare({ fromYear: 2023, toYear: 2025 }, '2026-11-28')).toBe(1);
  });
});

describe('coverage', () => {
  const t = smallProvince();
  const company = buildUnit({
    name: 'Đảng bộ Công ty Sông Hồng',
    kind: 'upper',
    parentId: t.province.id,
  });
  const dissolved = buildUnit({
    name: 'Đảng bộ Nông trường',
    kind: 'upper',
    parentId: t.province.id,
    closedOn: '2024-01-01',
  });
  const newcomer = buildUnit({
    name: 'Đảng bộ Khu công nghiệp',
    kind: 'upper',
    parentId: t.province.id,
    openedOn: '2027-01-01',
  });
  const units = [...t.units, company, dissolved, newcomer];
  const span = { fromYear: 2026, toYear: 2026 };
  const input = bareInput(units, {
    targets: [
      buildTarget({ unitId: t.commune.id, ...span, admissions: 10 }),
      buildTarget({ unitId: t.ward.id, ...span, admissions: 10 }),
      buildTarget({ unitId: company.id, ...span, admissions: 0 }),
    ],
    admissionStats: [
      countsRow(t.village1.id, 2026, { 3: 8 }),
      countsRow(company.id, 2026, { 2: 1 }),
    ],
    unitStats: [
      {
        unitId: t.village1.id,
        stages: {},
        dues: { '2026-06-30': 2, '2026-07-01': 1, '2026-08-01': 4 },
      },
      { unitId: t.block.id, stages: {}, dues: { '2026-01-01': 3 } },
      { unitId: t.province.id, stages: {}, dues: { '2026-01-01': 1 } },
    ],
  });
  const result = computeIndicators(input, {
    rootUnitId: t.province.id,
    period: year(2026),
    today: '2026-07-01',
  });

  it('names the direct children open in the period without an admission', () => {
    expect(result.coverage.withoutAdmission).toEqual([t.ward.id]);
    // The dissolved unit, gone before the period, and the one opened after it have nothing to
    // show and are no rows; the others come by name.
    expect(result.perUnit.map((row) => row.unitId)).toEqual([company.id, t.ward.id, t.commune.id]);
  });

  it('flags the children behind their quota pro rata to the time elapsed', () => {
    // By 01/07/2026, 182 of 365 days: expected 0.8 × 182/365 ≈ 0.399. The commune (0.8) is on
    // track; the ward (0) is not; the company's quota of 0 expects nothing.
    expect(result.coverage.belowShare).toEqual([
      { unitId: t.ward.id, ratio: 0, expected: expect.closeTo(0.8 * (182 / 365), 12) },
    ]);
    const strict = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2026),
      today: '2026-12-31',
      belowShare: 1,
    });
    expect(strict.coverage.belowShare.map((row) => [row.unitId, row.ratio])).toEqual([
      [t.ward.id, 0],
      [t.commune.id, 0.8],
    ]);
  });

  it('counts overdue deadlines per child (due before today), highest first', () => {
    expect(result.coverage.overdue).toEqual([
      { unitId: t.ward.id, count: 3 },
      { unitId: t.commune.id, count: 2 },
    ]);
    expect(result.coverage.overdueTotal).toBe(6);
    expect(result.perUnit.find((row) => row.unitId === t.commune.id)?.overdue).toBe(2);
  });
});
