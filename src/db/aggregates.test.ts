import { beforeEach, describe, expect, it } from 'vitest';
import { COLUMN, STAT_WIDTH } from '@/domain/admission-stats';
import { createRandom } from '@/demo/random';
import { MILESTONE_CHAIN } from '@/domain/milestone-chain';
import type { Milestones, Person } from '@/domain/entities';
import { buildClass, buildPerson, buildUnit } from '../../test/builders';
import {
  AGGREGATE_SHARDS,
  aggregateRowsOf,
  admissionRowsOf,
  putPeople,
  rebuildAggregatesIn,
  shardOf,
  unitStatsRowsOf,
  aggregateTables,
} from './aggregates';
import { unpackPlaceStats } from '@/domain/place-stats';
import type { StoredAdmissionStats, StoredPlaceStats, StoredUnitStats } from './rows';
import { deleteClass, saveClass } from './classes-repo';
import { peopleHeld } from './ensure-aggregates';
import { deletePerson, fromRow, savePerson, toRow } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

/** Records in a comparable form: per unit and year, and per unit. */
function comparable(records: {
  admissionStats: StoredAdmissionStats[];
  unitStats: StoredUnitStats[];
  placeStats: StoredPlaceStats[];
}) {
  return {
    places: Object.fromEntries(
      records.placeStats.flatMap((record) => [...unpackPlaceStats(record)]),
    ),
    admissions: Object.fromEntries(
      records.admissionStats
        .flatMap((record) => admissionRowsOf(record))
        .map((row) => [`${row.unitId}/${row.year}`, row.counts]),
    ),
    units: Object.fromEntries(
      records.unitStats.flatMap(unitStatsRowsOf).map((row) => [row.unitId, row]),
    ),
  };
}

/** The stored aggregates, records as they are. */
async function storedRecords() {
  return {
    admissionStats: await db().admissionStats.toArray(),
    unitStats: await db().unitStats.toArray(),
    placeStats: await db().placeStats.toArray(),
    qualityStats: await db().qualityStats.toArray(),
    homeStats: await db().homeStats.toArray(),
    peopleList: await db().peopleList.toArray(),
    peopleKeys: await db().peopleKeys.toArray(),
  };
}

/** The stored aggregates in a comparable form. */
async function storedAggregates() {
  return comparable(await storedRecords());
}

/** The aggregates rebuilt from scratch from the people stored, in the same form. */
async function rebuiltAggregates() {
  return comparable(aggregateRowsOf(await db().people.toArray()));
}

/** A unit's rows as stored: its admissions by year and its people by stage and due date. */
async function storedOf(unitId: string) {
  const { admissions, units } = await storedAggregates();
  return {
    years: Object.keys(admissions)
      .filter((key) => key.startsWith(`${unitId}/`))
      .map((key) => Number(key.slice(unitId.length + 1)))
      .sort(),
    counts: (year: number) => admissions[`${unitId}/${year}`],
    stats: units[unitId],
  };
}

const UNITS = [buildUnit(), buildUnit(), buildUnit()];
/** Places people come from (the aggregates do not need the place records). */
const PLACE_IDS = [buildUnit().id, buildUnit().id, buildUnit().id, buildUnit().id];

function input(person: Person) {
  const { updatedAt: _updatedAt, ...rest } = person;
  return rest;
}

