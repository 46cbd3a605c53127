// Benchmark of computeIndicators on a province-sized input: 250,000 people's worth of aggregates
// (1,000 cells under 50 upper units, 10 years of monthly rows), as loadIndicatorInput hands it over.
// Run: npx tsx scripts/bench-indicators.ts [--people 250000] [--runs 30]
// Performance is measured here, never in timed unit tests (a shared CI machine makes those flaky).
import { performance } from 'node:perf_hooks';
import {
  COLUMN,
  STAT_WIDTH,
  type AdmissionStatsRow,
  type StatPerson,
  type UnitStatsRow,
} from '../src/domain/admission-stats';
import type { MemberCount, Target, TrainingClass, Unit } from '../src/domain/entities';
import { computeIndicators, edgeRanges } from '../src/domain/indicators';
import type { IndicatorInput, Period } from '../src/domain/indicator-types';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const PEOPLE = argument('people', 250_000);
const RUNS = argument('runs', 30);
const UPPERS = 50;
const CELLS = 1_000;
const FIRST_YEAR = 2017;
const YEARS = 10;
const STAMP = '2026-01-01T00:00:00.000Z';

// A fixed LCG: the same input on every run, so timings compare.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function unit(n: number, parentId: string | null, kind: Unit['kind']): Unit {
  return {
    id: uuid(n),
    updatedAt: STAMP,
    code: `U${n}`,
    name: `Đơn vị ${n}`,
    kind,
    parentId,
    sector: null,
    openedOn: null,
    closedOn: null,
    successorId: null,
  };
}

