// Every schema version ever shipped, upgraded to the current one with data in it. A database
// written by version N (declared below exactly as shipped, with a record in every table that
// version had) is closed, opened by today's PtdvDatabase, and must hold every record unchanged;
// after the check the app runs first (ensureAggregates), the dashboard's aggregates must match
// the people.
//
// Adding version N+1 to schema.ts: copy its stores here as SHIPPED[N+1] (frozen from then on),
// add the data of its new tables to `datasetUpTo`, and the loop tests N → N+1 for every older N.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildPlace,
  buildPlaceFigure,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import {
  STAT_WIDTH,
  admissionCell,
  admissionVector,
  unitContribution,
} from '@/domain/admission-stats';
import { admissionRowsOf, aggregateRowsOf, aggregateTables, unitStatsRowsOf } from './aggregates';
import type { StoredAdmissionStats, StoredUnitStats } from './rows';
import { attendeeIds, listClasses } from './classes-repo';
import { ensureAggregates } from './dashboard-repo';
import { toRow } from './people-repo';
import {
  DB_NAME,
  PtdvDatabase,
  db,
  resetDatabase,
  type ExportLogEntry,
  type ImportLogEntry,
  type SettingRow,
  type UnitEvent,
} from './schema';
import type { Place } from '@/domain/entities';
import type { PersonRow } from './rows';
import { getInstallation } from './settings-repo';
import { listMemberCounts, listTargets } from './targets-repo';
import { listUnits } from './units-repo';

/** The stores each version declared, as shipped. Never edit a version once it has shipped. */
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    units: 'id, code, parentId, updatedAt',
    people:
      'id, unitId, stage, milestones.admittedOn, [unitId+milestones.admittedOn], [unitId+stage], awarenessClassId, newMemberClassId, updatedAt',
    classes: 'id, unitId, kind, startOn, [unitId+startOn], updatedAt',
    targets: 'id, unitId, fromYear, updatedAt',
    memberCounts: 'id, [unitId+year], year, updatedAt',
    tombstones: '[type+id], deletedAt',
    unitEvents: 'id, unitId, at',
    settings: 'key',
  },
  2: { admissionStats: 'unitId', unitStats: 'unitId' },
  3: { importLog: 'exportId, importedAt, sourceUnitId', exportLog: 'exportId, exportedAt' },
  // No new store: the aggregates' records packed in shards (aggregates.ts).
  4: {},
  // No new store: two people indexes no query reads any more dropped (fewer writes per person).
  5: {
    people:
      'id, unitId, stage, milestones.admittedOn, awarenessClassId, newMemberClassId, updatedAt',
  },
  // Places and their yearly figures (exchange format 2026-12), the people of each place.
  6: {
    places: 'id, unitId, kind, updatedAt',
    placeFigures: 'id, placeId, [placeId+year], year, updatedAt',
    placeStats: 'unitId',
  },
  // What the data checks find (/quality), kept like the other aggregates; every aggregate emptied.
  7: { qualityStats: 'unitId' },
  // The people list's aggregate, per unit (the duplicate keys moved there); every one emptied.
  8: { peopleList: 'unitId' },
  // The home page's and the classes list's aggregate; every aggregate emptied.
  9: { homeStats: 'key' },
  // The duplicate keys per unit; each unit's people list record in the list's order; the home
  // aggregate's deadlines by year and unit shard; the people's stage index dropped; every
  // aggregate emptied.
  10: {
    peopleKeys: 'unitId',
    people: 'id, unitId, milestones.admittedOn, awarenessClassId, newMemberClassId, updatedAt',
  },
};

/**
 * Tables a version's upgrade empties for a rebuild (schema.ts markAggregatesForRebuild):
 * compared by their figures, after the app's first check has rebuilt them.
 */
const REWRITTEN_BY: Record<string, number> = Object.fromEntries(
  'admissionStats unitStats placeStats qualityStats peopleList homeStats peopleKeys'
    .split(' ')
    .map((t) => [t, 10]),
);

const VERSIONS = Object.keys(SHIPPED)
  .map(Number)
  .sort((a, b) => a - b);
const LATEST_FIXTURE = VERSIONS[VERSIONS.length - 1] ?? 0;