describe('aggregates kept by the repositories', () => {
  it('counts an admission in its unit, year and month, and the stage and due dates', async () => {
    const unit = UNITS[0]!;
    await savePerson(
      buildPerson({
        unitId: unit.id,
        gender: 'female',
        milestones: {
          cellResolutionOn: '2026-01-05',
          decisionOn: '2026-02-10',
          admittedOn: '2026-03-02',
        },
      }),
    );
    await savePerson(
      buildPerson({ unitId: unit.id, milestones: { cellResolutionOn: '2026-10-01' } }),
    );
    const stored = await storedOf(unit.id);
    expect(stored.years).toEqual([2026]);
    expect(stored.counts(2026)?.[2 * STAT_WIDTH + COLUMN.admitted]).toBe(1);
    expect(stored.counts(2026)?.[2 * STAT_WIDTH + COLUMN.female]).toBe(1);
    const stats = stored.stats;
    expect(stats?.stages).toEqual({ probation: 1, resolved: 1 });
    // The resolved candidate's decision is due; the admitted one's official review is pending.
    expect(Object.values(stats?.dues ?? {}).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('deletes rows that fall to zero', async () => {
    const person = buildPerson({ unitId: UNITS[0]!.id, milestones: { admittedOn: '2024-05-19' } });
    await savePerson(person);
    expect(await db().admissionStats.count()).toBe(1);
    await deletePerson(person.id);
    expect(await db().admissionStats.count()).toBe(0);
    expect(await db().unitStats.count()).toBe(0);
  });

  it("moves a person's figures with them when they change unit or admission date", async () => {
    const [a, b] = UNITS as [(typeof UNITS)[0], (typeof UNITS)[0]];
    const person = buildPerson({ unitId: a.id, milestones: { admittedOn: '2024-05-19' } });
    await savePerson(person);
    await savePerson(
      input({
        ...person,
        unitId: b.id,
        milestones: { ...person.milestones, admittedOn: '2025-02-03' },
      }),
    );
    const before = await storedOf(a.id);
    expect(before.years).toEqual([]);
    expect(before.stats).toBeUndefined();
    const moved = await storedOf(b.id);
    expect(moved.years).toEqual([2025]);
    expect(moved.counts(2025)?.[STAT_WIDTH + COLUMN.admitted]).toBe(1);
    expect(moved.stats?.stages).toEqual({ probation: 1 });
  });

  it('refuses a write of people in a transaction that does not hold the aggregate tables', async () => {
    const d = db();
    const row = toRow(buildPerson({ unitId: UNITS[0]!.id }));
    await expect(d.transaction('rw', d.people, () => putPeople(d, [row]))).rejects.toThrow();
    expect(await d.people.count()).toBe(0);
  });
});

describe('aggregates against a rebuild from scratch', () => {
  it('equal those rebuilt from scratch after 200 random saves, deletes, moves and class links', async () => {
    const random = createRandom(20_260_519);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
    const day = () =>
      `${2022 + int(5)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    const milestones = (): Partial<Milestones> => {
      const reached = int(8);
      const m: Partial<Milestones> = {};
      // Dates drawn independently: the aggregates must hold for any record the contract allows.
      MILESTONE_CHAIN.slice(0, reached).forEach((key) => (m[key] = day()));
      if (random() < 0.1) m.removedOn = day();
      return m;
    };
    const ids: string[] = [];
    const classIds: string[] = [];
    const counts = { save: 0, edit: 0, move: 0, delete: 0, classSave: 0, classDelete: 0 };

    for (let step = 0; step < 200; step += 1) {
      const op = int(10);
      if (op < 3 || ids.length === 0) {
        const person = buildPerson({
          unitId: pick(UNITS).id,
          gender: random() < 0.5 ? 'female' : 'male',
          youthUnion: random() < 0.6,
          ethnicity: random() < 0.2 ? 'Tày' : 'Kinh',
          religion: random() < 0.1 ? 'Phật giáo' : null,
          occupation: pick([
            'worker',
            'enterprise_manager',
            'farmer',
            'university_student',
          ] as const),
          workplaceSector: random() < 0.5 ? 'non_state' : null,
          birthDate: `${1970 + int(40)}-06-15`,
          milestones: milestones(),
          placeId: random() < 0.7 ? pick(PLACE_IDS) : null,
        });
        await savePerson(person);
        ids.push(person.id);
        counts.save += 1;
      } else if (op < 5) {
        const row = (await db().people.get(pick(ids)))!;
        // A new milestone, and now and then another place (or none).
        const placeId = random() < 0.3 ? pick([...PLACE_IDS, null]) : row.placeId;
        await savePerson(
          input({
            ...fromRow(row),
            milestones: { ...row.milestones, ...milestones() },
            placeId,
          }),
        );
        counts.edit += 1;
      } else if (op < 7) {
        const row = (await db().people.get(pick(ids)))!;
        await savePerson(input({ ...fromRow(row), unitId: pick(UNITS).id }));
        counts.move += 1;
      } else if (op < 8) {
        const id = ids.splice(int(ids.length), 1)[0]!;
        await deletePerson(id);
        counts.delete += 1;
      } else if (op < 9 || classIds.length === 0) {
        const picked = Array.from({ length: int(4) }, () => pick(ids));
        const reuse = classIds.length > 0 && random() < 0.5 ? { id: pick(classIds) } : {};
        const klass = buildClass({
          ...reuse,
          unitId: pick(UNITS).id,
          kind: random() < 0.5 ? 'awareness' : 'new_member',
          attendeeCount: 10,
        });
        const { updatedAt: _updatedAt, ...rest } = klass;
        await saveClass(rest, [...new Set(picked)]);
        if (!classIds.includes(klass.id)) classIds.push(klass.id);
        counts.classSave += 1;
      } else {
        const id = classIds.splice(int(classIds.length), 1)[0]!;
        await deleteClass(id);
        counts.classDelete += 1;
      }
      if (step % 50 === 49) expect(await storedAggregates()).toEqual(await rebuiltAggregates());
    }
    // Every kind of operation ran.
    expect(Object.values(counts).every((count) => count > 0)).toBe(true);
    expect(await storedAggregates()).toEqual(await rebuiltAggregates());
    // Record for record: the same figures are always packed the same way, however they came.
    expect(await storedRecords()).toEqual(aggregateRowsOf(await db().people.toArray()));
    expect((await db().people.count()) > 0).toBe(true);
    // 200 transactions in fake-indexeddb: seconds on a busy machine.
  }, 30_000);

  it('rebuilds from the people in chunks, reporting progress, in one transaction', async () => {
    const d = db();
    const people = Array.from({ length: 12_000 }, (_, i) =>
      toRow(
        buildPerson({
          unitId: UNITS[i % 3]!.id,
          milestones: i % 2 ? { admittedOn: `202${i % 5}-0${1 + (i % 9)}-15` } : {},
        }),
      ),
    );
    // Written around the repositories: the aggregates know nothing of them.
    await d.people.bulkPut(people);
    const progress: [number, number][] = [];
    await d.transaction('rw', [d.people, ...aggregateTables(d)], () =>
      rebuildAggregatesIn(d, (done, total) => progress.push([done, total])),
    );
    expect(progress).toEqual([
      [5_000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ]);
    expect(await storedAggregates()).toEqual(await rebuiltAggregates());
    expect(peopleHeld(await d.unitStats.toArray())).toBe(12_000);
    // 12,000 people written and read back twice in fake-indexeddb: seconds on a busy machine.
  }, 30_000);
});

describe('aggregates packed in shards', () => {
  const units = Array.from({ length: 60 }, () => buildUnit());
  const people = units.flatMap((unit, index) => [
    buildPerson({
      unitId: unit.id,
      milestones: { admittedOn: `202${index % 6}-0${1 + (index % 9)}-12` },
    }),
    buildPerson({ unitId: unit.id, milestones: { cellResolutionOn: '2026-10-01' } }),
  ]);

  it('keeps every unit in the one record of its shard, at most 16 records per table', async () => {
    for (const person of people) await savePerson(person);
    const { admissionStats, unitStats } = await storedRecords();
    expect(admissionStats.length).toBeGreaterThan(1);
    expect(admissionStats.length).toBeLessThanOrEqual(AGGREGATE_SHARDS);
    expect(unitStats.length).toBeLessThanOrEqual(AGGREGATE_SHARDS);
    for (const record of [...admissionStats, ...unitStats]) {
      expect(record.units.every((unitId) => shardOf(unitId) === record.unitId)).toBe(true);
      expect([...record.units].sort()).toEqual(record.units);
    }
    expect(admissionStats.flatMap((record) => record.units).sort()).toEqual(
      units.map((unit) => unit.id).sort(),
    );
    expect(peopleHeld(unitStats)).toBe(people.length);
  });

  it('rewrites only the shard of the person written', async () => {
    for (const person of people) await savePerson(person);
    const before = await storedRecords();
    // An admitted person's gender: their admissions' structure changes, and nobody else's.
    const person = people[6]!;
    await savePerson({ ...person, gender: person.gender === 'female' ? 'male' : 'female' });
    const after = await storedRecords();
    const shard = shardOf(person.unitId);
    const others = (records: { unitId: string }[]) =>
      records.filter((record) => record.unitId !== shard);
    expect(others(after.admissionStats)).toEqual(others(before.admissionStats));
    expect(others(after.unitStats)).toEqual(others(before.unitStats));
    expect(after.admissionStats).not.toEqual(before.admissionStats);
    expect(await storedAggregates()).toEqual(await rebuiltAggregates());
  });
});
