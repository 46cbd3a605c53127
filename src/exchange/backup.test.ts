// Full backup and restore: backup → empty the browser's database → restore gives back every row
// of every table (the dashboard aggregates too); a file that is not a sound backup is refused and
// the store is left as it was; the backup is a valid version-1 exchange document.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';
import {
  PASSPHRASE,
  backUp,
  dumpStore,
  edited,
  fillStore,
  refusal,
  withoutSigningKey,
  type Loose,
} from '../../test/backup-store';
import { PROVINCE_KEYS_SETTING, SIGNING_KEYS_SETTING } from '@/db/backup-repo';
import { BACKUP_REMINDER_SETTING, LAST_BACKUP_SETTING } from '@/db/backup-status';
import { rebuildAggregates } from '@/db/dashboard-repo';
import { PROVINCE_KEY_ALGORITHM, type ProvinceKeys } from '@/db/keys-repo';
import { savePerson, toRow } from '@/db/people-repo';
import { openPeopleRows, setLockKeys } from '@/db/app-lock';
import { enableAppLock, loadLockState, unlockApp } from '@/db/app-lock-repo';
import { db, resetDatabase } from '@/db/schema';
import type { PersonRow } from '@/db/rows';
import { setSetting } from '@/db/settings-repo';
import { createBackup, parseBackup, restoreBackup } from './backup';
import { BACKUP_FORMAT } from './backup-member';
import type { BackupError } from './backup-errors';
import { parseExchange } from './parse';

beforeEach(async () => {
  await resetDatabase();
});

/** Whether a stored ECDH private key agrees with a public key (it is the same pair). */
async function agrees(privateKey: CryptoKey, publicKeyJwk: JsonWebKey): Promise<boolean> {
  const other = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, false, ['deriveBits']);
  const ours = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: other.publicKey },
    privateKey,
    256,
  );
  const theirs = await crypto.subtle.deriveBits(
    {
      name: 'ECDH',
      public: await crypto.subtle.importKey('jwk', publicKeyJwk, PROVINCE_KEY_ALGORITHM, false, []),
    },
    other.privateKey,
    256,
  );
  const hex = (bits: ArrayBuffer) => Array.from(new Uint8Array(bits)).join(',');
  return hex(ours) === hex(theirs);
}