/** A Dexie database that knows versions 1…`version` only, as the app of that version did. */
function shippedDatabase(version: number, name = DB_NAME): Dexie {
  const old = new Dexie(name);
  for (const v of VERSIONS.filter((item) => item <= version)) {
    old.version(v).stores(SHIPPED[v] ?? {});
  }
  return old;
}

type Dataset = Record<string, unknown[]>;

/**
 * The aggregates as versions 2 and 3 stored them, frozen here (written from the domain's
 * figures of each person, not by today's aggregates code): one admissions record per unit, its
 * non-zero cells as sorted pairs [cell, count, …] with cell = year × 12 × STAT_WIDTH +
 * (month − 1) × STAT_WIDTH + column; one record per unit of people by stage and due dates.
 */
function perUnitAggregates(people: readonly PersonRow[]): {
  admissionStats: { unitId: string; counts: Int32Array }[];
  unitStats: { unitId: string; stages: Record<string, number>; dues: Record<string, number> }[];
} {
  const cells = new Map<string, Map<number, number>>();
  const units = new Map<string, { stages: Record<string, number>; dues: Record<string, number> }>();
  for (const person of people) {
    const cell = admissionCell(person);
    const vector = cell && admissionVector(person);
    if (cell && vector) {
      const unitCells = cells.get(cell.unitId) ?? new Map<number, number>();
      cells.set(cell.unitId, unitCells);
      const base = cell.year * 12 * STAT_WIDTH + (cell.month - 1) * STAT_WIDTH;
      vector.forEach((value, column) => {
        if (value !== 0) unitCells.set(base + column, (unitCells.get(base + column) ?? 0) + value);
      });
    }
    const { stage, dues } = unitContribution(person);
    const unit = units.get(person.unitId) ?? { stages: {}, dues: {} };
    units.set(person.unitId, unit);
    unit.stages[stage] = (unit.stages[stage] ?? 0) + 1;
    for (const due of dues) unit.dues[due] = (unit.dues[due] ?? 0) + 1;
  }
  return {
    admissionStats: [...cells].map(([unitId, unitCells]) => ({
      unitId,
      counts: Int32Array.from(
        [...unitCells].sort(([a], [b]) => a - b).flatMap(([index, count]) => [index, count]),
      ),
    })),
    unitStats: [...units].map(([unitId, entry]) => ({ unitId, ...entry })),
  };
}

/** Version 6's tables: a hamlet, its figures of a year, the people of each place. */
function placesData(hamlet: Place, people: readonly PersonRow[]): Dataset {
  const figure = buildPlaceFigure({
    placeId: hamlet.id,
    year: 2026,
    households: 120,
    partyMembers: 1,
    partyOrganisation: 'shared',
  });
  return {
    places: [hamlet],
    placeFigures: [figure],
    placeStats: aggregateRowsOf(people).placeStats,
  };
}

