import { beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '@/domain/entities';
import { computeIndicators, computeIndicatorsFrom } from '@/domain/indicators';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildPlace,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import { aggregateRowsOf } from './aggregates';
import {
  ensureAggregates,
  loadIndicatorInput,
  preloadDashboardStore,
  readDashboardPlaces,
  readDashboardStore,
  readEdgePeople,
  takeDashboardCore,
  yearsNeeded,
  type DashboardCore,
} from './dashboard-repo';
import { deletePerson, savePerson, toRow } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

async function aggregatesMatchPeople(): Promise<boolean> {
  const expected = aggregateRowsOf(await db().people.toArray());
  const stored = await db().admissionStats.toArray();
  const key = (row: { unitId: string; counts: ArrayLike<number> }) =>
    `${row.unitId}|${Array.from(row.counts).join(',')}`;
  const units = await db().unitStats.toArray();
  return (
    JSON.stringify(stored.map(key).sort()) ===
      JSON.stringify(expected.admissionStats.map(key).sort()) &&
    JSON.stringify(units.map((row) => JSON.stringify(row)).sort()) ===
      JSON.stringify(expected.unitStats.map((row) => JSON.stringify(row)).sort())
  );
}

describe('ensureAggregates', () => {
  it('does nothing when the aggregates hold every person', async () => {
    const unit = buildUnit();
    await savePerson(buildPerson({ unitId: unit.id, milestones: { admittedOn: '2025-05-19' } }));
    await savePerson(buildPerson({ unitId: unit.id }));
    let calls = 0;
    expect(await ensureAggregates(() => (calls += 1), { force: true })).toEqual({ rebuilt: false });
    expect(calls).toBe(0);
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: false });
  });

  it('rebuilds after people were written or deleted around the repositories', async () => {
    const unit = buildUnit();
    await savePerson(buildPerson({ unitId: unit.id, milestones: { admittedOn: '2025-05-19' } }));
    // A test's seed or a restored backup writes rows straight into the table.
    const raw = Array.from({ length: 30 }, (_, i) =>
      toRow(
        buildPerson({
          unitId: unit.id,
          milestones: i % 3 ? { admittedOn: `2024-0${1 + (i % 9)}-10` } : {},
        }),
      ),
    );
    await db().people.bulkPut(raw);
    expect(await aggregatesMatchPeople()).toBe(false);
    const progress: [number, number][] = [];
    expect(
      await ensureAggregates((done, total) => progress.push([done, total]), { force: true }),
    ).toEqual({
      rebuilt: true,
    });
    expect(progress.at(-1)).toEqual([31, 31]);
    expect(await aggregatesMatchPeople()).toBe(true);
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: false });

    await db().people.bulkDelete(raw.slice(0, 5).map((row) => row.id));
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: true });
    expect(await aggregatesMatchPeople()).toBe(true);
  });

  it('checks once per page load unless forced: every write of the app keeps them current', async () => {
    const unit = buildUnit();
    await ensureAggregates(undefined, { force: true });
    await db().people.put(toRow(buildPerson({ unitId: unit.id })));
    expect(await ensureAggregates()).toEqual({ rebuilt: false });
    expect(await aggregatesMatchPeople()).toBe(false);
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: true });
  });
});

describe('yearsNeeded', () => {
  it('spans the period, the quota spans that overlap it or hold today, and the run rate', () => {
    const period = { from: '2024-03-15', to: '2024-08-10' };
    expect(yearsNeeded(period, [], '2024-09-01')).toEqual({ fromYear: 2023, toYear: 2024 });
    expect(yearsNeeded(period, [], '2026-11-28')).toEqual({ fromYear: 2024, toYear: 2026 });
    expect(
      yearsNeeded(
        period,
        [
          { fromYear: 2020, toYear: 2025 },
          // Neither overlaps the period nor holds today: not read.
          { fromYear: 2030, toYear: 2030 },
          { fromYear: 2026, toYear: 2027 },
        ],
        '2026-11-28',
      ),
    ).toEqual({ fromYear: 2020, toYear: 2027 });
  });
});

