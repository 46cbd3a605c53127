import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildClass, buildMemberCount, buildPerson, buildTarget } from '../../test/builders';
import { savePerson } from './people-repo';
import { db, resetDatabase } from './schema';
import {
  closeUnit,
  createUnit,
  deleteUnit,
  getUnit,
  reopenUnit,
  UnitRuleError,
  unitHistory,
  updateUnit,
  type UnitInput,
} from './units-repo';

function input(overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    code: 'DB01',
    name: 'Đảng bộ xã Tân Lập',
    kind: 'grassroots_committee',
    parentId: null,
    sector: 'commune',
    openedOn: null,
    ...overrides,
  };
}

async function ruleOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UnitRuleError) return error.code;
    throw error;
  }
  throw new Error('expected a UnitRuleError');
}

/** A root with two open cells under it. */
async function smallTree() {
  const root = await createUnit(input());
  const cellA = await createUnit(
    input({ code: 'CB01', name: 'Chi bộ thôn 1', kind: 'cell', parentId: root.id }),
  );
  const cellB = await createUnit(
    input({ code: 'CB02', name: 'Chi bộ thôn 2', kind: 'cell', parentId: root.id }),
  );
  return { root, cellA, cellB };
}

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createUnit', () => {
  it('stores the unit with a stamp and records a "created" event', async () => {
    const unit = await createUnit(input({ name: '  Đảng bộ   xã Tân Lập '.normalize('NFD') }));
    expect(unit.name).toBe('Đảng bộ xã Tân Lập');
    expect(Date.parse(unit.updatedAt)).not.toBeNaN();
    expect(await getUnit(unit.id)).toEqual(unit);
    const history = await unitHistory(unit.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      kind: 'created',
      changes: { name: [null, 'Đảng bộ xã Tân Lập'] },
    });
  });

  it('refuses a code already used by an open unit, and allows it once that unit is closed', async () => {
    const { root, cellA } = await smallTree();
    const duplicate = input({
      code: 'CB01',
      name: 'Chi bộ thôn 3',
      kind: 'cell',
      parentId: root.id,
    });
    expect(await ruleOf(createUnit(duplicate))).toBe('duplicateCode');
    expect(await db().units.count()).toBe(3);

    await closeUnit(cellA.id, '2025-07-01', null);
    const reused = await createUnit(duplicate);
    expect(reused.code).toBe('CB01');
  });

  it('refuses a second root', async () => {
    await createUnit(input());
    expect(await ruleOf(createUnit(input({ code: 'OTHER', name: 'Khác' })))).toBe('secondRoot');
  });
});

describe('updateUnit', () => {
  it('records a rename with the old and the new name', async () => {
    const { cellA } = await smallTree();
    await updateUnit(cellA.id, { name: 'Chi bộ thôn Đông' });
    const history = await unitHistory(cellA.id);
    expect(history.map((event) => event.kind)).toEqual(['created', 'renamed']);
    expect(history[1]?.changes).toEqual({ name: ['Chi bộ thôn 1', 'Chi bộ thôn Đông'] });
    expect((await getUnit(cellA.id))?.name).toBe('Chi bộ thôn Đông');
  });

  it('stamps a strictly later updatedAt even within the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T02:00:00.000Z'));
    const unit = await createUnit(input());
    const first = await updateUnit(unit.id, { name: 'Đảng bộ xã Tân Lập mới' });
    const second = await updateUnit(unit.id, { name: 'Đảng bộ xã Tân Lập B' });
    expect(first.updatedAt > unit.updatedAt).toBe(true);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('keeps the history in order when changes share a millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T02:00:00.000Z'));
    const unit = await createUnit(input());
    for (const name of ['Tên B', 'Tên C', 'Tên D', 'Tên E']) await updateUnit(unit.id, { name });
    const history = await unitHistory(unit.id);
    expect(history.map((event) => event.changes.name?.[1])).toEqual([
      'Đảng bộ xã Tân Lập',
      'Tên B',
      'Tên C',
      'Tên D',
      'Tên E',
    ]);
  });

  it('changes nothing and records nothing when nothing changed', async () => {
    const unit = await createUnit(input());
    const same = await updateUnit(unit.id, { name: unit.name });
    expect(same.updatedAt).toBe(unit.updatedAt);
    expect(await unitHistory(unit.id)).toHaveLength(1);
  });

  it('refuses to move a unit under its own subtree', async () => {
    const { root, cellA } = await smallTree();
    const sub = await createUnit(
      input({ code: 'T1', name: 'Tổ đảng 1', kind: 'cell', parentId: cellA.id }),
    );
    expect(await ruleOf(updateUnit(cellA.id, { parentId: sub.id }))).toBe('cycle');
    expect(await ruleOf(updateUnit(root.id, { parentId: cellA.id }))).toBe('cycle');
    expect((await getUnit(cellA.id))?.parentId).toBe(root.id);
  });

  it('moves a unit elsewhere and records it', async () => {
    const { cellA, cellB } = await smallTree();
    await updateUnit(cellB.id, { parentId: cellA.id });
    const history = await unitHistory(cellB.id);
    expect(history.at(-1)).toMatchObject({ kind: 'moved' });
  });

  it('refuses to make a second root by moving a unit to the top', async () => {
    const { cellA } = await smallTree();
    expect(await ruleOf(updateUnit(cellA.id, { parentId: null }))).toBe('secondRoot');
  });

  it('refuses a code already used by another open unit', async () => {
    const { cellA } = await smallTree();
    expect(await ruleOf(updateUnit(cellA.id, { code: 'CB02' }))).toBe('duplicateCode');
  });
});