function buildInput(period: Period): IndicatorInput {
  const province = unit(1, null, 'province');
  const uppers = Array.from({ length: UPPERS }, (_, i) => unit(100 + i, province.id, 'upper'));
  const cells = Array.from({ length: CELLS }, (_, i) =>
    unit(10_000 + i, (uppers[i % UPPERS] as Unit).id, 'cell'),
  );
  // A few closed cells merged into a neighbour, as after the 2025 reorganisation.
  for (let i = 0; i < CELLS; i += 40) {
    const cell = cells[i] as Unit;
    cell.closedOn = '2025-07-01';
    cell.successorId = (cells[i + 1] as Unit).id;
  }
  const units = [province, ...uppers, ...cells];

  const admissionStats: AdmissionStatsRow[] = [];
  const perRowYear = PEOPLE / (CELLS * YEARS);
  for (const cell of cells) {
    for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year += 1) {
      const counts = new Array<number>(12 * STAT_WIDTH).fill(0);
      for (let month = 0; month < 12; month += 1) {
        const admitted = Math.round((perRowYear / 12) * (0.5 + random()));
        const offset = month * STAT_WIDTH;
        counts[offset + COLUMN.admitted] = admitted;
        counts[offset + COLUMN.youthUnion] = Math.round(admitted * 0.63);
        counts[offset + COLUMN.female] = Math.round(admitted * 0.54);
        counts[offset + COLUMN.minority] = Math.round(admitted * 0.18);
        counts[offset + COLUMN.religious] = Math.round(admitted * 0.02);
        counts[offset + COLUMN.age18to30] = admitted;
        counts[offset + COLUMN.educationUpperSecondary] = admitted;
      }
      admissionStats.push({ unitId: cell.id, year, counts });
    }
  }

  const unitStats: UnitStatsRow[] = cells.map((cell) => {
    const dues: Record<string, number> = {};
    for (let i = 0; i < 20; i += 1) {
      const day = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
      dues[day] = (dues[day] ?? 0) + 1;
    }
    return {
      unitId: cell.id,
      stages: { source: 8, certified: 5, applied: 4, resolved: 2, decided: 1, probation: 25 },
      dues,
    };
  });

  const classes: TrainingClass[] = Array.from({ length: 6_000 }, (_, i) => {
    const year = FIRST_YEAR + (i % YEARS);
    return {
      id: uuid(1_000_000 + i),
      updatedAt: STAMP,
      unitId: (uppers[i % UPPERS] as Unit).id,
      kind: i % 3 === 0 ? 'new_member' : 'awareness',
      title: `Lớp ${i}`,
      startOn: `${year}-04-06`,
      endOn: `${year}-04-10`,
      attendeeCount: 60,
    };
  });

  const targets: Target[] = uppers.flatMap((upper, i) => [
    {
      id: uuid(2_000_000 + i),
      updatedAt: STAMP,
      unitId: upper.id,
      fromYear: 2020,
      toYear: 2025,
      admissions: 5_000,
      document: null,
    },
    {
      id: uuid(2_100_000 + i),
      updatedAt: STAMP,
      unitId: upper.id,
      fromYear: 2026,
      toYear: 2026,
      admissions: 500,
      document: null,
    },
  ]);
  const memberCounts: MemberCount[] = uppers.flatMap((upper, i) =>
    Array.from({ length: YEARS }, (_, y) => ({
      id: uuid(3_000_000 + i * YEARS + y),
      updatedAt: STAMP,
      unitId: upper.id,
      year: FIRST_YEAR + y,
      total: 12_000,
    })),
  );

  // The people the loader reads for the edge days of a period that does not follow month ends.
  const edgePeople: StatPerson[] = [];
  for (const range of edgeRanges(period)) {
    for (let i = 0; i < 300; i += 1) {
      edgePeople.push({
        unitId: (cells[i % CELLS] as Unit).id,
        gender: i % 2 ? 'female' : 'male',
        birthDate: '2000-01-01',
        ethnicity: 'Kinh',
        religion: null,
        youthUnion: true,
        occupation: 'farmer',
        workplaceSector: null,
        education: 'upper_secondary',
        placeId: null,
        milestones: {
          sourcedOn: null,
          awarenessCertOn: null,
          applicationOn: null,
          cellResolutionOn: null,
          decisionOn: null,
          admittedOn: range.from,
          officialOn: null,
          removedOn: null,
        },
      });
    }
  }

  return { units, admissionStats, unitStats, edgePeople, classes, targets, memberCounts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const cases: { name: string; period: Period; root: 'province' | 'upper' }[] = [
  {
    name: 'province, term 2020–2025',
    period: { from: '2020-01-01', to: '2025-12-31' },
    root: 'province',
  },
  {
    name: 'province, year 2026',
    period: { from: '2026-01-01', to: '2026-12-31' },
    root: 'province',
  },
  {
    name: 'province, 15/03/2024 – 20/09/2025',
    period: { from: '2024-03-15', to: '2025-09-20' },
    root: 'province',
  },
  {
    name: 'upper unit, term 2020–2025',
    period: { from: '2020-01-01', to: '2025-12-31' },
    root: 'upper',
  },
];

console.log(
  `computeIndicators: ${PEOPLE.toLocaleString('en')} people's worth of aggregates, ` +
    `${1 + UPPERS + CELLS} units, ${CELLS * YEARS} admission rows; median of ${RUNS} runs`,
);
for (const { name, period, root } of cases) {
  const input = buildInput(period);
  const rootUnitId = root === 'province' ? uuid(1) : uuid(100);
  const options = { rootUnitId, period, today: '2026-11-28' };
  // The first call of all runs cold (no JIT yet), as when the dashboard first opens.
  const coldStart = performance.now();
  let admitted = computeIndicators(input, options).admitted;
  const cold = performance.now() - coldStart;
  for (let i = 0; i < 5; i += 1) admitted = computeIndicators(input, options).admitted;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    computeIndicators(input, options);
    times.push(performance.now() - start);
  }
  console.log(
    `  ${name.padEnd(36)} median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms` +
      `, first call ${cold.toFixed(2)} ms (admitted ${admitted.toLocaleString('en')})`,
  );
}
