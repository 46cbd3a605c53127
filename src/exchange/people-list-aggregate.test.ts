// The people list's aggregate (domain/people-list.ts) against a computation from every person:
// after random saves, edits, renames, moves, deletes and province imports, each unit's stored
// record equals the one packed from scratch, and the rows /people draws from the records
// (domain/people-list-view.ts) are every person's entry in the list's order.
import { beforeEach, describe, expect, it } from 'vitest';
import { createRandom } from '@/demo/random';
import { MILESTONE_KEYS } from '@/domain/code-lists';
import type { Milestones, Person } from '@/domain/entities';
import { compareListOrder, listEntryOf } from '@/domain/people-list';
import { PeopleListView } from '@/domain/people-list-view';
import { buildPerson, testId } from '../../test/builders';
import { buildTree, rawDocument, toText, treeUnits } from '../../test/exchange-documents';
import { aggregateRowsOf } from '@/db/aggregates';
import { applyImportPlan } from '@/db/import-apply';
import { deletePerson, fromRow, savePerson } from '@/db/people-repo';
import type { PersonRow } from '@/db/rows';
import { db, resetDatabase } from '@/db/schema';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { parseExchange } from './parse';
import { planImport } from './plan';

const tree = buildTree();
const UNIT_IDS = [tree.cellA.id, tree.cellB.id, tree.commune.id, tree.otherCommune.id];
const NAMES = ['Nguyễn Văn An', 'Lò Thị Hoa', 'Đinh Văn Tú', 'Hà Thị Mai', 'Trần An'];

async function importText(text: string): Promise<void> {
  const { document, warnings } = parseExchange(text, 'f.ptdv.json');
  await applyImportPlan(planImport(document, await readStoreSnapshot(), 'f.ptdv.json', warnings));
}

async function expectSameAsPeople(): Promise<void> {
  const people = await db().people.toArray();
  const stored = await db().peopleList.toArray();
  expect(stored).toEqual(aggregateRowsOf(people).peopleList);
  const rows = new PeopleListView(stored, '2026-12-01').select();
  const ids = Array.from({ length: rows.length }, (_, at) => rows.at(at)?.id);
  const entries = people.map((person) => listEntryOf(person));
  entries.sort((a, b) => compareListOrder(a.sortKey, a.id, b.sortKey, b.id));
  expect(ids).toEqual(entries.map((entry) => entry.id));
}

beforeEach(async () => {
  await resetDatabase();
  await importText(
    toText(rawDocument(tree.province, { exportId: testId(8), units: treeUnits(tree) })),
  );
});

describe("the people list's aggregate", () => {
  it('equals a computation from the people after random saves, edits, moves, deletes and imports', async () => {
    const random = createRandom(20_261_208);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
    const day = () =>
      `${2022 + int(5)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    const milestones = (): Partial<Milestones> => {
      const m: Partial<Milestones> = {};
      const reached = MILESTONE_KEYS.filter((key) => key !== 'removedOn').slice(0, int(8));
      reached.forEach((key) => (m[key] = day()));
      if (random() < 0.15) m.removedOn = day();
      return m;
    };
    // Few names: equal sort keys in several units, ordered by id.
    const person = (id?: string): Person =>
      buildPerson({
        ...(id ? { id } : {}),
        unitId: pick(UNIT_IDS),
        fullName: pick(NAMES),
        milestones: milestones(),
      });
    const input = (row: PersonRow) => {
      const { updatedAt: _updatedAt, ...rest } = fromRow(row);
      return rest;
    };
    const ids: string[] = [];
    const counts = { save: 0, edit: 0, move: 0, delete: 0, import: 0 };
    for (let step = 0; step < 160; step += 1) {
      const op = int(10);
      if (op < 3 || ids.length === 0) {
        const created = person();
        await savePerson(created);
        ids.push(created.id);
        counts.save += 1;
      } else if (op < 5) {
        const row = (await db().people.get(pick(ids)))!;
        await savePerson({
          ...input(row),
          fullName: random() < 0.5 ? pick(NAMES) : row.fullName,
          milestones: { ...row.milestones, ...milestones() },
        });
        counts.edit += 1;
      } else if (op < 6) {
        const row = (await db().people.get(pick(ids)))!;
        await savePerson({ ...input(row), unitId: pick(UNIT_IDS) });
        counts.move += 1;
      } else if (op < 7) {
        await deletePerson(ids.splice(int(ids.length), 1)[0]!);
        counts.delete += 1;
      } else {
        // A province file: some people updated (a later instant), some new, some deleted.
        const updated = Array.from({ length: int(5) }, () => person(pick(ids)));
        const added = Array.from({ length: int(5) }, () => person());
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
    expect(await db().peopleList.count()).toBeGreaterThan(1);
    await expectSameAsPeople();
  }, 60_000);
});
