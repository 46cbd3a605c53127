// Units: the party tree. Closing or renaming keeps history (unitEvents); nothing is rewritten.
import type { Unit } from '@/domain/entities';
import { newId, nowStamp } from '@/domain/ids';
import type { UnitKind, UnitSector } from '@/domain/code-lists';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { recordSchemas } from './record-schemas';
import { saveAgainstStored, type AssertUnchanged } from './save-conflict';
import { db, type UnitEvent } from './schema';
import { nextStamp, writeTombstone } from './stamp';

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  sector: UnitSector | null;
  openedOn: string | null;
}

export class UnitRuleError extends Error {
  constructor(
    readonly code:
      'duplicateCode' | 'hasChildren' | 'hasRecords' | 'isSuccessor' | 'secondRoot' | 'cycle',
  ) {
    super(code);
  }
}

export async function listUnits(): Promise<Unit[]> {
  return db().units.toArray();
}

export async function getUnit(id: string): Promise<Unit | undefined> {
  return db().units.get(id);
}

export async function unitHistory(unitId: string): Promise<UnitEvent[]> {
  return db().unitEvents.where('unitId').equals(unitId).sortBy('at');
}

async function assertCodeFree(code: string, exceptId?: string): Promise<void> {
  const sameCode = await db().units.where('code').equals(code).toArray();
  if (sameCode.some((unit) => unit.id !== exceptId && !unit.closedOn)) {
    throw new UnitRuleError('duplicateCode');
  }
}

/**
 * An event stamped with the unit's new updatedAt, which is strictly later than the last one:
 * history sorted by `at` then keeps its order even for two changes in the same millisecond.
 */
function event(unit: Unit, kind: UnitEvent['kind'], changes: UnitEvent['changes']): UnitEvent {
  return { id: newId(), unitId: unit.id, at: unit.updatedAt, kind, changes };
}

export async function createUnit(input: UnitInput): Promise<Unit> {
  const { unitSchema } = await recordSchemas();
  const unit = unitSchema.parse({
    id: newId(),
    updatedAt: nowStamp(),
    ...input,
    closedOn: null,
    successorId: null,
  });
  await db().transaction('rw', db().units, db().unitEvents, async () => {
    await assertCodeFree(unit.code);
    if (
      unit.parentId === null &&
      (await db()
        .units.filter((u) => u.parentId === null)
        .count()) > 0
    ) {
      throw new UnitRuleError('secondRoot');
    }
    await db().units.add(unit);
    await db().unitEvents.add(event(unit, 'created', { name: [null, unit.name] }));
  });
  return unit;
}

export interface UnitChanges {
  code?: string;
  name?: string;
  kind?: UnitKind;
  sector?: UnitSector | null;
  parentId?: string | null;
  openedOn?: string | null;
}

/**
 * Edits a unit. With `base`, the version the form loaded, an edit made meanwhile in another tab
 * (a rename, a closure) is merged with this one, or nothing is saved (save-conflict.ts).
 */
export async function updateUnit(id: string, changes: UnitChanges, base?: Unit): Promise<Unit> {
  const mine: Partial<Unit> = base ? { ...base, ...changes } : changes;
  return saveAgainstStored(
    base,
    mine,
    () => getUnit(id),
    (wanted, assertUnchanged) => writeUnit(id, wanted, assertUnchanged),
  );
}

