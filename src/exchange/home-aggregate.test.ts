// The home aggregate (domain/home-stats.ts) against a computation from every person: after random
// saves, edits, moves, deletes, class saves and imports, the stored records equal a rebuild, and
// what the home page and the classes list read from them equals what they read from the people.
import { beforeEach, describe, expect, it } from 'vitest';
import { createRandom } from '@/demo/random';
import { MILESTONE_KEYS } from '@/domain/code-lists';
import { fromDayNumber } from '@/domain/dates';
import { dueSummary, type DueSummary } from '@/domain/due';
import type { Milestones, Person } from '@/domain/entities';
import { classAttendance, dueSummaryOfRecords, officialCount } from '@/domain/home-read';
import { CLASSES_KEY, REMOVED } from '@/domain/home-stats';
import { buildClass, buildPerson, testId } from '../../test/builders';
import { buildTree, rawDocument, toText, treeUnits } from '../../test/exchange-documents';
import { aggregateRowsOf } from '@/db/aggregates';
import { saveClass } from '@/db/classes-repo';
import { applyImportPlan } from '@/db/import-apply';
import { deletePerson, fromRow, savePerson } from '@/db/people-repo';
import type { PersonRow } from '@/db/rows';
import { readHomeRecords } from '@/db/home-repo';
import { db, resetDatabase } from '@/db/schema';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { parseExchange } from './parse';
import { planImport } from './plan';

const tree = buildTree();
const UNIT_IDS = [tree.cellA.id, tree.cellB.id, tree.commune.id, tree.otherCommune.id];
const SCOPES: ReadonlySet<string>[] = [
  new Set(treeUnits(tree).map((unit) => unit.id)),
  new Set([tree.commune.id, tree.cellA.id, tree.cellB.id]),
  new Set([tree.otherCommune.id]),
];
const TODAYS = ['2023-01-31', '2024-02-29', '2025-06-15', '2026-12-01', '2027-03-31'] as const;

async function importText(text: string): Promise<void> {
  const { document, warnings } = parseExchange(text, 'f.ptdv.json');
  await applyImportPlan(planImport(document, await readStoreSnapshot(), 'f.ptdv.json', warnings));
}

const lines = (summary: DueSummary) =>
  Object.fromEntries(
    Object.entries(summary).map(([group, items]) => [
      group,
      (items as DueSummary['overdue']).map(
        (item) =>
          `${item.personId} ${item.fullName} ${item.unitId} ${item.deadline.kind} ${item.deadline.due} ${item.deadline.status} ${item.deadline.daysLeft}`,
      ),
    ]),
  );

/** Every figure the screens read, from the stored records and from the people. */
async function expectSameAsPeople(): Promise<void> {
  const people = await db().people.toArray();
  const stored = await db().homeStats.toArray();
  expect(stored).toEqual(aggregateRowsOf(people).homeStats);
  const records = stored.map((block) => ({ key: block.key, block }));
  // Besides fixed days, the days just before the probation ends of people struck off after them.
  const removedEnds = stored
    .filter((row) => row.key.startsWith('end:'))
    .flatMap((row) => Array.from(row.days).filter((_, at) => (row.codes[at] ?? 0) >= REMOVED));
  const todays = [...TODAYS, ...removedEnds.slice(0, 4).map((end) => fromDayNumber(end - 10))];
  for (const scope of SCOPES) {
    const inScope = (unitId: string) => scope.has(unitId);
    const mine = people.filter((person) => scope.has(person.unitId));
    for (const today of todays) {
      expect(lines(dueSummaryOfRecords(records, today, inScope))).toEqual(
        lines(dueSummary(mine, today)),
      );
      // What the home page reads of them (its months' shards, not every record) says the same.
      const read = await readHomeRecords(today);
      const shown = read.dueRecords.map((block) => ({ key: block.key, block }));
      expect(lines(dueSummaryOfRecords(shown, today, inScope))).toEqual(
        lines(dueSummary(mine, today)),
      );
      expect(officialCount(read.official, inScope)).toBe(
        mine.filter((p) => p.milestones.officialOn?.startsWith(today.slice(0, 5))).length,
      );
    }
    for (let year = 2021; year <= 2027; year += 1) {
      const block = stored.find((row) => row.key === `official:${year}`);
      const officials = mine.filter((p) => p.milestones.officialOn?.startsWith(`${year}-`));
      expect(officialCount(block, inScope)).toBe(officials.length);
    }
    const picked = new Map<string, number>();
    for (const person of mine)
      for (const id of [person.awarenessClassId, person.newMemberClassId])
        if (id) picked.set(id, (picked.get(id) ?? 0) + 1);
    const classes = stored.find((row) => row.key === CLASSES_KEY);
    expect(classAttendance(classes, inScope)).toEqual(picked);
  }
}

