// Times the pure parts of the dashboard on a province-sized store: generating a province of a
// quarter of a million people, building the aggregate rows from them (the same functions the db
// layer runs on every write and on a rebuild), and computing the indicators of typical views from
// the rows a view reads. It prints JSON figures; it is a measurement, not a test.
//   npm run bench:dashboard [-- --people 250000 --runs 5 --today 2026-11-28]
// Reading the rows from IndexedDB is left out: fake-indexeddb in Node says nothing of a browser.
import { parseArgs } from 'node:util';
import { generateProvince } from '../src/domain/demo-province';
import { isIsoDate, localIsoDate } from '../src/domain/dates';
import type { IndicatorInput, Period } from '../src/domain/indicator-types';
import { computeIndicators, edgeRanges, scopeUnitIds } from '../src/domain/indicators';
import { admissionRowsOf, aggregateRowsOf } from '../src/db/aggregates';
import { yearsNeeded } from '../src/db/dashboard-repo';
import { toRow } from '../src/db/people-repo';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '250000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '2025' },
    today: { type: 'string' },
  },
});
const peopleCount = Number(values.people);
const runs = Math.max(1, Number(values.runs));
const today = values.today ?? localIsoDate();
if (!isIsoDate(today)) throw new Error(`--today: not a date YYYY-MM-DD: ${today}`);

function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

const generated = time(() =>
  generateProvince({ seed: Number(values.seed), people: peopleCount, today }),
);
const province = generated.value;
const rows = time(() => province.people.map(toRow));
const aggregates = time(() => aggregateRowsOf(rows.value));
const root = province.units.find((unit) => unit.parentId === null);
if (!root) throw new Error('the generated province has no root');
const upper = province.units.find((unit) => unit.kind === 'upper' && !unit.closedOn);
if (!upper) throw new Error('the generated province has no open upper unit');

/** What loadIndicatorInput would read for a view, selected from memory the same way. */
function inputFor(period: Period, rootUnitId: string): IndicatorInput {
  const scope = scopeUnitIds(province.units, rootUnitId);
  const targets = province.targets.filter((target) => scope.has(target.unitId));
  const { fromYear, toYear } = yearsNeeded(period, targets, today);
  const edges = edgeRanges(period);
  return {
    units: province.units,
    admissionStats: aggregates.value.admissionStats
      .filter((row) => scope.has(row.unitId))
      .flatMap((row) => admissionRowsOf(row, fromYear, toYear)),
    unitStats: aggregates.value.unitStats.filter((row) => scope.has(row.unitId)),
    edgePeople: province.people.filter((person) => {
      const day = person.milestones.admittedOn;
      return (
        day !== null &&
        scope.has(person.unitId) &&
        edges.some((range) => day >= range.from && day <= range.to)
      );
    }),
    classes: province.classes.filter(
      (klass) =>
        klass.startOn >= period.from && klass.startOn <= period.to && scope.has(klass.unitId),
    ),
    targets,
    memberCounts: province.memberCounts.filter(
      (count) => count.year >= fromYear && count.year <= toYear && scope.has(count.unitId),
    ),
  };
}

const year = Number(today.slice(0, 4));
const views: { name: string; rootUnitId: string; period: Period }[] = [
  {
    name: 'province, this year',
    rootUnitId: root.id,
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
  },
  {
    name: 'province, term 2020–2025',
    rootUnitId: root.id,
    period: { from: '2020-01-01', to: '2025-12-31' },
  },
  {
    name: 'province, 15/03–10/08 last year (edge days)',
    rootUnitId: root.id,
    period: { from: `${year - 1}-03-15`, to: `${year - 1}-08-10` },
  },
  {
    name: 'one upper unit, term 2020–2025',
    rootUnitId: upper.id,
    period: { from: '2020-01-01', to: '2025-12-31' },
  },
];

const results = views.map((view) => {
  const input = time(() => inputFor(view.period, view.rootUnitId));
  const timings: number[] = [];
  let admitted = 0;
  for (let run = 0; run < runs; run += 1) {
    const computed = time(() =>
      computeIndicators(input.value, { rootUnitId: view.rootUnitId, period: view.period, today }),
    );
    timings.push(computed.ms);
    admitted = computed.value.admitted;
  }
  return {
    view: view.name,
    admissionRows: input.value.admissionStats.length,
    edgePeople: input.value.edgePeople.length,
    admitted,
    selectMs: round(input.ms),
    computeIndicatorsMs: { first: round(timings[0] ?? 0), median: round(median(timings)) },
  };
});

console.log(
  JSON.stringify(
    {
      node: process.version,
      today,
      people: province.people.length,
      units: province.units.length,
      classes: province.classes.length,
      generateProvinceMs: round(generated.ms),
      toRowMs: round(rows.ms),
      aggregateRowsMs: round(aggregates.ms),
      aggregateRows: {
        admissionStats: aggregates.value.admissionStats.length,
        unitStats: aggregates.value.unitStats.length,
      },
      views: results,
    },
    null,
    2,
  ),
);