/** A record in every table version `version` had, people at every stage in two units. */
function datasetUpTo(version: number): Dataset {
  const province = buildUnit({
    kind: 'grassroots_committee',
    code: 'TL',
    name: 'Đảng bộ xã Tân Lập',
  });
  const east = buildUnit({ parentId: province.id, code: 'TL-D', name: 'Chi bộ thôn Đông' });
  const west = buildUnit({ parentId: province.id, code: 'TL-T', name: 'Chi bộ thôn Tây' });
  const awareness = buildClass({ unitId: east.id, attendeeCount: 30 });
  const hamlet = buildPlace({ unitId: province.id, name: 'Thôn Đông' });
  // Before version 6 a person had no place (the field did not exist).
  const place = version >= 6 ? { placeId: hamlet.id } : {};
  const people: PersonRow[] = [
    buildPerson({ unitId: east.id, fullName: 'Nguyễn Thị Hoa', gender: 'female', ...place }),
    buildPerson({
      unitId: east.id,
      fullName: 'Lò Văn Páo',
      ethnicity: 'Thái',
      awarenessClassId: awareness.id,
      milestones: { sourcedOn: '2024-01-10', awarenessCertOn: '2024-03-01' },
    }),
    buildPerson({
      unitId: east.id,
      fullName: 'Trần Văn Bình',
      nationalId: '001200012345',
      awarenessClassId: awareness.id,
      milestones: {
        awarenessCertOn: '2023-05-01',
        decisionOn: '2024-05-02',
        admittedOn: '2024-05-19',
      },
      decisionNo: '12-QĐ/ĐU',
      ...place,
    }),
    buildPerson({
      unitId: west.id,
      fullName: 'Đặng Thị Lan',
      gender: 'female',
      religion: 'Công giáo',
      milestones: { decisionOn: '2025-08-20', admittedOn: '2025-09-02', officialOn: '2026-09-10' },
    }),
    buildPerson({ unitId: west.id, milestones: { cellResolutionOn: '2026-10-01' } }),
    buildPerson({
      unitId: west.id,
      milestones: { sourcedOn: '2020-01-01', removedOn: '2021-01-01' },
    }),
  ]
    .map(toRow)
    .map((row) => {
      if (version >= 6) return row;
      const { placeId: _none, ...before } = row;
      return before as PersonRow;
    });
  const events: UnitEvent[] = [
    {
      id: 'event-1',
      unitId: east.id,
      at: '2026-01-01T00:00:00.000Z',
      kind: 'created',
      changes: { name: [null, east.name] },
    },
    {
      id: 'event-2',
      unitId: east.id,
      at: '2026-02-01T00:00:00.000Z',
      kind: 'renamed',
      changes: { name: ['Chi bộ Đông', east.name] },
    },
  ];
  const settings: SettingRow[] = [
    {
      key: 'installation',
      value: { kind: 'unit', homeUnitId: province.id, setUpAt: '2026-01-01T00:00:00.000Z' },
    },
    { key: 'language', value: 'vi' },
  ];
  const data: Dataset = {
    units: [province, east, west],
    people,
    classes: [awareness, buildClass({ unitId: west.id, kind: 'other', title: 'Lớp chính trị hè' })],
    targets: [buildTarget({ unitId: province.id, fromYear: 2025, toYear: 2030, admissions: 40 })],
    memberCounts: [buildMemberCount({ unitId: east.id, year: 2026, total: 31 })],
    tombstones: [
      {
        type: 'person',
        id: '00000000-0000-4000-8000-00000000dead',
        deletedAt: '2026-03-01T00:00:00.000Z',
      },
    ],
    unitEvents: events,
    settings,
  };
  if (version >= 2) {
    // The aggregates as that version kept them: current with every write of people; one record
    // per unit before version 4, one per shard since.
    const aggregates = version >= 4 ? aggregateRowsOf(people) : perUnitAggregates(people);
    data.admissionStats = aggregates.admissionStats;
    data.unitStats = aggregates.unitStats;
  }
  if (version >= 3) {
    const imported: ImportLogEntry = {
      exportId: 'e2e00000-0000-4000-8000-000000000001',
      fileName: 'chi-bo-tay.ptdv.json',
      importedAt: '2026-04-01T08:00:00.000Z',
      exportedAt: '2026-03-31T16:00:00+07:00',
      sourceUnitId: west.id,
      sourceUnitCode: west.code,
      sourceUnitName: west.name,
      app: 'PTĐV 0.1.0',
      scope: { type: 'full' },
      isProvinceFile: false,
      sealed: null,
      fileCounts: { units: 1, people: 3 },
      counts: {
        unit: { created: 0, updated: 0, unchanged: 1, stale: 0, outOfScope: 0, deleted: 0 },
        person: { created: 3, updated: 0, unchanged: 0, stale: 0, outOfScope: 0, deleted: 0 },
        class: { created: 0, updated: 0, unchanged: 0, stale: 0, outOfScope: 0, deleted: 0 },
        target: { created: 0, updated: 0, unchanged: 0, stale: 0, outOfScope: 0, deleted: 0 },
        memberCount: { created: 0, updated: 0, unchanged: 0, stale: 0, outOfScope: 0, deleted: 0 },
      },
      warnings: 0,
    };
    const exported: ExportLogEntry = {
      exportId: 'e2e00000-0000-4000-8000-000000000002',
      exportedAt: '2026-05-01T08:00:00.000Z',
      fileName: 'xa-tan-lap.ptdv.json',
      rootUnitId: province.id,
      content: 'subtree',
      scope: { type: 'changes', since: '2026-04-01T00:00:00.000Z' },
      asOf: '2026-05-01T08:00:00.000Z',
      fileCounts: { people: 6 },
      sealed: false,
    };
    data.importLog = [imported];
    data.exportLog = [exported];
  }
  if (version >= 6) Object.assign(data, placesData(hamlet, people));
  if (version >= 7) data.qualityStats = aggregateRowsOf(people).qualityStats;
  if (version >= 8) data.peopleList = aggregateRowsOf(people).peopleList;
  if (version >= 9) data.homeStats = aggregateRowsOf(people).homeStats;
  if (version >= 10) data.peopleKeys = aggregateRowsOf(people).peopleKeys;
  return data;
}

