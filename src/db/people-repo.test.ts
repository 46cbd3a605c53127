import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPerson } from '../../test/builders';
import { countPeople, deletePerson, fromRow, getPerson, savePerson } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('people repository', () => {
  it('stamps updatedAt and derives the stage and the search key on save', async () => {
    const person = buildPerson({
      fullName: 'Đặng Thị Ngọc Ánh',
      nationalId: '001203004005',
      milestones: { applicationOn: '2026-02-01' },
      updatedAt: '2000-01-01T00:00:00.000Z',
    });
    const before = new Date().toISOString();
    const row = await savePerson(person);
    expect(row.updatedAt >= before).toBe(true);
    expect(row.stage).toBe('applied');
    expect(row.searchKey).toBe('dang thi ngoc anh 001203004005');
    const stored = await getPerson(person.id);
    expect(stored).toEqual(row);
    expect(fromRow(row)).not.toHaveProperty('stage');
    expect(fromRow(row)).not.toHaveProperty('searchKey');
  });

  it('gives a second save a later updatedAt, even within the same millisecond', async () => {
    // Only Date is faked: Dexie and fake-indexeddb still need real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T02:00:00.000Z'));
    const person = buildPerson();
    const first = await savePerson(person);
    const second = await savePerson({
      ...person,
      milestones: { ...person.milestones, admittedOn: '2026-05-19' },
    });
    expect(first.updatedAt).toBe('2026-11-28T02:00:00.000Z');
    expect(second.updatedAt).toBe('2026-11-28T02:00:00.001Z');
    expect(second.stage).toBe('probation');
    expect((await getPerson(person.id))?.stage).toBe('probation');
  });

  it('normalises names to NFC before storing', async () => {
    const decomposed = 'Nguyễn Văn Hùng'.normalize('NFD');
    const row = await savePerson(buildPerson({ fullName: `  ${decomposed}  ` }));
    expect(row.fullName).toBe('Nguyễn Văn Hùng'.normalize('NFC'));
  });

  it('refuses an invalid person and writes nothing', async () => {
    const person = buildPerson({ birthDate: '2023-02-30' });
    await expect(savePerson(person)).rejects.toThrow();
    expect(await countPeople()).toBe(0);
  });

  it('leaves a tombstone when a person is deleted', async () => {
    const person = buildPerson();
    await savePerson(person);
    await deletePerson(person.id);
    expect(await getPerson(person.id)).toBeUndefined();
    const tombstone = await db().tombstones.get(['person', person.id]);
    expect(tombstone).toMatchObject({ type: 'person', id: person.id });
    expect(Date.parse(tombstone?.deletedAt ?? '')).not.toBeNaN();
  });
});
