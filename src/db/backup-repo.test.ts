// The store's side of a full backup: reading every table in one go (people in chunks) and
// replacing every table in one transaction, aggregates included. The file round trip, with every
// kind of record and the refusals, is in src/exchange/backup.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import { putPeople } from './aggregates';
import { BACKUP_CHUNK, countWholeStore, readWholeStore, replaceWholeStore } from './backup-repo';
import { backupStatus, recordBackup, saveBackupReminderDays } from './backup-status';
import { toRow } from './people-repo';
import { db, resetDatabase } from './schema';
import { saveInstallation, setSetting } from './settings-repo';

beforeEach(async () => {
  await resetDatabase();
});

async function tables() {
  const d = db();
  const out: Record<string, unknown[]> = {};
  for (const table of d.tables) out[table.name] = await table.toArray();
  return out;
}

describe('readWholeStore and replaceWholeStore', () => {
  it('read every person across chunk boundaries and write them back with their aggregates', async () => {
    const unit = buildUnit({ kind: 'province' });
    await db().units.add(unit);
    const people = Array.from({ length: BACKUP_CHUNK + 3 }, (_, index) =>
      buildPerson({
        unitId: unit.id,
        fullName: `Người số ${index}`,
        milestones: index % 3 === 0 ? { admittedOn: '2025-05-01' } : { sourcedOn: '2025-01-01' },
      }),
    );
    await putPeople(db(), people.map(toRow));
    await db().unitEvents.add({
      id: 'e1',
      unitId: unit.id,
      at: '2026-01-01T00:00:00.000Z',
      kind: 'created',
      changes: { name: [null, unit.name] },
    });
    await setSetting('language', 'en');
    const before = await tables();

    const progress: [number, number][] = [];
    const contents = await readWholeStore((done, total) => progress.push([done, total]));
    expect(contents.people).toHaveLength(BACKUP_CHUNK + 3);
    expect(contents.people[0]).not.toHaveProperty('stage');
    expect(contents.people[0]).not.toHaveProperty('searchKey');
    expect(progress.at(-1)).toEqual([BACKUP_CHUNK + 6, BACKUP_CHUNK + 6]);

    await resetDatabase();
    const written: number[] = [];
    await replaceWholeStore(contents, (done) => written.push(done));
    expect(await tables()).toEqual(before);
    expect(written.at(-1)).toBe(BACKUP_CHUNK + 6);
  }, 60_000);

  it('writes nothing when a row cannot be written (all or nothing)', async () => {
    const unit = buildUnit({ kind: 'province' });
    await db().units.add(unit);
    await putPeople(db(), [toRow(buildPerson({ unitId: unit.id }))]);
    const before = await tables();
    const contents = await readWholeStore();
    // Two settings with one key: the second add fails inside the transaction.
    contents.settings.push({ key: 'language', value: 'vi' }, { key: 'language', value: 'en' });
    await expect(replaceWholeStore(contents)).rejects.toThrow();
    expect(await tables()).toEqual(before);
  });

  it('counts what a restore would replace', async () => {
    await db().units.add(buildUnit());
    expect(await countWholeStore()).toMatchObject({ units: 1, people: 0, settings: 0 });
  });
});

describe('backupStatus', () => {
  it('says when the last backup was, the reminder days, and whether there is data', async () => {
    const home = buildUnit();
    await db().units.add(home);
    await saveInstallation({
      kind: 'unit',
      homeUnitId: home.id,
      setUpAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await backupStatus()).toEqual({
      lastBackupAt: null,
      reminderDays: 7,
      setUpAt: '2026-01-01T00:00:00.000Z',
      hasRecords: false,
      demo: false,
    });
    await putPeople(db(), [toRow(buildPerson({ unitId: home.id }))]);
    await recordBackup('2026-11-20T03:00:00.000Z');
    await saveBackupReminderDays(14);
    await setSetting('demo', {
      loadedAt: '2026-11-20T03:00:00.000Z',
      seed: 1,
      size: 'small',
      today: '2026-11-20',
      rootUnitId: home.id,
      counts: { units: 1, people: 1, classes: 0, targets: 0, memberCounts: 0 },
    });
    expect(await backupStatus()).toMatchObject({
      lastBackupAt: '2026-11-20T03:00:00.000Z',
      reminderDays: 14,
      hasRecords: true,
      demo: true,
    });
  });
});
