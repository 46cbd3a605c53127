// Two tabs editing at once: the repositories' saves with the version the form loaded (base).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import type { Person } from '@/domain/entities';
import { attendeeIds, getClass, saveClass } from './classes-repo';
import { fromRow, getPerson, savePerson } from './people-repo';
import { SaveConflictError, saveAgainstStored, wasMergedWithOtherTab } from './save-conflict';
import { db, resetDatabase } from './schema';
import { saveMemberCount, saveTarget } from './targets-repo';
import { closeUnit, getUnit, updateUnit } from './units-repo';

beforeEach(async () => {
  await resetDatabase();
});

/** What a form holds: the record as stored when it opened. */
async function loaded(id: string): Promise<Person> {
  const row = await getPerson(id);
  if (!row) throw new Error('not stored');
  return fromRow(row);
}

function conflictOf(promise: Promise<unknown>): Promise<SaveConflictError> {
  return promise.then(
    () => {
      throw new Error('saved although it conflicts');
    },
    (error: unknown) => {
      if (!(error instanceof SaveConflictError)) throw error;
      return error;
    },
  );
}

describe('saving a person edited in two tabs', () => {
  async function storedPerson() {
    const unit = buildUnit();
    await db().units.put(unit);
    const saved = await savePerson(buildPerson({ unitId: unit.id, fullName: 'Nguyễn Văn An' }));
    return saved.id;
  }

  it("keeps both tabs' changes to different fields and says it merged", async () => {
    const id = await storedPerson();
    const inA = await loaded(id);
    const inB = await loaded(id);
    const savedA = await savePerson({ ...inA, fullName: 'Nguyễn Văn Ân' }, inA);
    expect(wasMergedWithOtherTab(savedA)).toBe(false);
    const savedB = await savePerson({ ...inB, education: 'university' }, inB);
    expect(wasMergedWithOtherTab(savedB)).toBe(true);
    const stored = await getPerson(id);
    expect(stored).toMatchObject({ fullName: 'Nguyễn Văn Ân', education: 'university' });
    // The derived search key follows the merged name.
    expect(stored?.searchKey).toContain('nguyen van an');
    expect(stored && stored.updatedAt > savedA.updatedAt).toBe(true);
  });

  it('saves nothing when both tabs changed the same field, and names both values', async () => {
    const id = await storedPerson();
    const inA = await loaded(id);
    const inB = await loaded(id);
    const savedA = await savePerson(
      {
        ...inA,
        fullName: 'Trần Văn Bình',
        milestones: { ...inA.milestones, sourcedOn: '2026-01-05' },
      },
      inA,
    );
    const conflict = await conflictOf(
      savePerson({ ...inB, fullName: 'Lê Văn Cường', gender: 'female' }, inB),
    );
    expect(conflict.kind).toBe('changed');
    expect(conflict.conflicts).toEqual([
      { field: 'fullName', base: 'Nguyễn Văn An', mine: 'Lê Văn Cường', theirs: 'Trần Văn Bình' },
    ]);
    // The merge waiting for the user's choice keeps A's other change and B's other change.
    expect(conflict.merged).toMatchObject({ gender: 'female', fullName: 'Lê Văn Cường' });
    expect((conflict.merged as Person).milestones.sourcedOn).toBe('2026-01-05');
    expect(conflict.theirs?.updatedAt).toBe(savedA.updatedAt);
    // Nothing of B was written; A's save is intact.
    expect(await getPerson(id)).toMatchObject({
      fullName: 'Trần Văn Bình',
      gender: 'male',
      updatedAt: savedA.updatedAt,
    });
  });

  it('saves the settled merge against the newer version', async () => {
    const id = await storedPerson();
    const inA = await loaded(id);
    const inB = await loaded(id);
    await savePerson({ ...inA, fullName: 'Trần Văn Bình' }, inA);
    const conflict = await conflictOf(savePerson({ ...inB, fullName: 'Lê Văn Cường' }, inB));
    const theirs = conflict.theirs as Person;
    await savePerson({ ...(conflict.merged as Person), id }, theirs);
    expect((await getPerson(id))?.fullName).toBe('Lê Văn Cường');
  });

  it('refuses to bring back a person deleted in the other tab', async () => {
    const id = await storedPerson();
    const inB = await loaded(id);
    await db().people.delete(id);
    const conflict = await conflictOf(savePerson({ ...inB, fullName: 'X' }, inB));
    expect(conflict.kind).toBe('deleted');
    expect(await getPerson(id)).toBeUndefined();
  });

  it('without a base, a save replaces the record as before (imports, new records)', async () => {
    const id = await storedPerson();
    const old = await loaded(id);
    await savePerson({ ...old, fullName: 'Mới' }, old);
    const saved = await savePerson({ ...old, education: null });
    expect(saved.fullName).toBe(old.fullName);
  });

  it('saves two different people edited in two tabs, both', async () => {
    const first = await storedPerson();
    const second = await storedPerson();
    const [a, b] = [await loaded(first), await loaded(second)];
    await Promise.all([
      savePerson({ ...a, fullName: 'Người thứ nhất' }, a),
      savePerson({ ...b, fullName: 'Người thứ hai' }, b),
    ]);
    expect((await getPerson(first))?.fullName).toBe('Người thứ nhất');
    expect((await getPerson(second))?.fullName).toBe('Người thứ hai');
  });
});

