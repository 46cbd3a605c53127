import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Milestones, TrainingClass } from '@/domain/entities';
import { buildClass, buildPerson, buildUnit } from '../../test/builders';
import {
  ClassRuleError,
  attendeeIds,
  deleteClass,
  getClass,
  listClasses,
  saveClass,
} from './classes-repo';
import { getPerson, savePerson } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const unit = buildUnit();

function input(overrides: Partial<TrainingClass> = {}): Omit<TrainingClass, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = buildClass({ unitId: unit.id, ...overrides });
  return rest;
}

async function people(count: number, milestones: Partial<Milestones> = {}) {
  const saved = [];
  for (let i = 0; i < count; i += 1) {
    saved.push(
      await savePerson(buildPerson({ unitId: unit.id, fullName: `Học viên ${i}`, milestones })),
    );
  }
  return saved;
}

describe('classes repository', () => {
  it('saves a class with a stamp and links the picked people', async () => {
    const [a, b, c] = await people(3);
    const saved = await saveClass(input({ attendeeCount: 30 }), [a!.id, b!.id]);
    expect(Date.parse(saved.updatedAt)).not.toBeNaN();
    expect(await getClass(saved.id)).toEqual(saved);
    expect((await attendeeIds(saved.id)).sort()).toEqual([a!.id, b!.id].sort());
    expect((await getPerson(a!.id))?.awarenessClassId).toBe(saved.id);
    expect((await getPerson(c!.id))?.awarenessClassId).toBeNull();
    // A linked person's record changed, so its updatedAt moves on (the exchange merges by it).
    expect((await getPerson(a!.id))!.updatedAt > a!.updatedAt).toBe(true);
    expect((await getPerson(c!.id))!.updatedAt).toBe(c!.updatedAt);
  });

  it('links a new-member class through newMemberClassId', async () => {
    const [a] = await people(1, { admittedOn: '2026-01-10' });
    const saved = await saveClass(input({ kind: 'new_member', attendeeCount: 1 }), [a!.id]);
    const row = await getPerson(a!.id);
    expect(row?.newMemberClassId).toBe(saved.id);
    expect(row?.awarenessClassId).toBeNull();
  });

  it('links the newly picked and unlinks the people no longer picked', async () => {
    const [a, b, c] = await people(3);
    const klass = input({ attendeeCount: 5 });
    await saveClass(klass, [a!.id, b!.id]);
    const bBefore = await getPerson(b!.id);
    await saveClass(klass, [b!.id, c!.id]);
    expect((await attendeeIds(klass.id)).sort()).toEqual([b!.id, c!.id].sort());
    expect((await getPerson(a!.id))?.awarenessClassId).toBeNull();
    expect((await getPerson(c!.id))?.awarenessClassId).toBe(klass.id);
    // Still picked, nothing changed for b: its record is left as it was.
    expect(await getPerson(b!.id)).toEqual(bBefore);
  });

  it('moves the links when the kind changes from awareness to new member', async () => {
    const [a] = await people(1);
    const klass = input({ attendeeCount: 5 });
    await saveClass(klass, [a!.id]);
    await saveClass({ ...klass, kind: 'new_member' }, [a!.id]);
    const row = await getPerson(a!.id);
    expect(row?.awarenessClassId).toBeNull();
    expect(row?.newMemberClassId).toBe(klass.id);
  });

  it('refuses an attendee count below the number picked, and writes nothing', async () => {
    const [a, b, c] = await people(3);
    const klass = input({ attendeeCount: 2 });
    const error = await saveClass(klass, [a!.id, b!.id, c!.id]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClassRuleError);
    expect((error as ClassRuleError).code).toBe('countBelowAttendees');
    expect(await getClass(klass.id)).toBeUndefined();
    expect(await attendeeIds(klass.id)).toEqual([]);
  });

  it('refuses a lower count on edit and keeps the stored class and links', async () => {
    const [a, b] = await people(2);
    const klass = input({ attendeeCount: 2, title: 'Lớp khóa I' });
    const saved = await saveClass(klass, [a!.id, b!.id]);
    await expect(
      saveClass({ ...klass, attendeeCount: 1, title: 'Lớp khóa II' }, [a!.id, b!.id]),
    ).rejects.toMatchObject({ code: 'countBelowAttendees' });
    expect(await getClass(klass.id)).toEqual(saved);
    expect((await attendeeIds(klass.id)).sort()).toEqual([a!.id, b!.id].sort());
  });

  it("refuses picked people for an 'other' class, which the exchange format cannot link", async () => {
    const [a] = await people(1);
    const klass = input({ kind: 'other', attendeeCount: 10 });
    await expect(saveClass(klass, [a!.id])).rejects.toMatchObject({
      code: 'kindHasNoAttendeeLink',
    });
    expect(await getClass(klass.id)).toBeUndefined();
    expect((await getPerson(a!.id))?.awarenessClassId).toBeNull();
    // Without picks an 'other' class is fine.
    await saveClass(klass, []);
    expect((await getClass(klass.id))?.kind).toBe('other');
  });

  it('writes the class and the links in one transaction: a failed link leaves nothing', async () => {
    const [a, b] = await people(2);
    const klass = input({ attendeeCount: 2 });
    // The people's write fails (a full disk, say) after the class was written.
    vi.spyOn(db().people, 'bulkPut').mockImplementation(
      () => Promise.reject(new Error('QuotaExceededError')) as never,
    );
    await expect(saveClass(klass, [a!.id, b!.id])).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await getClass(klass.id)).toBeUndefined();
    expect((await getPerson(a!.id))?.awarenessClassId).toBeNull();
    expect((await getPerson(b!.id))?.awarenessClassId).toBeNull();
  });

  it('refuses an end date before the start date', async () => {
    const klass = input({ startOn: '2026-03-10', endOn: '2026-03-09' });
    await expect(saveClass(klass, [])).rejects.toThrow();
    expect(await getClass(klass.id)).toBeUndefined();
  });

  it('unlinks the attendees and leaves a tombstone on delete', async () => {
    const [a, b] = await people(2);
    const klass = input({ attendeeCount: 2 });
    await saveClass(klass, [a!.id, b!.id]);
    await deleteClass(klass.id);
    expect(await getClass(klass.id)).toBeUndefined();
    expect((await getPerson(a!.id))?.awarenessClassId).toBeNull();
    expect((await getPerson(b!.id))?.awarenessClassId).toBeNull();
    expect(await db().tombstones.get(['class', klass.id])).toMatchObject({
      type: 'class',
      id: klass.id,
    });
  });

  it('lists the classes of the given units', async () => {
    const other = buildUnit();
    const mine = await saveClass(input(), []);
    await saveClass(input({ unitId: other.id }), []);
    expect((await listClasses(new Set([unit.id]))).map((item) => item.id)).toEqual([mine.id]);
    expect(await listClasses()).toHaveLength(2);
  });
});