/** Every stored row, by table, keyed the way the store keys it (order-independent). */
async function contentsOf(database: Dexie, tables: readonly string[]): Promise<Dataset> {
  const out: Dataset = {};
  for (const name of tables) out[name] = await database.table(name).toArray();
  return out;
}

function byKey(rows: readonly unknown[]): unknown[] {
  const key = (row: unknown) => {
    const r = row as Record<string, unknown>;
    return String(r.id ?? r.key ?? r.exportId ?? r.unitId ?? `${String(r.type)}:${String(r.id)}`);
  };
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The aggregates in a comparable form: admissions per unit, year and cell; units' rows. */
function normalisedAggregates(
  admissionStats: readonly StoredAdmissionStats[],
  unitStats: readonly StoredUnitStats[],
) {
  return {
    admissions: admissionStats
      .flatMap((row) => admissionRowsOf(row))
      .map((row) => ({ unitId: row.unitId, year: row.year, counts: Array.from(row.counts) }))
      .sort((a, b) => `${a.unitId}${a.year}`.localeCompare(`${b.unitId}${b.year}`)),
    units: unitStats.flatMap(unitStatsRowsOf).sort((a, b) => a.unitId.localeCompare(b.unitId)),
  };
}

beforeEach(async () => {
  await resetDatabase();
});

describe('schema versions', () => {
  it('has a frozen fixture for every version the app declares', async () => {
    await db().open();
    // A new version in schema.ts needs its stores copied into SHIPPED above.
    expect(db().verno).toBe(LATEST_FIXTURE);
    const declared = db()
      .tables.map((table) => table.name)
      .sort();
    const shipped = [...new Set(VERSIONS.flatMap((v) => Object.keys(SHIPPED[v] ?? {})))].sort();
    expect(declared).toEqual(shipped);
    // Each store's indexes as the latest version that declared it says.
    for (const table of db().tables) {
      const latest = VERSIONS.filter((v) => SHIPPED[v]?.[table.name] !== undefined).pop() ?? 0;
      const spec = (SHIPPED[latest]?.[table.name] ?? '').split(',').map((part) => part.trim());
      const actual = [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)];
      expect(actual.sort(), table.name).toEqual(spec.sort());
    }
  });
});

describe.each(VERSIONS)('a database written by version %i', (version) => {
  it(`opens in the current version with every record and right aggregates`, async () => {
    const dataset = datasetUpTo(version);
    const old = shippedDatabase(version);
    await old.open();
    expect(old.verno).toBe(version);
    await old.transaction('rw', Object.keys(dataset), async () => {
      for (const [table, rows] of Object.entries(dataset)) await old.table(table).bulkPut(rows);
    });
    const written = await contentsOf(old, Object.keys(dataset));
    old.close();

    const current = db();
    await current.open();
    expect(current.verno).toBe(LATEST_FIXTURE);

    // Every record of every table that version had is there, unchanged.
    const after = await contentsOf(current, Object.keys(dataset));
    for (const [table, rows] of Object.entries(written)) {
      if (version < (REWRITTEN_BY[table] ?? 0)) continue;
      expect(byKey(after[table] ?? []), table).toEqual(byKey(rows));
    }

    // What the app runs first (the dashboard, on open): the aggregates an upgrade marked are
    // rebuilt from the people; those carried over are right already.
    const rewritten = version < (REWRITTEN_BY.admissionStats ?? 0);
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: rewritten });

    // The aggregates match the people, whether rebuilt or carried over, record for record.
    const people = after.people as PersonRow[];
    const expected = aggregateRowsOf(people);
    const stored = aggregateTables(current).map(async (t) => [t.name, await t.toArray()]);
    expect(Object.fromEntries(await Promise.all(stored))).toEqual(expected);
    expect(
      normalisedAggregates(
        await current.admissionStats.toArray(),
        await current.unitStats.toArray(),
      ),
    ).toEqual(normalisedAggregates(expected.admissionStats, expected.unitStats));
    const west = (dataset.units as { id: string; code: string }[]).find((u) => u.code === 'TL-T');
    const unitRows = (await current.unitStats.toArray()).flatMap(unitStatsRowsOf);
    expect(unitRows.find((row) => row.unitId === west?.id)).toMatchObject({
      stages: { official: 1, resolved: 1, removed: 1 },
    });

    // And the app reads them through its own repositories.
    expect(await listUnits()).toHaveLength(3);
    expect(await current.people.count()).toBe(6);
    const classes = await listClasses();
    expect(classes).toHaveLength(2);
    const awareness = classes.find((item) => item.kind === 'awareness');
    expect(await attendeeIds(awareness?.id ?? '')).toHaveLength(2);
    expect(await listTargets()).toHaveLength(1);
    expect(await listMemberCounts()).toHaveLength(1);
    expect((await getInstallation())?.kind).toBe('unit');
    // The new tables exist and start empty where the old version had none.
    if (version < 3) expect(await current.importLog.count()).toBe(0);
  });
});

