// Full backup and restore: backup → empty the browser's database → restore gives back every row
// of every table (the dashboard aggregates too); a file that is not a sound backup is refused and
// the store is left as it was; the backup is a valid version-1 exchange document.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '@/domain/entities';
import { buildImportPlan, buildPerson, buildUnit } from '../../test/builders';
import { PROVINCE_KEYS_SETTING, SIGNING_KEYS_SETTING } from '@/db/backup-repo';
import {
  BACKUP_REMINDER_SETTING,
  LAST_BACKUP_SETTING,
  recordBackup,
  saveBackupReminderDays,
} from '@/db/backup-status';
import { saveClass } from '@/db/classes-repo';
import { rebuildAggregates } from '@/db/dashboard-repo';
import { applyImportPlan, collectExport, recordExport } from '@/db/exchange-repo';
import {
  PROVINCE_KEY_ALGORITHM,
  getUnitSigningKeys,
  saveReceivedProvinceKey,
  trustUnitKey,
  type ProvinceKeys,
} from '@/db/keys-repo';
import { deletePerson, savePerson, toRow } from '@/db/people-repo';
import { openPeopleRows, setLockKeys } from '@/db/app-lock';
import { enableAppLock, loadLockState, unlockApp } from '@/db/app-lock-repo';
import { db, resetDatabase, type PersonRow } from '@/db/schema';
import { saveInstallation, saveLanguage, setSetting } from '@/db/settings-repo';
import { saveMemberCount, saveTarget } from '@/db/targets-repo';
import { closeUnit, createUnit } from '@/db/units-repo';
import {
  BACKUP_FORMAT,
  createBackup,
  parseBackup,
  restoreBackup,
  type BuiltBackup,
} from './backup';
import { BackupError } from './backup-errors';
import { ImportError } from './errors';
import { buildExport, serializeExport } from './export';
import { createProvinceKeysUnderPassphrase } from './key-backup';
import { parseExchange } from './parse';

const PASSPHRASE = 'Mật khẩu khóa tỉnh 2026';

beforeEach(async () => {
  await resetDatabase();
});

async function publicKey(algorithm: EcKeyGenParams): Promise<JsonWebKey> {
  const usages: KeyUsage[] = algorithm.name === 'ECDSA' ? ['sign', 'verify'] : ['deriveBits'];
  const pair = await crypto.subtle.generateKey(algorithm, true, usages);
  return crypto.subtle.exportKey('jwk', pair.publicKey);
}

/**
 * A store with every kind of row: a tree from a province file (import log, history events, a
 * tombstone an import filed under a unit), units made and closed here (history), people (one
 * deleted: a tombstone of our own), classes with attendees, a quota, a member count, an export in
 * the export log, settings, and keys (the province's pair under a passphrase, a signing key, a
 * received province key, a trusted unit key).
 */
