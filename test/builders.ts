// Test-data builders with overrides, shared by unit tests and e2e tests.
import type { ImportCounts } from '../src/db/schema';
import type { PlanToApply } from '../src/db/import-context';
import type { RecordType } from '../src/domain/code-lists';
import { NO_FIGURES } from '../src/domain/place-list-rows';
import type {
  MemberCount,
  Milestones,
  Person,
  Place,
  PlaceFigure,
  Target,
  TrainingClass,
  Unit,
} from '../src/domain/entities';

let counter = 0;

/** A deterministic UUID for tests: readable, unique within a run. */
export function testId(prefix = 0): string {
  counter += 1;
  const hex = (prefix * 1_000_000 + counter).toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

const STAMP = '2026-01-01T00:00:00.000Z';

export function buildUnit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: testId(),
    updatedAt: STAMP,
    code: `U${counter}`,
    name: `Chi bộ thôn ${counter}`,
    kind: 'cell',
    parentId: null,
    sector: null,
    openedOn: null,
    closedOn: null,
    successorId: null,
    ...overrides,
  };
}

export type PersonOverrides = Omit<Partial<Person>, 'milestones'> & {
  milestones?: Partial<Milestones>;
};

export function buildPerson(overrides: PersonOverrides = {}): Person {
  return {
    id: testId(),
    updatedAt: STAMP,
    unitId: overrides.unitId ?? testId(),
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '2000-05-10',
    ethnicity: 'Kinh',
    religion: null,
    youthUnion: true,
    occupation: 'farmer',
    workplaceSector: null,
    education: 'upper_secondary',
    nationalId: null,
    decisionNo: null,
    placeId: null,
    awarenessClassId: null,
    newMemberClassId: null,
    ...overrides,
    milestones: {
      sourcedOn: null,
      awarenessCertOn: null,
      applicationOn: null,
      cellResolutionOn: null,
      decisionOn: null,
      admittedOn: null,
      officialOn: null,
      removedOn: null,
      ...overrides.milestones,
    },
  };
}

export function buildClass(overrides: Partial<TrainingClass> = {}): TrainingClass {
  return {
    id: testId(),
    updatedAt: STAMP,
    unitId: overrides.unitId ?? testId(),
    kind: 'awareness',
    title: 'Lớp bồi dưỡng nhận thức về Đảng khóa 1',
    startOn: '2026-03-02',
    endOn: '2026-03-06',
    attendeeCount: 40,
    ...overrides,
  };
}

export function buildTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: testId(),
    updatedAt: STAMP,
    unitId: overrides.unitId ?? testId(),
    fromYear: 2023,
    toYear: 2025,
    admissions: 100,
    document: null,
    ...overrides,
  };
}

export function buildMemberCount(overrides: Partial<MemberCount> = {}): MemberCount {
  return {
    id: testId(),
    updatedAt: STAMP,
    unitId: overrides.unitId ?? testId(),
    year: 2026,
    total: 250,
    ...overrides,
  };
}

export function buildPlace(overrides: Partial<Place> = {}): Place {
  return {
    id: testId(),
    updatedAt: STAMP,
    unitId: overrides.unitId ?? testId(),
    kind: 'residential',
    name: `Thôn ${counter}`,
    code: null,
    enterpriseSector: null,
    openedOn: null,
    closedOn: null,
    successorId: null,
    ...overrides,
  };
}

export function buildPlaceFigure(overrides: Partial<PlaceFigure> = {}): PlaceFigure {
  return {
    id: testId(),
    updatedAt: STAMP,
    placeId: overrides.placeId ?? testId(),
    year: 2026,
    ...NO_FIGURES,
    ...overrides,
  };
}

/** An import plan's counts, all zero: for a plan whose counts the test does not look at. */
export function zeroImportCounts(): Record<RecordType, ImportCounts> {
  const zero = (): ImportCounts => ({
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    outOfScope: 0,
    deleted: 0,
  });
  return {
    unit: zero(),
    person: zero(),
    class: zero(),
    target: zero(),
    memberCount: zero(),
    place: zero(),
    placeFigure: zero(),
  };
}

export type ImportPlanOverrides = Omit<Partial<PlanToApply>, 'writes'> & {
  writes?: Partial<PlanToApply['writes']>;
};

let planCounter = 0;

/**
 * A plan as src/exchange/plan.ts would make it from a province's full file, for
 * applyImportPlan: nothing to write unless `writes` says, its own file name and export id.
 */
export function buildImportPlan(overrides: ImportPlanOverrides = {}): PlanToApply {
  planCounter += 1;
  const { writes, ...rest } = overrides;
  return {
    fileName: `f${planCounter}.ptdv.json`,
    exportId: `00000000-0000-4000-9000-${String(planCounter).padStart(12, '0')}`,
    exportedAt: '2026-11-20T02:00:00.000Z',
    source: { unitId: testId(), unitCode: 'TU', unitName: 'Tỉnh ủy', app: 'test' },
    scope: { type: 'full' },
    isProvinceFile: true,
    fileCounts: {},
    counts: zeroImportCounts(),
    warnings: [],
    deletes: [],
    ...rest,
    writes: {
      units: [],
      people: [],
      classes: [],
      targets: [],
      memberCounts: [],
      places: [],
      placeFigures: [],
      ...writes,
    },
  };
}