describe('full backup and restore', () => {
  it('gives back every row of every table after the database is deleted', async () => {
    const store = await fillStore({ provinceKeys: true });
    const built = await backUp();
    const before = await dumpStore();
    const provinceBefore = (await db().settings.get(PROVINCE_KEYS_SETTING))?.value as ProvinceKeys;
    // Every table holds something, so that "equal" means something.
    for (const [table, rows] of Object.entries(before)) {
      expect(rows.length, table).toBeGreaterThan(0);
    }
    expect(before.tombstones).toContainEqual(
      expect.objectContaining({ type: 'person', id: store.imported.id, unitId: store.commune.id }),
    );

    await resetDatabase();
    expect((await dumpStore()).people).toEqual([]);

    const summary = await restoreBackup(built.text, {
      fileName: built.fileName,
      passphrase: PASSPHRASE,
    });
    const after = await dumpStore();

    // The signing key cannot leave the installation (non-extractable): a new one will be made.
    expect(summary.signingKeyReplaced).toBe(true);
    expect((after.settings ?? []).map((row) => (row as { key: string }).key)).not.toContain(
      SIGNING_KEYS_SETTING,
    );
    const withoutSigning = (rows: unknown[]) =>
      rows.filter((row) => (row as { key: string }).key !== SIGNING_KEYS_SETTING);
    expect(withoutSigning(after.settings ?? [])).toEqual(withoutSigning(before.settings ?? []));
    for (const table of Object.keys(before)) {
      if (table === 'settings') continue;
      expect(after[table], table).toEqual(before[table]);
    }

    // The province's private key is back, still non-extractable, and it is the same key.
    expect(summary.provinceKey).toBe('restored');
    const provinceAfter = (await db().settings.get(PROVINCE_KEYS_SETTING))?.value as ProvinceKeys;
    expect(provinceAfter.privateKey.extractable).toBe(false);
    expect(await agrees(provinceAfter.privateKey, provinceBefore.publicKeyJwk)).toBe(true);
  });

  it('keeps the dashboard aggregates right: equal to a rebuild from the restored people', async () => {
    await fillStore();
    const built = await backUp();
    await resetDatabase();
    await restoreBackup(built.text);
    const restored = {
      admissionStats: await db().admissionStats.toArray(),
      unitStats: await db().unitStats.toArray(),
    };
    await rebuildAggregates();
    expect(restored.admissionStats.length).toBeGreaterThan(0);
    expect(await db().admissionStats.toArray()).toEqual(restored.admissionStats);
    expect(await db().unitStats.toArray()).toEqual(restored.unitStats);
  });

  it('replaces a store that holds other data: nothing of it is left', async () => {
    await fillStore();
    const built = await backUp();
    const before = await dumpStore();
    await resetDatabase();
    const stray = buildUnit({ code: 'KHAC', name: 'Đơn vị khác', kind: 'province' });
    await db().units.add(stray);
    await savePerson(buildPerson({ unitId: stray.id, fullName: 'Người khác' }));
    await setSetting('language', 'vi');

    await restoreBackup(built.text);
    const after = await dumpStore();
    expect(after.units).toEqual(before.units);
    expect(after.people).toEqual(before.people);
    expect(after.unitStats).toEqual(before.unitStats);
    expect(await db().settings.get('language')).toEqual({ key: 'language', value: 'en' });
  });
});