describe('upgrade from version 1', () => {
  it('opens a version-1 database with people, and its first check builds the aggregates', async () => {
    // A raw Dexie instance that knows nothing of version 2.
    const v1 = shippedDatabase(1);
    const unit = buildUnit();
    const other = buildUnit();
    const people = [
      buildPerson({ unitId: unit.id, gender: 'female', milestones: { admittedOn: '2024-05-19' } }),
      buildPerson({
        unitId: unit.id,
        milestones: { admittedOn: '2025-09-02', officialOn: '2026-09-10' },
      }),
      buildPerson({ unitId: other.id, milestones: { cellResolutionOn: '2026-10-01' } }),
      buildPerson({ unitId: other.id }),
    ].map(toRow);
    await v1.table('units').bulkPut([unit, other]);
    await v1.table('people').bulkPut(people);
    v1.close();

    const upgraded = db();
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(2);
    expect(await upgraded.people.count()).toBe(4);
    // The upgrade only marks the aggregates (empty tables); the dashboard's check builds them.
    expect(await upgraded.admissionStats.count()).toBe(0);
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: true });
    const expected = aggregateRowsOf(people);
    const admissions = await upgraded.admissionStats.toArray();
    expect(admissions.map((row) => [row.unitId, Array.from(row.counts)])).toEqual(
      expect.arrayContaining(
        expected.admissionStats.map((row) => [row.unitId, Array.from(row.counts)]),
      ),
    );
    // One record (the shard of the only unit with admissions), holding both years.
    expect(admissions).toHaveLength(1);
    expect(admissions.flatMap((row) => admissionRowsOf(row)).map((row) => row.year)).toEqual([
      2024, 2025,
    ]);
    const unitRows = (await upgraded.unitStats.toArray()).flatMap(unitStatsRowsOf);
    expect(unitRows.find((row) => row.unitId === unit.id)).toMatchObject({
      stages: { probation: 1, official: 1 },
    });
    expect(unitRows.find((row) => row.unitId === other.id)).toMatchObject({
      stages: { resolved: 1, source: 1 },
    });
  });
});

describe('upgrade from version 2', () => {
  it('opens a database of version 2 with its data, and adds the exchange logs', async () => {
    const name = 'ptdv-upgrade-test';
    await Dexie.delete(name);
    const old = shippedDatabase(2, name);
    const unit = buildUnit();
    await old.table('units').put(unit);
    await old.table('people').put(toRow(buildPerson({ unitId: unit.id })));
    old.close();

    const upgraded = new PtdvDatabase(name);
    expect(await upgraded.units.get(unit.id)).toEqual(unit);
    expect(await upgraded.people.count()).toBe(1);
    expect(await upgraded.importLog.count()).toBe(0);
    expect(await upgraded.exportLog.count()).toBe(0);
    expect(upgraded.verno).toBeGreaterThanOrEqual(3);
    upgraded.close();
    await Dexie.delete(name);
    expect(DB_NAME).toBe('ptdv');
  });
});
