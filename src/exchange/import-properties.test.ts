// Property-based tests of the import (fast-check): for random stores and random files, import is
// idempotent, commutative for files that do not conflict, and a refused file leaves the store
// exactly as it was. Files are JSON texts as another tool could write them (offsets other than
// Z, NFD names, aliases), run through the same parse → plan → apply as the app.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportPlan } from '@/db/import-apply';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { db, resetDatabase } from '@/db/schema';
import type { Person, Tombstone } from '@/domain/entities';
import { previewFile } from './import-pipeline';
import { buildPerson, testId } from '../../test/builders';
import {
  buildTree,
  rawDocument,
  toText,
  treeUnits,
  type RawDocument,
} from '../../test/exchange-documents';
import { parseExchange } from './parse';
import { planImport } from './plan';

beforeEach(async () => {
  await resetDatabase();
});

const tree = buildTree();
const units = treeUnits(tree);
const PERSON_IDS = Array.from({ length: 10 }, () => testId(7));
const BASE = Date.parse('2026-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

/** An instant `hours` after BASE, written with Z or with a +07:00 / -05:00 offset. */
function stamp(hours: number, offset: 0 | 7 | -5): string {
  const local = new Date(BASE + hours * HOUR + offset * HOUR).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const sign = offset > 0 ? '+' : '-';
  return `${local}${sign}${String(Math.abs(offset)).padStart(2, '0')}:00`;
}

const offsetArb = fc.constantFrom<0 | 7 | -5>(0, 7, -5);

function personArb(
  ids: readonly string[],
  unitIds: readonly string[],
  hours: fc.Arbitrary<number>,
) {
  return fc
    .record({
      id: fc.constantFrom(...ids),
      hours,
      offset: offsetArb,
      unitId: fc.constantFrom(...unitIds),
      fullName: fc.constantFrom('Nguyễn Văn An', 'Lò Thị Hoa'.normalize('NFD'), 'Đinh Văn Tú'),
      ethnicity: fc.constantFrom('Kinh', 'Việt', 'Thái', 'Mèo', 'khmer'),
      admittedOn: fc.constantFrom(null, '2025-06-01', '2026-03-15'),
      applicationOn: fc.constantFrom(null, '2025-01-10'),
    })
    .map((p): Person => ({
      ...buildPerson({
        id: p.id,
        unitId: p.unitId,
        fullName: p.fullName,
        ethnicity: p.ethnicity,
        milestones: { admittedOn: p.admittedOn, applicationOn: p.applicationOn },
      }),
      updatedAt: stamp(p.hours, p.offset),
    }));
}

function tombstoneArb(ids: readonly string[], hours: fc.Arbitrary<number>) {
  return fc
    .record({ id: fc.constantFrom(...ids), hours, offset: offsetArb })
    .map((t): Tombstone => ({ type: 'person', id: t.id, deletedAt: stamp(t.hours, t.offset) }));
}

/** One record per id (a file may not hold two), and one tombstone per id. */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface FileSpec {
  people: Person[];
  deleted: Tombstone[];
}

function fileArb(ids: readonly string[], unitIds: readonly string[], hours: fc.Arbitrary<number>) {
  return fc
    .record({
      people: fc.array(personArb(ids, unitIds, hours), { maxLength: 8 }),
      deleted: fc.array(tombstoneArb(ids, hours), { maxLength: 4 }),
    })
    .map((spec): FileSpec => ({
      people: uniqueBy(spec.people, (person) => person.id),
      deleted: uniqueBy(spec.deleted, (t) => t.id),
    }));
}

const cells = [tree.cellA.id, tree.cellB.id, tree.commune.id];
const otherCells = [tree.otherCommune.id];
const anyUnit = units.map((unit) => unit.id);

function documentOf(
  source: typeof tree.province,
  spec: FileSpec,
  extra: Partial<RawDocument> = {},
) {
  return rawDocument(source, {
    exportId: testId(8),
    people: spec.people,
    deleted: spec.deleted,
    ...extra,
  });
}

async function importText(text: string): Promise<void> {
  const { document, warnings } = parseExchange(text, 'f.ptdv.json');
  await applyImportPlan(planImport(document, await readStoreSnapshot(), 'f.ptdv.json', warnings));
}

/** JSON with object keys sorted: the order a map's keys were added in is not state. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

/** The store's records, aggregates and tombstones (not the logs: they hold the import time). */
async function recordsDump(): Promise<string> {
  const d = db();
  const sorted = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return canonical({
    units: sorted(await d.units.toArray(), (row) => row.id),
    people: sorted(await d.people.toArray(), (row) => row.id),
    classes: sorted(await d.classes.toArray(), (row) => row.id),
    targets: sorted(await d.targets.toArray(), (row) => row.id),
    memberCounts: sorted(await d.memberCounts.toArray(), (row) => row.id),
    // Which unit a tombstone is filed under depends on what was stored when it came; the
    // deletion itself (type, id, instant) must not.
    tombstones: sorted(
      (await d.tombstones.toArray()).map(({ type, id, deletedAt }) => ({ type, id, deletedAt })),
      (row) => `${row.type}:${row.id}`,
    ),
    admissionStats: sorted(
      (await d.admissionStats.toArray()).map((row) => ({ ...row, counts: Array.from(row.counts) })),
      (row) => row.unitId,
    ),
    unitStats: sorted(await d.unitStats.toArray(), (row) => row.unitId),
  });
}

/** Every table, byte for byte. */
async function fullDump(): Promise<string> {
  const d = db();
  const out: Record<string, unknown> = {};
  for (const table of [...d.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = rows.map((row) =>
      row.counts instanceof Int32Array ? { ...row, counts: Array.from(row.counts) } : row,
    );
  }
  return JSON.stringify(out);
}

/** A random store: the tree and what a random province file brought. */
async function seedStore(spec: FileSpec): Promise<void> {
  await resetDatabase();
  await importText(toText(documentOf(tree.province, { people: [], deleted: [] }, { units })));
  await importText(toText(documentOf(tree.province, spec)));
}

const hours = fc.integer({ min: 0, max: 40 });
// PTDV_PROPERTY_RUNS=1000 for a longer search; the default keeps the suite quick.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
const RUNS = { numRuns: Number(env?.PTDV_PROPERTY_RUNS ?? 40) };
const TIMEOUT = RUNS.numRuns * 1_000;

describe('import properties', () => {
  it(
    'is idempotent: the same file twice, or its content again under another exportId',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fileArb(PERSON_IDS, anyUnit, hours),
          fileArb(PERSON_IDS, cells, hours),
          async (store, file) => {
            await seedStore(store);
            const text = toText(documentOf(tree.commune, file));
            await importText(text);
            const once = await fullDump();
            await importText(text);
            expect(await fullDump()).toBe(once);
            const records = await recordsDump();
            await importText(toText({ ...JSON.parse(text), exportId: testId(8) }));
            expect(await recordsDump()).toBe(records);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'is commutative for files that do not conflict (distinct ids, or distinct instants)',
    async () => {
      // Two units' files touch disjoint subtrees and ids; two province files share ids, but every
      // instant is odd in one and even in the other, so a newer version always exists.
      const evenHours = hours.map((h) => h * 2);
      const oddHours = hours.map((h) => h * 2 + 1);
      const half = PERSON_IDS.length / 2;
      await fc.assert(
        fc.asyncProperty(
          fileArb(PERSON_IDS, anyUnit, hours),
          fileArb(PERSON_IDS.slice(0, half), cells, hours),
          fileArb(PERSON_IDS.slice(half), otherCells, hours),
          fileArb(PERSON_IDS, anyUnit, evenHours),
          fileArb(PERSON_IDS, anyUnit, oddHours),
          async (store, unitA, unitB, provinceA, provinceB) => {
            const pairs: [string, string][] = [
              [
                toText(documentOf(tree.commune, unitA)),
                toText(documentOf(tree.otherCommune, unitB)),
              ],
              [
                toText(documentOf(tree.province, provinceA)),
                toText(documentOf(tree.province, provinceB)),
              ],
            ];
            for (const [a, b] of pairs) {
              await seedStore(store);
              await importText(a);
              await importText(b);
              const ab = await recordsDump();
              await seedStore(store);
              await importText(b);
              await importText(a);
              expect(await recordsDump()).toBe(ab);
            }
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'a refused file leaves the store byte for byte as it was',
    async () => {
      const corruption = fc.oneof(
        fc.record({
          kind: fc.constant('truncate' as const),
          at: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        }),
        fc.record({ kind: fc.constant('badDate' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('ghostUnit' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('newerVersion' as const), at: fc.constant(0) }),
      );
      await fc.assert(
        fc.asyncProperty(
          fileArb(PERSON_IDS, anyUnit, hours),
          fileArb(PERSON_IDS, cells, hours).filter((spec) => spec.people.length > 0),
          corruption,
          async (store, spec, fault) => {
            await seedStore(store);
            const before = await fullDump();
            const raw = documentOf(tree.commune, spec) as RawDocument & Record<string, unknown>;
            const index = fault.at % raw.people.length;
            const people = raw.people as unknown as Record<string, unknown>[];
            let text: string;
            if (fault.kind === 'truncate') {
              const full = toText(raw);
              text = full.slice(0, Math.floor(full.length * fault.at));
            } else {
              if (fault.kind === 'badDate') people[index]!.birthDate = '1999-02-30';
              if (fault.kind === 'ghostUnit') people[index]!.unitId = testId(6);
              if (fault.kind === 'newerVersion') raw.version = 2;
              text = toText(raw);
            }
            const preview = await previewFile(
              new File([text], 'bad.ptdv.json'),
              await readStoreSnapshot(),
            );
            expect(preview.plan).toBeUndefined();
            expect(preview.error).toBeDefined();
            expect(await fullDump()).toBe(before);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