describe('loadIndicatorInput', () => {
  const root = buildUnit({ kind: 'province', code: 'TU', name: 'Tỉnh ủy' });
  const a = buildUnit({ kind: 'upper', parentId: root.id, code: 'A', name: 'Đảng bộ xã An Bình' });
  const b = buildUnit({ kind: 'upper', parentId: root.id, code: 'B', name: 'Đảng bộ xã Hòa Lạc' });
  const cell = buildUnit({
    kind: 'cell',
    parentId: a.id,
    code: 'A1',
    name: 'Chi bộ thôn Đồng Tâm',
  });
  // A former unit closed and merged into the cell: its figures count under A today.
  const closed = buildUnit({
    kind: 'cell',
    parentId: root.id,
    code: 'C',
    name: 'Chi bộ cũ',
    closedOn: '2025-06-30',
    successorId: cell.id,
  });

  const admitted = (unitId: string, admittedOn: string, overrides: Partial<Person> = {}) =>
    buildPerson({ unitId, ...overrides, milestones: { decisionOn: admittedOn, admittedOn } });

  async function seedProvince() {
    await db().units.bulkPut([root, a, b, cell, closed]);
    const people = [
      admitted(cell.id, '2019-05-19'),
      admitted(cell.id, '2021-02-03'),
      admitted(cell.id, '2023-09-02'),
      admitted(closed.id, '2024-03-10', { gender: 'female' }),
      admitted(cell.id, '2024-03-20'),
      admitted(cell.id, '2024-08-10'),
      admitted(cell.id, '2024-08-11'),
      admitted(b.id, '2024-08-20'),
      admitted(b.id, '2024-05-19'),
      admitted(cell.id, '2026-02-03'),
      buildPerson({ unitId: cell.id, milestones: { cellResolutionOn: '2026-10-01' } }),
    ];
    for (const person of people) await savePerson(person);
    await db().classes.bulkPut([
      buildClass({ unitId: a.id, startOn: '2024-04-01', endOn: '2024-04-05' }),
      buildClass({ unitId: b.id, startOn: '2024-06-01', endOn: '2024-06-05' }),
      buildClass({ unitId: a.id, startOn: '2024-03-01', endOn: '2024-03-20' }),
      buildClass({ unitId: a.id, startOn: '2025-04-01', endOn: '2025-04-05' }),
    ]);
    await db().targets.bulkPut([
      buildTarget({ unitId: a.id, fromYear: 2023, toYear: 2025, admissions: 10 }),
      buildTarget({ unitId: b.id, fromYear: 2026, toYear: 2026, admissions: 3 }),
      buildTarget({ unitId: a.id, fromYear: 2019, toYear: 2019, admissions: 3 }),
    ]);
    await db().memberCounts.bulkPut([
      buildMemberCount({ unitId: a.id, year: 2019, total: 100 }),
      buildMemberCount({ unitId: a.id, year: 2024, total: 120 }),
      buildMemberCount({ unitId: b.id, year: 2024, total: 80 }),
    ]);
  }

  const period = { from: '2024-03-15', to: '2024-08-10' };
  const today = '2026-11-28';

  it('reads only the years a view needs, the edge people of a non-aligned period, and the scope', async () => {
    await seedProvince();
    const input = await loadIndicatorInput(period, a.id, today);
    // Period 2024, A's 2023–2025 quota span, the run rate's 2025–2026; B's 2026 quota is not
    // A's, and 2019 and 2021 are needed by nothing.
    expect(new Set(input.admissionStats.map((row) => row.year))).toEqual(
      new Set([2023, 2024, 2026]),
    );
    expect(new Set(input.admissionStats.map((row) => row.unitId))).toEqual(
      new Set([cell.id, closed.id]),
    );
    expect(input.admissionStats.every((row) => row.counts.length === 12 * 23)).toBe(true);
    // Admitted in March and August 2024 but outside the period, within A's scope.
    expect(input.edgePeople.map((person) => person.milestones.admittedOn).sort()).toEqual([
      '2024-03-10',
      '2024-08-11',
    ]);
    expect(input.classes.map((klass) => klass.startOn)).toEqual(['2024-04-01']);
    expect(input.targets.map((target) => `${target.fromYear}-${target.toYear}`).sort()).toEqual([
      '2019-2019',
      '2023-2025',
    ]);
    expect(input.memberCounts.map((count) => count.year)).toEqual([2024]);
    expect(new Set(input.unitStats.map((row) => row.unitId))).toEqual(
      new Set([cell.id, closed.id]),
    );
    expect(input.units).toHaveLength(5);

    const figures = computeIndicators(input, { rootUnitId: a.id, period, today });
    expect(figures.admitted).toBe(2);
  });

  it('reads every unit without a root, and the period’s figures match the people', async () => {
    await seedProvince();
    const input = await loadIndicatorInput(period, undefined, today);
    expect(input.edgePeople.map((person) => person.milestones.admittedOn).sort()).toEqual([
      '2024-03-10',
      '2024-08-11',
      '2024-08-20',
    ]);
    expect(input.classes).toHaveLength(2);
    const figures = computeIndicators(input, { rootUnitId: root.id, period, today });
    // 2024-03-20, 2024-08-10 (A) and 2024-05-19 (B).
    expect(figures.admitted).toBe(3);
  });

  it('reads nothing but empty lists from an empty store', async () => {
    const input = await loadIndicatorInput(
      { from: '2026-01-01', to: '2026-12-31' },
      undefined,
      today,
    );
    expect(input).toEqual({
      units: [],
      admissionStats: [],
      unitStats: [],
      edgePeople: [],
      classes: [],
      targets: [],
      memberCounts: [],
      places: [],
      placeFigures: [],
      placeStats: [],
    });
  });

  it('follows deletes: a person deleted leaves the figures', async () => {
    await seedProvince();
    const extra = admitted(cell.id, '2024-06-01');
    await savePerson(extra);
    let figures = computeIndicators(await loadIndicatorInput(period, a.id, today), {
      rootUnitId: a.id,
      period,
      today,
    });
    expect(figures.admitted).toBe(3);
    await deletePerson(extra.id);
    figures = computeIndicators(await loadIndicatorInput(period, a.id, today), {
      rootUnitId: a.id,
      period,
      today,
    });
    expect(figures.admitted).toBe(2);
  });
});