describe('the backup file', () => {
  it('writes a valid version-1 exchange document: a full export of the home unit', async () => {
    const { commune, admitted } = await fillStore();
    const built = await backUp();
    const { document, warnings, backup } = parseExchange(built.text, built.fileName);
    expect(document.scope).toEqual({ type: 'full' });
    expect(document.source).toMatchObject({ unitId: commune.id, unitCode: 'X01' });
    expect(document.units).toHaveLength(4);
    expect(document.people).toHaveLength(2);
    expect(document.deleted).toHaveLength(3);
    // The one extra member is announced as a backup, nothing else is unknown.
    expect(warnings).toEqual([
      { field: 'installationBackup', message: 'exchange.warning.backupMember' },
    ]);
    expect((backup as { format: string }).format).toBe(BACKUP_FORMAT);
    // Records as the contract has them: no stored column leaks into the file.
    const raw = JSON.parse(built.text) as { people: Record<string, unknown>[] };
    const person = raw.people.find((row) => row.id === admitted.id);
    expect(person).not.toHaveProperty('stage');
    expect(person).not.toHaveProperty('searchKey');
    expect(built.fileName).toMatch(/^ptdv-sao-luu-x01-\d{4}-\d{2}-\d{2}\.ptdv\.json$/);
    expect(built.counts).toMatchObject({ units: 4, people: 2, classes: 1, tombstones: 3 });
  });

  it('holds no private key in clear: only the passphrase-protected form of the province key', async () => {
    await fillStore({ provinceKeys: true });
    const built = await backUp();
    const raw = JSON.parse(built.text) as { installationBackup: Record<string, Loose> };
    expect(built.text).not.toMatch(/"d"\s*:/);
    const keys = raw.installationBackup.keys;
    expect(JSON.parse(keys.province.backup as string).format).toBe('ptdv-key-backup');
    expect(keys.signing).not.toHaveProperty('privateKey');
    expect(raw.installationBackup.settings.map((row: { key: string }) => row.key)).not.toContain(
      PROVINCE_KEYS_SETTING,
    );
  });

  it('previews what the file holds before anything is replaced', async () => {
    const { commune } = await fillStore({ provinceKeys: true });
    const built = await backUp();
    const { preview } = parseBackup(built.text, built.fileName);
    expect(preview).toMatchObject({
      fileName: built.fileName,
      createdAt: built.exportedAt,
      unit: { id: commune.id, code: 'X01', name: 'Đảng ủy xã Tân Lập' },
      installationKind: 'unit',
      provinceKey: 'protected',
      signingKey: true,
      demo: false,
      omittedSettings: [],
    });
    expect(preview.counts).toMatchObject({ people: 2, unitEvents: 5, importLog: 2, exportLog: 1 });
  });

  it('counts the reminder from the restored file', async () => {
    await fillStore();
    const built = await createBackup();
    await resetDatabase();
    await restoreBackup(built.text);
    expect((await db().settings.get(LAST_BACKUP_SETTING))?.value).toBe(built.exportedAt);
    expect((await db().settings.get(BACKUP_REMINDER_SETTING))?.value).toBe(3);
  });

  it('names a setting it cannot carry instead of writing an empty object', async () => {
    await fillStore();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
    ]);
    // A key no version of the app writes (settings-registry.ts): only a raw write makes it.
    await db().settings.put({ key: 'lock.key', value: { key } });
    const built = await createBackup();
    const { preview, backup } = parseBackup(built.text, built.fileName);
    expect(preview.omittedSettings).toEqual(['lock.key']);
    expect(backup.settings.map((row) => row.key)).not.toContain('lock.key');
  });

  it('gives back a record whose class went missing, as the store had it', async () => {
    const { cellA } = await fillStore();
    const orphan = buildPerson({
      unitId: cellA.id,
      awarenessClassId: '00000000-0000-4000-8000-00000000c1a5',
    });
    await db().people.put(toRow(orphan));
    const built = await createBackup();
    const before = await dumpStore();
    await resetDatabase();
    await restoreBackup(built.text);
    expect((await dumpStore()).people).toEqual(before.people);
  });

  it('refuses to back up a store without a unit', async () => {
    const error = await refusal(createBackup());
    expect(error).toMatchObject({ code: 'nothingToBackUp' });
  });
});

describe('under the app lock', () => {
  const LOCK = 'khóa ứng dụng của xã';

  it('keeps the CCCDs sealed in the file and gives them back sealed, opened by the same passphrase', async () => {
    const { admitted } = await fillStore();
    await enableAppLock(LOCK, { iterations: 1_000 });
    const built = await backUp();
    const before = await dumpStore();
    const sealedRow = before.people?.find((row) => (row as PersonRow).id === admitted.id);
    expect(sealedRow).toMatchObject({ nationalId: null, nationalIdSealed: expect.any(Object) });
    // Neither the record part nor the member holds the CCCD in clear.
    expect(built.text).not.toContain('001200012345');
    expect(parseBackup(built.text, built.fileName).preview.appLock).toBe(true);

    setLockKeys(null);
    await resetDatabase();
    await restoreBackup(built.text);
    // All but the signing key, which no backup can carry (see the first test).
    expect(withoutSigningKey(await dumpStore())).toEqual(withoutSigningKey(before));

    await loadLockState();
    await unlockApp(LOCK);
    const [opened] = await openPeopleRows([(await db().people.get(admitted.id)) as PersonRow]);
    expect(opened?.nationalId).toBe('001200012345');
    setLockKeys(null);
  });

  it('refuses a local column that would overwrite a record field', async () => {
    const { admitted } = await fillStore();
    const built = await createBackup();
    const text = edited(built.text, (root) => {
      root.installationBackup.localPersonFields.push([admitted.id, { fullName: 'Người khác' }]);
    });
    const error = await refusal(restoreBackup(text));
    expect(error).toMatchObject({ code: 'invalidBackup' });
    expect((error as BackupError).field).toContain('installationBackup.localPersonFields');
  });
});