async function writeUnit(
  id: string,
  changes: Partial<Unit>,
  assertUnchanged: AssertUnchanged,
): Promise<Unit> {
  const { unitSchema } = await recordSchemas();
  return db().transaction('rw', db().units, db().unitEvents, async () => {
    const current = await db().units.get(id);
    assertUnchanged(current);
    if (!current) throw new Error(`unit ${id} not found`);
    const next = unitSchema.parse({
      ...current,
      ...changes,
      updatedAt: nextStamp(current.updatedAt),
    });
    // Codes are unique among open units only: a closed unit may keep a code reused since.
    if (next.code !== current.code && !current.closedOn) await assertCodeFree(next.code, id);
    if (next.parentId !== current.parentId && next.parentId) {
      // A unit cannot move under its own subtree.
      const all = await db().units.toArray();
      if (subtreeIdsOf(all, id).has(next.parentId)) throw new UnitRuleError('cycle');
    }
    if (next.parentId === null && current.parentId !== null) {
      const roots = await db()
        .units.filter((u) => u.parentId === null)
        .count();
      if (roots > 0) throw new UnitRuleError('secondRoot');
    }
    const diff: UnitEvent['changes'] = {};
    for (const key of ['code', 'name', 'kind', 'sector', 'parentId', 'openedOn'] as const) {
      if (next[key] !== current[key]) diff[key] = [current[key], next[key]];
    }
    if (Object.keys(diff).length === 0) return current;
    const kind: UnitEvent['kind'] = diff.name
      ? 'renamed'
      : diff.code
        ? 'recoded'
        : diff.parentId
          ? 'moved'
          : 'edited';
    await db().units.put(next);
    await db().unitEvents.add(event(next, kind, diff));
    return next;
  });
}

/** Closes a unit on a date; its successor takes over its figures in the current tree. */
export async function closeUnit(
  id: string,
  closedOn: string,
  successorId: string | null,
): Promise<Unit> {
  const { unitSchema } = await recordSchemas();
  return db().transaction('rw', db().units, db().unitEvents, async () => {
    const current = await db().units.get(id);
    if (!current) throw new Error(`unit ${id} not found`);
    if (successorId === id) throw new UnitRuleError('cycle');
    const openChildren = await db()
      .units.where('parentId')
      .equals(id)
      .filter((unit) => !unit.closedOn)
      .count();
    if (openChildren > 0 && !successorId) throw new UnitRuleError('hasChildren');
    const next = unitSchema.parse({
      ...current,
      closedOn,
      successorId,
      updatedAt: nextStamp(current.updatedAt),
    });
    await db().units.put(next);
    await db().unitEvents.add(
      event(next, 'closed', {
        closedOn: [current.closedOn, closedOn],
        successorId: [current.successorId, successorId],
      }),
    );
    return next;
  });
}

export async function reopenUnit(id: string): Promise<Unit> {
  return db().transaction('rw', db().units, db().unitEvents, async () => {
    const current = await db().units.get(id);
    if (!current) throw new Error(`unit ${id} not found`);
    await assertCodeFree(current.code, id);
    const next = {
      ...current,
      closedOn: null,
      successorId: null,
      updatedAt: nextStamp(current.updatedAt),
    };
    await db().units.put(next);
    await db().unitEvents.add(event(next, 'reopened', { closedOn: [current.closedOn, null] }));
    return next;
  });
}

/** Deletes a unit that holds nothing: no sub-units, people, classes, targets or member counts. */
export async function deleteUnit(id: string): Promise<void> {
  const d = db();
  await d.transaction(
    'rw',
    [d.units, d.unitEvents, d.people, d.classes, d.targets, d.memberCounts, d.tombstones],
    async () => {
      const children = await d.units.where('parentId').equals(id).count();
      if (children > 0) throw new UnitRuleError('hasChildren');
      // A closed unit's figures roll up to its successor: deleting that successor would lose them.
      if ((await d.units.filter((unit) => unit.successorId === id).count()) > 0) {
        throw new UnitRuleError('isSuccessor');
      }
      const held =
        (await d.people.where('unitId').equals(id).count()) +
        (await d.classes.where('unitId').equals(id).count()) +
        (await d.targets.where('unitId').equals(id).count()) +
        (await d.memberCounts
          .where('[unitId+year]')
          .between([id, -Infinity], [id, Infinity])
          .count());
      if (held > 0) throw new UnitRuleError('hasRecords');
      await d.units.delete(id);
      await d.unitEvents.where('unitId').equals(id).delete();
      await writeTombstone('unit', id);
    },
  );
}