beforeEach(async () => {
  await resetDatabase();
  await importText(
    toText(rawDocument(tree.province, { exportId: testId(8), units: treeUnits(tree) })),
  );
});

describe('the home aggregate', () => {
  it('equals a computation from the people after random saves, deletes, class saves and imports', async () => {
    const random = createRandom(20_261_207);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
    const day = () =>
      `${2022 + int(5)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    const milestones = (): Partial<Milestones> => {
      const m: Partial<Milestones> = {};
      // The milestones up to a random one (official at most), each on a day drawn on its own.
      const reached = MILESTONE_KEYS.filter((key) => key !== 'removedOn').slice(0, int(8));
      reached.forEach((key) => (m[key] = day()));
      if (random() < 0.15) m.removedOn = day();
      return m;
    };
    // Few names, so that lines fall on the same day under the same name.
    const person = (id?: string): Person =>
      buildPerson({
        ...(id ? { id } : {}),
        unitId: pick(UNIT_IDS),
        fullName: pick(['Nguyễn Văn An', 'Lò Thị Hoa', 'Đinh Văn Tú']),
        milestones: milestones(),
      });
    const input = (row: PersonRow) => {
      const { updatedAt: _updatedAt, ...rest } = fromRow(row);
      return rest;
    };
    const ids: string[] = [];
    const classIds: string[] = [];
    const counts = { save: 0, edit: 0, delete: 0, classSave: 0, import: 0 };
    for (let step = 0; step < 160; step += 1) {
      const op = int(10);
      if (op < 3 || ids.length === 0) {
        const created = person();
        await savePerson(created);
        ids.push(created.id);
        counts.save += 1;
      } else if (op < 5) {
        const row = (await db().people.get(pick(ids)))!;
        const renamed = random() < 0.3 ? { fullName: 'Hà Thị Mai' } : {};
        await savePerson({
          ...input(row),
          ...renamed,
          unitId: random() < 0.3 ? pick(UNIT_IDS) : row.unitId,
          milestones: { ...row.milestones, ...milestones() },
        });
        counts.edit += 1;
      } else if (op < 6) {
        await deletePerson(ids.splice(int(ids.length), 1)[0]!);
        counts.delete += 1;
      } else if (op < 8) {
        const picked = [...new Set(Array.from({ length: int(4) }, () => pick(ids)))];
        const reuse = classIds.length > 0 && random() < 0.5 ? { id: pick(classIds) } : {};
        const { updatedAt: _updatedAt, ...klass } = buildClass({
          ...reuse,
          unitId: pick(UNIT_IDS),
          kind: random() < 0.5 ? 'awareness' : 'new_member',
          attendeeCount: 10,
        });
        await saveClass(klass, picked);
        if (!classIds.includes(klass.id)) classIds.push(klass.id);
        counts.classSave += 1;
      } else {
        // A province file: some people updated (a later instant), some new, some deleted.
        const updated = Array.from({ length: int(4) }, () => person(pick(ids)));
        const added = Array.from({ length: int(4) }, () => person());
        const gone = random() < 0.5 && ids.length > 0 ? [pick(ids)] : [];
        const later = new Date(Date.now() + 3_600_000 * (step + 1)).toISOString();
        const people = [...new Map([...updated, ...added].map((p) => [p.id, p])).values()]
          .filter((p) => !gone.includes(p.id))
          .map((p) => ({ ...p, updatedAt: later }));
        await importText(
          toText(
            rawDocument(tree.province, {
              exportId: testId(8),
              people,
              deleted: gone.map((id) => ({ type: 'person' as const, id, deletedAt: later })),
            }),
          ),
        );
        for (const p of added) if (!gone.includes(p.id)) ids.push(p.id);
        for (const id of gone) ids.splice(ids.indexOf(id), 1);
        counts.import += 1;
      }
      if (step % 40 === 39) await expectSameAsPeople();
    }
    expect(Object.values(counts).every((count) => count > 0)).toBe(true);
    expect(await db().homeStats.count()).toBeGreaterThan(0);
    await expectSameAsPeople();
  }, 60_000);
});