describe('the dashboard store, read once per page load', () => {
  const unit = buildUnit();
  const admitted = (day: string) =>
    buildPerson({ unitId: unit.id, milestones: { decisionOn: day, admittedOn: day } });
  const period = { from: '2025-01-01', to: '2025-12-31' };
  const today = '2026-11-28';
  const figuresOf = (store: DashboardCore) =>
    computeIndicatorsFrom({ ...store, units: [unit] }, [], { rootUnitId: unit.id, period, today });

  it('holds every shard, class, quota and member count, and gives the figures of the rows', async () => {
    await db().units.put(unit);
    for (const day of ['2025-02-03', '2025-07-19', '2024-05-01']) await savePerson(admitted(day));
    await db().classes.bulkPut([
      buildClass({ unitId: unit.id, startOn: '2025-04-01', endOn: '2025-04-05' }),
    ]);
    await db().targets.put(
      buildTarget({ unitId: unit.id, fromYear: 2025, toYear: 2025, admissions: 4 }),
    );
    await db().memberCounts.put(buildMemberCount({ unitId: unit.id, year: 2025, total: 50 }));
    const store = await readDashboardStore();
    expect(store.admissions).toHaveLength(1);
    expect(store.classes).toHaveLength(1);
    expect(store.targets).toHaveLength(1);
    expect(store.memberCounts).toHaveLength(1);
    const figures = figuresOf(store);
    expect(figures.admitted).toBe(2);
    expect(figures.training.awarenessClasses).toBe(1);
    expect(figures.quotas.root[0]?.ratio).toBe(0.5);
    expect(figures).toEqual(
      computeIndicators(await loadIndicatorInput(period, unit.id, today), {
        rootUnitId: unit.id,
        period,
        today,
      }),
    );
  });

  it('hands out the read started early, unless something was written since', async () => {
    await db().units.put(unit);
    await savePerson(admitted('2025-02-03'));
    preloadDashboardStore();
    expect(figuresOf(await takeDashboardCore()).admitted).toBe(1);

    // Started early, then a write: the store is read again, with the new person.
    preloadDashboardStore();
    await savePerson(admitted('2025-03-04'));
    expect(figuresOf(await takeDashboardCore()).admitted).toBe(2);
    // Nothing preloaded: a read of its own.
    expect(figuresOf(await takeDashboardCore()).admitted).toBe(2);

    // The places come in a read of their own; the report reads both.
    await db().places.put(buildPlace({ unitId: unit.id }));
    expect((await readDashboardPlaces()).places).toHaveLength(1);
    expect((await readDashboardStore()).places).toHaveLength(1);
  });

  it('reads the people admitted in the edge days of a period, and none for whole months', async () => {
    await db().units.put(unit);
    for (const day of ['2025-03-01', '2025-03-14', '2025-03-15', '2025-08-31']) {
      await savePerson(admitted(day));
    }
    const edges = await readEdgePeople({ from: '2025-03-15', to: '2025-08-10' });
    expect(edges.map((person) => person.milestones.admittedOn).sort()).toEqual([
      '2025-03-01',
      '2025-03-14',
      '2025-08-31',
    ]);
    expect(await readEdgePeople({ from: '2025-03-01', to: '2025-08-31' })).toEqual([]);
  });
});
