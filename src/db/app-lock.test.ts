// The app lock: keys from a passphrase, the CCCD sealed at rest and opened on read, the store
// walked when the lock is turned on and off, imports and exports under the lock.
import { describe, expect, it } from 'vitest';
import type { Person } from '@/domain/entities';
import { expectCode, startEachTestUnlocked } from '../../test/app-lock';
import { buildClass, buildPerson, buildUnit } from '../../test/builders';
import {
  createAppLock,
  currentLockKeys,
  lockKeysForWrite,
  lockState,
  nationalIdToken,
  openAppLock,
  openNationalId,
  rewrapAppLock,
  sealNationalId,
  sealPeopleWith,
  setLockKeys,
  type AppLockSettings,
  type LockKeys,
} from './app-lock';
import {
  changeAppLockPassphrase,
  disableAppLock,
  enableAppLock,
  loadLockState,
  lockApp,
  readAppLock,
  unlockApp,
} from './app-lock-repo';
import { aggregateRowsOf } from './aggregates';
import { saveClass } from './classes-repo';
import { fromRow, getPerson, savePerson, toRow } from './people-repo';
import { db } from './schema';
import type { PersonRow } from './rows';

// Tests derive with few iterations: the cost is the same code path, not the same seconds.
const ITERATIONS = 1_000;
const PASS = 'Mật khẩu thử 2026';
// fake-indexeddb is slow: small chunks give several transactions over a few dozen people.
const CHUNK = 16;

startEachTestUnlocked();

/** A 12-digit CCCD from a number. */
const cccd = (n: number) => `0012${String(n).padStart(8, '0')}`;