describe('closeUnit and reopenUnit', () => {
  it('closes a unit into its successor and records the event', async () => {
    const { cellA, cellB } = await smallTree();
    const closed = await closeUnit(cellA.id, '2025-07-01', cellB.id);
    expect(closed).toMatchObject({ closedOn: '2025-07-01', successorId: cellB.id });
    expect(closed.updatedAt > cellA.updatedAt).toBe(true);
    const history = await unitHistory(cellA.id);
    expect(history.at(-1)).toMatchObject({
      kind: 'closed',
      changes: { closedOn: [null, '2025-07-01'], successorId: [null, cellB.id] },
    });
  });

  it('refuses to close a unit with open sub-units unless it has a successor', async () => {
    const { root, cellA } = await smallTree();
    expect(await ruleOf(closeUnit(root.id, '2025-07-01', null))).toBe('hasChildren');
    expect((await getUnit(root.id))?.closedOn).toBeNull();

    const other = await createUnit(
      input({ code: 'CB09', name: 'Chi bộ thôn 9', kind: 'cell', parentId: root.id }),
    );
    await closeUnit(cellA.id, '2025-07-01', other.id);
    const history = await unitHistory(cellA.id);
    expect(history.at(-1)?.kind).toBe('closed');
  });

  it('refuses a unit as its own successor', async () => {
    const { cellA } = await smallTree();
    expect(await ruleOf(closeUnit(cellA.id, '2025-07-01', cellA.id))).toBe('cycle');
  });

  it('reopens a closed unit unless its code has been taken meanwhile', async () => {
    const { root, cellA, cellB } = await smallTree();
    await closeUnit(cellA.id, '2025-07-01', cellB.id);
    const reopened = await reopenUnit(cellA.id);
    expect(reopened).toMatchObject({ closedOn: null, successorId: null });
    expect((await unitHistory(cellA.id)).at(-1)?.kind).toBe('reopened');

    await closeUnit(cellA.id, '2025-08-01', cellB.id);
    await createUnit(input({ code: 'CB01', name: 'Chi bộ mới', kind: 'cell', parentId: root.id }));
    expect(await ruleOf(reopenUnit(cellA.id))).toBe('duplicateCode');
  });
});

describe('deleteUnit', () => {
  it('refuses a unit that holds people, classes, targets or member counts', async () => {
    const holders = [
      async (unitId: string) => void (await savePerson(buildPerson({ unitId }))),
      async (unitId: string) => void (await db().classes.add(buildClass({ unitId }))),
      async (unitId: string) => void (await db().targets.add(buildTarget({ unitId }))),
      async (unitId: string) => void (await db().memberCounts.add(buildMemberCount({ unitId }))),
    ];
    const { root } = await smallTree();
    for (const [index, hold] of holders.entries()) {
      const unit = await createUnit(
        input({ code: `H${index}`, name: `Chi bộ ${index}`, kind: 'cell', parentId: root.id }),
      );
      await hold(unit.id);
      expect(await ruleOf(deleteUnit(unit.id))).toBe('hasRecords');
      expect(await getUnit(unit.id)).toBeDefined();
    }
    expect(await db().tombstones.count()).toBe(0);
  });

  it('refuses a unit with sub-units, and one that is the successor of a closed unit', async () => {
    const { root, cellA, cellB } = await smallTree();
    expect(await ruleOf(deleteUnit(root.id))).toBe('hasChildren');
    await closeUnit(cellA.id, '2025-07-01', cellB.id);
    expect(await ruleOf(deleteUnit(cellB.id))).toBe('isSuccessor');
  });

  it('deletes an empty unit, its history, and leaves a tombstone', async () => {
    const { cellA } = await smallTree();
    await updateUnit(cellA.id, { name: 'Chi bộ thôn Một' });
    await deleteUnit(cellA.id);
    expect(await getUnit(cellA.id)).toBeUndefined();
    expect(await unitHistory(cellA.id)).toEqual([]);
    const tombstone = await db().tombstones.get(['unit', cellA.id]);
    expect(tombstone).toMatchObject({ type: 'unit', id: cellA.id });
    expect(Date.parse(tombstone?.deletedAt ?? '')).not.toBeNaN();
  });
});