async function fillStore(options: { provinceKeys?: boolean } = {}) {
  const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Tân Sơn', kind: 'province' });
  const commune = buildUnit({
    code: 'X01',
    name: 'Đảng ủy xã Tân Lập',
    kind: 'grassroots_committee',
    sector: 'commune',
    parentId: province.id,
  });
  const goneUnit = '00000000-0000-4000-8000-0000000d0001';
  const imported = buildPerson({ unitId: commune.id, fullName: 'Người từ tệp tỉnh' });
  const fromProvince = {
    fileName: 'tinh.ptdv.json',
    source: { unitId: province.id, unitCode: 'TU', unitName: province.name, app: 'test' },
  };
  await applyImportPlan(
    buildImportPlan({
      ...fromProvince,
      exportedAt: '2026-10-01T02:00:00.000Z',
      fileCounts: { units: 2, deleted: 1 },
      writes: { units: [province, commune], people: [imported] },
      deletes: [{ type: 'unit', id: goneUnit, deletedAt: '2026-09-30T00:00:00.000Z' }],
    }),
  );
  // A second file deletes the person the first brought: the tombstone is filed under its unit.
  await applyImportPlan(
    buildImportPlan({
      ...fromProvince,
      exportedAt: '2026-10-02T02:00:00.000Z',
      deletes: [{ type: 'person', id: imported.id, deletedAt: '2026-10-02T01:00:00.000Z' }],
    }),
  );

  const cellA = await createUnit({
    code: 'CB01',
    name: 'Chi bộ thôn Đồng Tâm',
    kind: 'cell',
    parentId: commune.id,
    sector: null,
    openedOn: '2020-01-01',
  });
  const cellB = await createUnit({
    code: 'CB02',
    name: 'Chi bộ thôn Hòa Bình',
    kind: 'cell',
    parentId: commune.id,
    sector: null,
    openedOn: null,
  });
  await closeUnit(cellB.id, '2026-07-01', cellA.id);
  await saveInstallation({
    kind: 'unit',
    homeUnitId: commune.id,
    setUpAt: '2026-10-01T03:00:00.000Z',
  });

  const admitted = await savePerson(
    buildPerson({
      unitId: cellA.id,
      fullName: 'Lò Thị Hoa',
      gender: 'female',
      ethnicity: 'Thái',
      religion: 'Phật giáo',
      nationalId: '001200012345',
      milestones: { sourcedOn: '2024-01-10', admittedOn: '2025-06-01', decisionOn: '2025-05-20' },
      decisionNo: '123-QĐ/ĐU',
    }),
  );
  const candidate = await savePerson(
    buildPerson({
      unitId: cellB.id,
      fullName: 'Nguyễn Văn Bình',
      milestones: { sourcedOn: '2025-02-01', awarenessCertOn: '2025-03-05' },
    }),
  );
  const removed = await savePerson(buildPerson({ unitId: cellA.id, fullName: 'Người đã xóa' }));
  await deletePerson(removed.id);
  await saveClass(
    {
      id: '00000000-0000-4000-8000-0000000c0001',
      unitId: commune.id,
      kind: 'awareness',
      title: 'Lớp nhận thức khóa 1/2025',
      startOn: '2025-03-01',
      endOn: '2025-03-05',
      attendeeCount: 30,
    },
    [candidate.id],
  );
  await saveTarget({
    id: '00000000-0000-4000-8000-0000000e0001',
    unitId: commune.id,
    fromYear: 2025,
    toYear: 2030,
    admissions: 40,
    document: 'Công văn 861-CV/TU',
  });
  await saveMemberCount({
    id: '00000000-0000-4000-8000-0000000f0001',
    unitId: commune.id,
    year: 2026,
    total: 212,
  });
  const collected = await collectExport({ rootUnitId: commune.id });
  const exported = buildExport(collected);
  await recordExport({
    exportId: exported.exportId,
    exportedAt: exported.exportedAt,
    fileName: 'ptdv-x01.ptdv.json',
    rootUnitId: commune.id,
    content: 'subtree',
    scope: { type: 'full' },
    asOf: collected.asOf,
    fileCounts: { units: 4, people: 2 },
    sealed: false,
  });
  await saveLanguage('en');
  await setSetting('sync.reminderDays', 10);
  await saveBackupReminderDays(3);
  await getUnitSigningKeys();
  await saveReceivedProvinceKey(await publicKey(PROVINCE_KEY_ALGORITHM));
  await trustUnitKey(cellA.id, await publicKey({ name: 'ECDSA', namedCurve: 'P-256' }), {
    source: 'tofu',
  });
  if (options.provinceKeys) await createProvinceKeysUnderPassphrase(PASSPHRASE);
  return { province, commune, cellA, cellB, admitted, candidate, removed, imported };
}

type Dump = Record<string, unknown[]>;
/** Parsed JSON edited freely by the refusal tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape a hand edit may take
type Loose = any;

/** Every row of every table, in key order, CryptoKeys left aside (compared by what they do). */
async function dumpStore(): Promise<Dump> {
  const d = db();
  const dump: Dump = {};
  for (const table of d.tables) {
    const rows = (await table.toArray()) as unknown[];
    dump[table.name] =
      table.name === 'settings'
        ? rows.map((row) => {
            const { key, value } = row as { key: string; value: Record<string, unknown> };
            if (key !== PROVINCE_KEYS_SETTING && key !== SIGNING_KEYS_SETTING) return row;
            const { privateKey: _privateKey, ...rest } = value;
            return { key, value: rest };
          })
        : rows;
  }
  return dump;
}

function withoutSigningKey(dump: Dump): Dump {
  return {
    ...dump,
    settings: (dump.settings ?? []).filter(
      (row) => (row as { key: string }).key !== SIGNING_KEYS_SETTING,
    ),
  };
}

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

/** A backup made the way the settings page makes it: file written, then its instant recorded. */
async function backUp(): Promise<BuiltBackup> {
  const built = await createBackup();
  await recordBackup(built.exportedAt);
  return built;
}

async function refusal(promise: Promise<unknown>): Promise<BackupError | ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError || error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The file's JSON with an edit, written back as a file's text. */
function edited(text: string, edit: (root: Record<string, Loose>) => void): string {
  const root = JSON.parse(text) as Record<string, Loose>;
  edit(root);
  return JSON.stringify(root);
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

describe('the province key on restore', () => {
  let built: BuiltBackup;
  let before: Dump;
  beforeEach(async () => {
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