describe('saving a class edited in two tabs', () => {
  it('merges the attendee lists as sets and keeps the other tab’s title', async () => {
    const unit = buildUnit();
    const people = Array.from({ length: 4 }, () => buildPerson({ unitId: unit.id }));
    await db().units.put(unit);
    for (const person of people) await savePerson(person);
    const [p1, p2, p3, p4] = people.map((person) => person.id) as [string, string, string, string];
    const created = await saveClass(buildClass({ unitId: unit.id, attendeeCount: 10 }), [p1, p2]);
    const base = { ...created, attendeeIds: [p1, p2] };

    await saveClass({ ...created, title: 'Lớp khóa 2' }, [p1, p2, p3], base);
    // B removes p2 and adds p4, knowing nothing of A's edit.
    await saveClass({ ...created, attendeeCount: 12 }, [p1, p4], base);
    expect(await getClass(created.id)).toMatchObject({ title: 'Lớp khóa 2', attendeeCount: 12 });
    expect((await attendeeIds(created.id)).sort()).toEqual([p1, p3, p4].sort());
  });

  it('stops on a title both tabs changed, writing no link', async () => {
    const unit = buildUnit();
    const person = buildPerson({ unitId: unit.id });
    await savePerson(person);
    const created = await saveClass(buildClass({ unitId: unit.id }), []);
    const base = { ...created, attendeeIds: [] };
    await saveClass({ ...created, title: 'A' }, [], base);
    const conflict = await conflictOf(saveClass({ ...created, title: 'B' }, [person.id], base));
    expect(conflict.conflicts.map((item) => item.field)).toEqual(['title']);
    expect(await attendeeIds(created.id)).toEqual([]);
  });
});

describe('saving a unit, a quota and a member count edited in two tabs', () => {
  it('keeps a closure made in the other tab when this tab renames the unit', async () => {
    const root = buildUnit({ kind: 'grassroots_committee' });
    const unit = buildUnit({ parentId: root.id });
    await db().units.bulkPut([root, unit]);
    const base = (await getUnit(unit.id))!;
    await closeUnit(unit.id, '2026-07-01', null);
    const saved = await updateUnit(unit.id, { name: 'Chi bộ mới' }, base);
    expect(wasMergedWithOtherTab(saved)).toBe(true);
    expect(await getUnit(unit.id)).toMatchObject({ name: 'Chi bộ mới', closedOn: '2026-07-01' });
  });

  it('stops when both tabs renamed the unit differently', async () => {
    const unit = buildUnit();
    await db().units.put(unit);
    await updateUnit(unit.id, { name: 'Tên A' }, unit);
    const conflict = await conflictOf(updateUnit(unit.id, { name: 'Tên B' }, unit));
    expect(conflict.conflicts[0]).toMatchObject({ field: 'name', mine: 'Tên B', theirs: 'Tên A' });
    expect((await getUnit(unit.id))?.name).toBe('Tên A');
  });

  it('merges a quota and stops on a member count changed twice', async () => {
    const target = buildTarget();
    const count = buildMemberCount();
    await db().targets.put(target);
    await db().memberCounts.put(count);
    await saveTarget({ ...target, admissions: 120 }, target);
    await saveTarget({ ...target, document: '15-NQ/ĐU' }, target);
    expect(await db().targets.get(target.id)).toMatchObject({
      admissions: 120,
      document: '15-NQ/ĐU',
    });

    await saveMemberCount({ ...count, total: 300 }, count);
    const conflict = await conflictOf(saveMemberCount({ ...count, total: 310 }, count));
    expect(conflict.conflicts).toEqual([{ field: 'total', base: 250, mine: 310, theirs: 300 }]);
    expect((await db().memberCounts.get(count.id))?.total).toBe(300);
  });
});

describe('saveAgainstStored', () => {
  it('starts over when another tab saved between its read and its write', async () => {
    const base = { id: 'x', updatedAt: '1', a: 1, b: 1 };
    const versions = [
      { id: 'x', updatedAt: '2', a: 1, b: 2 },
      { id: 'x', updatedAt: '3', a: 1, b: 3 },
    ];
    let reads = 0;
    const written: unknown[] = [];
    const result = await saveAgainstStored(
      base,
      { ...base, a: 5 },
      async () => versions[Math.min(reads++, 1)],
      async (wanted, assertUnchanged) => {
        // The first write finds version 3 stored although it merged against version 2.
        assertUnchanged(versions[1]);
        written.push(wanted);
        return { ...wanted };
      },
    );
    expect(reads).toBe(2);
    expect(written).toEqual([{ id: 'x', updatedAt: '1', a: 5, b: 3 }]);
    expect(wasMergedWithOtherTab(result)).toBe(true);
  });
});
