// Training classes and the people who attended them (Person.awarenessClassId / newMemberClassId).
import type { TrainingClass } from '@/domain/entities';
import { recordSchemas } from './record-schemas';
import { saveAgainstStored, type AssertUnchanged } from './save-conflict';
import { db } from './schema';
import type { PersonRow } from './rows';
import { nextStamp, writeTombstone } from './stamp';
import { toRow } from './people-repo';
import { aggregateTables, putPeople } from './aggregates';

export class ClassRuleError extends Error {
  constructor(readonly code: 'countBelowAttendees' | 'kindHasNoAttendeeLink') {
    super(code);
  }
}

export async function listClasses(unitIds?: ReadonlySet<string>): Promise<TrainingClass[]> {
  const rows = await db().classes.toArray();
  return unitIds ? rows.filter((row) => unitIds.has(row.unitId)) : rows;
}

export async function getClass(id: string): Promise<TrainingClass | undefined> {
  return db().classes.get(id);
}

function linkField(kind: TrainingClass['kind']): 'awarenessClassId' | 'newMemberClassId' | null {
  if (kind === 'awareness') return 'awarenessClassId';
  if (kind === 'new_member') return 'newMemberClassId';
  return null;
}

async function linkedPeople(classId: string): Promise<PersonRow[]> {
  const [awareness, newMember] = await Promise.all([
    db().people.where('awarenessClassId').equals(classId).toArray(),
    db().people.where('newMemberClassId').equals(classId).toArray(),
  ]);
  const byId = new Map([...awareness, ...newMember].map((row) => [row.id, row]));
  return [...byId.values()];
}

/** The people who name this class (awareness or new-member link), by index. */
export async function attendeeRows(classId: string): Promise<PersonRow[]> {
  return linkedPeople(classId);
}

/**
 * The people of some units (a class's unit subtree), through the unitId index: a class's picker
 * reads these, never the whole store.
 */
export async function peopleOfUnits(unitIds: Iterable<string>): Promise<PersonRow[]> {
  return db()
    .people.where('unitId')
    .anyOf([...unitIds])
    .toArray();
}

/** Ids of the people who name this class. */
export async function attendeeIds(classId: string): Promise<string[]> {
  const rows = await linkedPeople(classId);
  return rows.map((row) => row.id);
}

/** The version of a class a form loaded: the record and the ids of its attendees then. */
export type ClassVersion = TrainingClass & { attendeeIds: readonly string[] };

/**
 * Saves a class and its attendee list in one transaction: people picked get the class's id,
 * people no longer picked lose it. The attendee count is at least the number picked. With
 * `base`, an edit made meanwhile in another tab is merged (save-conflict.ts); the attendees
 * merge as a set: who this form added or removed, applied to the stored list.
 */
export async function saveClass(
  input: Omit<TrainingClass, 'updatedAt'>,
  pickedIds: readonly string[],
  base?: ClassVersion,
): Promise<TrainingClass> {
  const d = db();
  const readStored = () =>
    d.transaction('r', d.classes, d.people, async () => {
      const record = await d.classes.get(input.id);
      return record && { ...record, attendeeIds: await attendeeIds(input.id) };
    });
  return saveAgainstStored(
    base && { ...base, attendeeIds: [...base.attendeeIds] },
    { ...input, attendeeIds: [...pickedIds] },
    readStored,
    ({ attendeeIds: wantedIds, ...wanted }, assertUnchanged) =>
      writeClass(wanted, wantedIds, assertUnchanged),
    { sets: ['attendeeIds'] },
  );
}

async function writeClass(
  input: Omit<TrainingClass, 'updatedAt'>,
  pickedIds: readonly string[],
  assertUnchanged: AssertUnchanged,
): Promise<TrainingClass> {
  const { trainingClassSchema } = await recordSchemas();
  const d = db();
  return d.transaction('rw', [d.classes, d.people, ...aggregateTables(d)], async () => {
    const current = await d.classes.get(input.id);
    assertUnchanged(current);
    const record = trainingClassSchema.parse({
      ...input,
      updatedAt: nextStamp(current?.updatedAt),
    });
    const field = linkField(record.kind);
    if (pickedIds.length > 0 && !field) throw new ClassRuleError('kindHasNoAttendeeLink');
    if (record.attendeeCount < pickedIds.length) throw new ClassRuleError('countBelowAttendees');
    await d.classes.put(record);
    const picked = new Set(pickedIds);
    const linked = await linkedPeople(record.id);
    const changed: PersonRow[] = [];
    for (const row of linked) {
      if (picked.has(row.id) && row[field ?? 'awarenessClassId'] === record.id) {
        picked.delete(row.id);
        continue;
      }
      const next = { ...row, updatedAt: nextStamp(row.updatedAt) };
      if (next.awarenessClassId === record.id) next.awarenessClassId = null;
      if (next.newMemberClassId === record.id) next.newMemberClassId = null;
      if (picked.has(row.id) && field) {
        next[field] = record.id;
        picked.delete(row.id);
      }
      changed.push(toRow(next));
    }
    if (field && picked.size > 0) {
      const rows = await d.people.bulkGet([...picked]);
      for (const row of rows) {
        if (!row) continue;
        changed.push(toRow({ ...row, [field]: record.id, updatedAt: nextStamp(row.updatedAt) }));
      }
    }
    await putPeople(d, changed);
    return record;
  });
}

export async function deleteClass(id: string): Promise<void> {
  const d = db();
  const stores = [d.classes, d.people, ...aggregateTables(d), d.tombstones];
  await d.transaction('rw', stores, async () => {
    const linked = await linkedPeople(id);
    await putPeople(
      d,
      linked.map((row) =>
        toRow({
          ...row,
          awarenessClassId: row.awarenessClassId === id ? null : row.awarenessClassId,
          newMemberClassId: row.newMemberClassId === id ? null : row.newMemberClassId,
          updatedAt: nextStamp(row.updatedAt),
        }),
      ),
    );
    await d.classes.delete(id);
    await writeTombstone('class', id);
  });
}
