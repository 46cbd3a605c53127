// Times the pure parts of the dashboard on a province-sized store: generating a province of a
// quarter of a million people, building the aggregate records from them (the same functions the
// db layer runs on every write and on a rebuild), and computing the indicators of typical views
// from the whole store held in memory, as the dashboard does (computeIndicatorsFrom): the first
// view of a page load (which also readies the packed blocks), then any other view. For
// comparison, the naive way in memory: every person looked at for the view's admissions.
// It prints JSON figures; it is a measurement, not a test.
//   npx tsx --tsconfig tsconfig.app.json scripts/bench-dashboard.ts [--people 250000 --runs 5]
// Reading the records from IndexedDB is left out: fake-indexeddb in Node says nothing of a
// browser (the browser benchmarks, and e2e/dashboard.spec.ts, measure the whole way).
import { parseArgs } from 'node:util';
import { generateProvince } from '../src/demo/generate-province';
import { isIsoDate, localIsoDate } from '../src/domain/dates';
import type { IndicatorData, Period } from '../src/domain/indicator-types';
import { computeIndicatorsFrom, edgeRanges, scopeUnitIds } from '../src/domain/indicators';
import { aggregateRowsOf } from '../src/db/aggregates';
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

/** What the dashboard holds in memory for a page load: the store's records as read. */
function storeData(): IndicatorData {
  // Fresh block objects: the first computation readies them, as after a read.
  return {
    units: [...province.units],
    admissions: aggregates.value.admissionStats.map((record) => ({ ...record })),
    unitStats: aggregates.value.unitStats,
    classes: province.classes,
    targets: province.targets,
    memberCounts: province.memberCounts,
  };
}

/** The people admitted in the edge days of a period (the dashboard reads them by index). */
function edgePeopleOf(period: Period) {
  const edges = edgeRanges(period);
  return province.people.filter((person) => {
    const day = person.milestones.admittedOn;
    return day !== null && edges.some((range) => day >= range.from && day <= range.to);
  });
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
  const edgePeople = edgePeopleOf(view.period);
  const options = { rootUnitId: view.rootUnitId, period: view.period, today };
  const firsts: number[] = [];
  const timings: number[] = [];
  let admitted = 0;
  for (let run = 0; run < runs; run += 1) {
    const data = storeData();
    firsts.push(time(() => computeIndicatorsFrom(data, edgePeople, options)).ms);
    const computed = time(() => computeIndicatorsFrom(data, edgePeople, options));
    timings.push(computed.ms);
    admitted = computed.value.admitted;
  }
  const scope = scopeUnitIds(province.units, view.rootUnitId);
  const naive = time(() => {
    let count = 0;
    for (const person of province.people) {
      const day = person.milestones.admittedOn;
      if (day === null || !scope.has(person.unitId)) continue;
      if (day >= view.period.from && day <= view.period.to) count += 1;
    }
    return count;
  });
  return {
    view: view.name,
    edgePeople: edgePeople.length,
    admitted,
    naiveCountAdmitted: naive.value,
    firstViewMs: { median: round(median(firsts)), min: round(Math.min(...firsts)) },
    otherViewMs: { median: round(median(timings)), min: round(Math.min(...timings)) },
    naiveCountInMemoryMs: round(naive.ms),
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
      aggregateRecords: {
        admissionStats: aggregates.value.admissionStats.length,
        unitStats: aggregates.value.unitStats.length,
        admissionPairs: aggregates.value.admissionStats.reduce(
          (sum, record) => sum + record.counts.length / 2,
          0,
        ),
      },
      views: results,
    },
    null,
    2,
  ),
);