async function rawRow(id: string): Promise<PersonRow> {
  const row = await db().people.get(id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('keys from a passphrase', () => {
  it('opens with the right passphrase and refuses a wrong one', async () => {
    const { settings } = await createAppLock(PASS, { iterations: ITERATIONS });
    expect(settings.iterations).toBe(ITERATIONS);
    expect(settings.autoLockMinutes).toBe(15);
    expect(JSON.stringify(settings)).not.toContain(PASS);
    const keys = await openAppLock(settings, PASS);
    expect(keys.dataKey.extractable).toBe(false);
    expect(keys.tokenKey.extractable).toBe(false);
    await expectCode(openAppLock(settings, 'Mật khẩu thử 2025'), 'wrongPassphrase');
    await expectCode(openAppLock(settings, ''), 'wrongPassphrase');
  });

  it('takes the passphrase in any Unicode normal form (Vietnamese input methods differ)', async () => {
    const { settings, keys } = await createAppLock(PASS.normalize('NFC'), {
      iterations: ITERATIONS,
    });
    const again = await openAppLock(settings, PASS.normalize('NFD'));
    const sealed = await sealNationalId('p1', '001200012345', keys);
    expect(await openNationalId('p1', sealed.nationalIdSealed, again)).toBe('001200012345');
  });

  it('uses a new salt for every lock, so two locks with one passphrase differ', async () => {
    const a = await createAppLock(PASS, { iterations: ITERATIONS });
    const b = await createAppLock(PASS, { iterations: ITERATIONS });
    expect(a.settings.salt).not.toBe(b.settings.salt);
    expect(atob(a.settings.salt)).toHaveLength(16);
    expect(await nationalIdToken('001200012345', a.keys)).not.toBe(
      await nationalIdToken('001200012345', b.keys),
    );
  });
});

describe('sealing one CCCD', () => {
  it('round-trips, and only opens in its own row', async () => {
    const { keys } = await createAppLock(PASS, { iterations: ITERATIONS });
    const sealed = await sealNationalId('person-1', '001200012345', keys);
    expect(sealed.nationalId).toBeNull();
    expect(JSON.stringify(sealed)).not.toContain('001200012345');
    expect(await openNationalId('person-1', sealed.nationalIdSealed, keys)).toBe('001200012345');
    // Copied into another person's row, the value does not open.
    await expect(openNationalId('person-2', sealed.nationalIdSealed, keys)).rejects.toThrow();
    // A fresh iv each time: two seals of one value differ, their tokens do not.
    const again = await sealNationalId('person-1', '001200012345', keys);
    expect(again.nationalIdSealed.data).not.toBe(sealed.nationalIdSealed.data);
    expect(again.nationalIdToken).toBe(sealed.nationalIdToken);
    expect(await nationalIdToken('001200012346', keys)).not.toBe(sealed.nationalIdToken);
    expect(sealed.nationalIdToken).toBe(await nationalIdToken('001200012345', keys));
  });

  it('keeps the same keys under a new passphrase', async () => {
    const { settings, keys } = await createAppLock(PASS, { iterations: ITERATIONS });
    const sealed = await sealNationalId('p', '001200012345', keys);
    const changed = await rewrapAppLock(settings, PASS, 'một mật khẩu mới', {
      iterations: ITERATIONS,
    });
    expect(changed.salt).not.toBe(settings.salt);
    await expectCode(openAppLock(changed, PASS), 'wrongPassphrase');
    const reopened = await openAppLock(changed, 'một mật khẩu mới');
    expect(await openNationalId('p', sealed.nationalIdSealed, reopened)).toBe('001200012345');
    await expectCode(
      rewrapAppLock(settings, 'sai', 'x', { iterations: ITERATIONS }),
      'wrongPassphrase',
    );
  });
});

const unit = buildUnit();

/** People of one unit written straight to the store, every fifth without a CCCD. */
async function storePeople(count: number): Promise<PersonRow[]> {
  const people = Array.from({ length: count }, (_, i) =>
    buildPerson({
      unitId: unit.id,
      fullName: `Nguyễn Văn Số ${i}`,
      nationalId: i % 5 === 4 ? null : cccd(i),
      milestones: { sourcedOn: '2025-01-01', admittedOn: i % 2 ? '2025-06-01' : null },
    }),
  );
  const rows = people.map(toRow);
  await db().people.bulkPut(rows);
  return rows;
}

describe('the lock over the store: turning it on and off', () => {
  it('seals every stored CCCD when turned on, opens it for the person pages, and back when turned off', async () => {
    // More than one chunk, so the marker moves between transactions.
    const rows = await storePeople(CHUNK * 3 + 5);
    const aggregatesBefore = aggregateRowsOf(await db().people.toArray());
    await db().peopleList.bulkPut(aggregatesBefore.peopleList);
    await db().peopleKeys.bulkPut(aggregatesBefore.peopleKeys);
    const progress: number[] = [];
    await enableAppLock(PASS, {
      iterations: ITERATIONS,
      chunkSize: CHUNK,
      onProgress: (done, total) => {
        expect(total).toBe(rows.length);
        progress.push(done);
      },
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(rows.length);
    expect(lockState()).toMatchObject({ enabled: true, unlocked: true });
    const settings = await readAppLock();
    expect(settings?.migration).toBeNull();

    const stored = await db().people.toArray();
    for (const row of stored) {
      const before = rows.find((r) => r.id === row.id);
      // Sealing is no change of the record: no "changes since" export of everyone.
      expect(row.updatedAt).toBe(before?.updatedAt);
      expect(row.nationalId).toBeNull();
      if (before?.nationalId) {
        expect(row.nationalIdSealed).toBeDefined();
        expect(row.searchKey).not.toMatch(/\d{12}/);
        expect(JSON.stringify(row)).not.toContain(before.nationalId);
        expect(row.nationalIdToken).toBe(
          await nationalIdToken(before.nationalId, currentLockKeys()!),
        );
      } else {
        expect(row.nationalIdSealed).toBeUndefined();
      }
    }
    // The other aggregates are untouched; the people list's and the duplicate keys now hold
    // the tokens.
    const {
      peopleList: listAfter,
      peopleKeys: keysAfter,
      ...countsAfter
    } = aggregateRowsOf(stored);
    const { peopleList: _listBefore, peopleKeys: _keysBefore, ...countsBefore } = aggregatesBefore;
    expect(countsAfter).toEqual(countsBefore);
    expect(await db().peopleList.toArray()).toEqual(listAfter);
    expect(await db().peopleKeys.toArray()).toEqual(keysAfter);

    const sample = rows[7]!;
    expect((await getPerson(sample.id))?.nationalId).toBe(sample.nationalId);
    expect(await getPerson(sample.id)).not.toHaveProperty('nationalIdSealed');

    lockApp();
    expect(lockState()).toMatchObject({ enabled: true, unlocked: false });
    await expectCode(getPerson(sample.id), 'locked');
    await expectCode(unlockApp('sai mật khẩu'), 'wrongPassphrase');
    await unlockApp(PASS);
    expect((await getPerson(sample.id))?.nationalId).toBe(sample.nationalId);

    await expectCode(disableAppLock('sai mật khẩu'), 'wrongPassphrase');
    await disableAppLock(PASS, { chunkSize: CHUNK });
    expect(await readAppLock()).toBeNull();
    expect(lockState()).toMatchObject({ enabled: false, unlocked: false });
    const opened = await db().people.toArray();
    for (const row of opened) {
      const before = rows.find((r) => r.id === row.id)!;
      expect(row).toEqual(before);
    }
  });

  it('finishes on the next unlock a sealing pass that a closed tab left half-way', async () => {
    const rows = await storePeople(CHUNK * 3 + 5);
    let calls = 0;
    const crash = enableAppLock(PASS, {
      iterations: ITERATIONS,
      chunkSize: CHUNK,
      onProgress: () => {
        calls += 1;
        // After the first chunk is written: the tab closes.
        if (calls === 2) throw new Error('tab closed');
      },
    });
    await expect(crash).rejects.toThrow('tab closed');
    const marker = (await readAppLock())?.migration;
    expect(marker?.direction).toBe('seal');
    expect(marker?.after).not.toBe('');
    const stored = await db().people.toArray();
    const sealed = stored.filter((row) => row.nationalIdSealed).length;
    const clear = stored.filter((row) => row.nationalId).length;
    expect(sealed).toBeGreaterThan(0);
    expect(clear).toBeGreaterThan(0);
    // Every row is wholly one or the other.
    expect(stored.every((row) => !(row.nationalId && row.nationalIdSealed))).toBe(true);

    setLockKeys(null); // the page is gone
    await unlockApp(PASS, { chunkSize: CHUNK });
    expect((await readAppLock())?.migration).toBeNull();
    const after = await db().people.toArray();
    expect(after.filter((row) => row.nationalId)).toEqual([]);
    const withId = rows.filter((row) => row.nationalId);
    expect(after.filter((row) => row.nationalIdSealed)).toHaveLength(withId.length);
  });
});

describe('the lock over the store: writes under the lock', () => {
  it('seals a person saved under the lock and refuses to save while locked', async () => {
    await enableAppLock(PASS, { iterations: ITERATIONS });
    const person = buildPerson({ unitId: unit.id, fullName: 'Lê Thị Hoa', nationalId: cccd(42) });
    await savePerson(person);
    const raw = await rawRow(person.id);
    expect(raw.nationalId).toBeNull();
    expect(raw.searchKey).toBe('le thi hoa');
    expect(JSON.stringify(raw)).not.toContain(cccd(42));
    expect((await getPerson(person.id))?.nationalId).toBe(cccd(42));
    // Saving again without a CCCD leaves no sealed value behind.
    await savePerson({ ...person, nationalId: null });
    expect(await rawRow(person.id)).not.toHaveProperty('nationalIdSealed');

    lockApp();
    await expectCode(savePerson(person), 'locked');
    await expectCode(lockKeysForWrite(), 'locked');
  });

  it('never seals with keys the stored lock cannot open (a backup restored behind the tab)', async () => {
    await enableAppLock(PASS, { iterations: ITERATIONS });
    const first = currentLockKeys();
    const person = buildPerson({ unitId: unit.id, nationalId: cccd(7) });
    // Another lock arrives in the store (a restored backup): the keys held are not its keys.
    const other = await createAppLock('mật khẩu của bản sao lưu', { iterations: ITERATIONS });
    await db().settings.put({ key: 'appLock', value: other.settings });
    // A write refuses, and drops them…
    await expectCode(savePerson(person), 'locked');
    expect(lockState()).toMatchObject({ enabled: true, unlocked: false });
    expect(await db().people.get(person.id)).toBeUndefined();
    // …and so does reading the settings again (what the app does after a restore).
    setLockKeys(first, { enabled: true });
    await loadLockState();
    expect(lockState()).toMatchObject({ enabled: true, unlocked: false });
    await expectCode(unlockApp(PASS), 'wrongPassphrase');
    await unlockApp('mật khẩu của bản sao lưu');
    await savePerson(person);
    expect((await getPerson(person.id))?.nationalId).toBe(cccd(7));

    // No lock at all any more: the keys are dropped, the CCCD written in clear, nothing to open.
    await db().settings.delete('appLock');
    await savePerson({ ...person, fullName: 'Vũ Văn Khang' });
    expect((await rawRow(person.id)).nationalId).toBe(cccd(7));
    expect(lockState()).toMatchObject({ enabled: false, unlocked: false });
    await unlockApp(PASS);
    expect(lockState()).toMatchObject({ enabled: false, unlocked: false });
  });

  it('keeps a sealed CCCD sealed when a class write touches the person', async () => {
    const person = buildPerson({ unitId: unit.id, nationalId: cccd(9) });
    await savePerson(person);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    const klass = buildClass({ unitId: unit.id });
    await saveClass(klass, [person.id]);
    const raw = await rawRow(person.id);
    expect(raw.awarenessClassId).toBe(klass.id);
    expect(raw.nationalId).toBeNull();
    expect(raw.nationalIdSealed).toBeDefined();
    expect(raw.searchKey).not.toContain(cccd(9));
    expect((await getPerson(person.id))?.nationalId).toBe(cccd(9));
  });

  it('keeps the data readable after a change of passphrase', async () => {
    const rows = await storePeople(20);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    await expectCode(
      changeAppLockPassphrase('sai', 'mật khẩu mới 2027', { iterations: ITERATIONS }),
      'wrongPassphrase',
    );
    await changeAppLockPassphrase(PASS, 'mật khẩu mới 2027', { iterations: ITERATIONS });
    lockApp();
    await expectCode(unlockApp(PASS), 'wrongPassphrase');
    await unlockApp('mật khẩu mới 2027');
    const sample = rows[3]!;
    expect((await getPerson(sample.id))?.nationalId).toBe(sample.nationalId);
  });
});

describe('rows for files', () => {
  it('never turns a sealed row into a record without its CCCD', async () => {
    const { keys } = await createAppLock(PASS, { iterations: ITERATIONS });
    const person = buildPerson({ nationalId: '001300004444' });
    const sealed = { ...person, ...(await sealNationalId(person.id, '001300004444', keys)) };
    expect(() => fromRow(toRow(sealed))).toThrow(/open the sealed CCCD/);
  });

  it('seals records only while a lock is stored, with its own keys', async () => {
    // As a writer does: the keys for the write, then the records sealed with them.
    const sealPeople = async (people: Person[], given: LockKeys | null) =>
      sealPeopleWith(people, await lockKeysForWrite(given));
    const { keys } = await createAppLock(PASS, { iterations: ITERATIONS });
    const person = buildPerson({ nationalId: '001300004444' });
    // No lock in the store: whatever keys are given, the record goes as it is.
    expect(await sealPeople([person], keys)).toEqual([person]);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    await expectCode(sealPeople([person], keys), 'locked');
    const [sealed] = await sealPeople([person], currentLockKeys());
    expect(sealed?.nationalId).toBeNull();
  });
});

describe('the settings row', () => {
  it('holds the parameters the brief names and nothing that opens it alone', async () => {
    await enableAppLock(PASS, { iterations: ITERATIONS, autoLockMinutes: 30 });
    const settings = (await readAppLock()) as AppLockSettings;
    expect(settings).toMatchObject({
      version: 1,
      iterations: ITERATIONS,
      autoLockMinutes: 30,
      migration: null,
    });
    expect(Object.keys(settings.verifier).sort()).toEqual(['data', 'iv']);
    expect(Object.keys(settings.wrappedDataKey).sort()).toEqual(['data', 'iv']);
    expect(JSON.stringify(settings)).not.toContain(PASS);
  });
});
