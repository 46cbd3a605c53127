// A file that is not a sound backup is refused and the store is left as it was; a backup holding
// the province's key asks for its passphrase.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '@/domain/entities';
import { buildPerson, buildUnit } from '../../test/builders';
import {
  backUp,
  dumpStore,
  edited,
  fillStore,
  refusal,
  type Dump,
  type Loose,
} from '../../test/backup-store';
import { PROVINCE_KEYS_SETTING } from '@/db/backup-repo';
import { collectExport } from '@/db/export-collect';
import { savePerson } from '@/db/people-repo';
import { db, resetDatabase } from '@/db/schema';
import { restoreBackup, type BuiltBackup } from './backup';
import { BackupError } from './backup-errors';
import { buildExport, serializeExport } from './export';

describe('the province key on restore', () => {
  let built: BuiltBackup;
  let before: Dump;
  beforeEach(async () => {
    await resetDatabase();
    await fillStore({ provinceKeys: true });
    built = await backUp();
    await resetDatabase();
    before = await dumpStore();
  });

  it('asks for the passphrase and leaves the store as it was without it', async () => {
    expect(await refusal(restoreBackup(built.text))).toMatchObject({ code: 'passphraseRequired' });
    expect(await dumpStore()).toEqual(before);
  });

  it('refuses a wrong passphrase and leaves the store as it was', async () => {
    const error = await refusal(restoreBackup(built.text, { passphrase: 'không phải mật khẩu' }));
    expect(error).toMatchObject({ code: 'wrongPassphrase' });
    expect(await dumpStore()).toEqual(before);
  });

  it('restores the data without the key when asked to', async () => {
    const summary = await restoreBackup(built.text, { withoutProvinceKey: true });
    expect(summary.provinceKey).toBe('skipped');
    expect(await db().settings.get(PROVINCE_KEYS_SETTING)).toBeUndefined();
    expect(await db().people.count()).toBe(2);
  });
});

describe('files that are not a sound backup', () => {
  let built: BuiltBackup;
  let before: Dump;
  let home: Unit;
  beforeEach(async () => {
    await resetDatabase();
    const store = await fillStore();
    home = store.commune;
    built = await backUp();
    // The store the refusals must leave alone: other data than the file's.
    await resetDatabase();
    const stray = buildUnit({ code: 'CON', name: 'Dữ liệu đang dùng', kind: 'province' });
    await db().units.add(stray);
    await savePerson(buildPerson({ unitId: stray.id }));
    before = await dumpStore();
  });

  async function refused(text: string) {
    const error = await refusal(restoreBackup(text, { fileName: 'x.ptdv.json' }));
    expect(await dumpStore()).toEqual(before);
    return error;
  }

  it('refuses a truncated file', async () => {
    const error = await refused(built.text.slice(0, Math.floor(built.text.length * 0.6)));
    expect(error).toMatchObject({ code: 'truncated', file: 'x.ptdv.json' });
  });

  it('refuses garbage and a foreign JSON file', async () => {
    expect(await refused('PK\u0003\u0004 not json')).toMatchObject({ code: 'notJson' });
    expect(await refused('{"format": "other-app", "rows": []}')).toMatchObject({
      code: 'notThisFormat',
    });
  });

  it('refuses a plain export: it is not a backup', async () => {
    const collected = await collectExport({ rootUnitId: (await db().units.toArray())[0]!.id });
    const error = await refused(serializeExport(buildExport(collected)));
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'notBackup' });
  });

  it('refuses an invalid record the way an import does', async () => {
    const text = edited(built.text, (root) => {
      root.people[0].birthDate = '1999-02-30';
    });
    expect(await refused(text)).toMatchObject({
      code: 'invalidRecord',
      array: 'people',
      field: 'birthDate',
    });
  });

  it('refuses a backup member that is not what the app writes, naming the field', async () => {
    const cases: [(member: Record<string, Loose>, root: Record<string, Loose>) => void, string][] =
      [
        [(m) => (m.unitEvents[1].at = 'hôm qua'), 'installationBackup.unitEvents[1].at'],
        [(m) => (m.counts.people = 3), 'installationBackup.counts.people'],
        [
          (m) => m.settings.push({ key: 'keys.province', value: {} }),
          'installationBackup.settings',
        ],
        [
          (m) =>
            (m.settings.find((row: Loose) => row.key === 'installation').value.kind = 'district'),
          'installationBackup.settings',
        ],
        [(m) => (m.importLog[0].counts = 'nhiều'), 'installationBackup.importLog[0].counts'],
        [(m) => (m.format = 'something-else'), 'installationBackup.format'],
        [
          (m) => m.tombstoneOwners.push(['person', home.id, home.id]),
          'installationBackup.tombstoneOwners',
        ],
        [(_m, root) => (root.installationBackup = []), 'installationBackup'],
      ];
    for (const [edit, field] of cases) {
      const text = edited(built.text, (root) => edit(root.installationBackup, root));
      const error = await refused(text);
      expect(error, field).toBeInstanceOf(BackupError);
      expect(error.code, field).toBe('invalidBackup');
      expect((error as BackupError).field, field).toContain(field);
    }
  });

  it('refuses an object key that could reach a prototype', async () => {
    const text = built.text.replace('"changes":{', '"changes":{"__proto__":[1,2],');
    expect(text).not.toBe(built.text);
    expect(await refused(text)).toMatchObject({ code: 'invalidBackup' });
  });

  it('refuses a newer backup version', async () => {
    expect(
      await refused(edited(built.text, (root) => (root.installationBackup.version = 2))),
    ).toMatchObject({ code: 'newerBackupVersion' });
  });
});
