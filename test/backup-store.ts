// A store with every kind of row, and what the backup tests need around it: a dump of every
// table, a backup made the way the settings page makes it, a refusal caught, a file edited by hand.
import { PROVINCE_KEYS_SETTING, SIGNING_KEYS_SETTING } from '../src/db/backup-repo';
import { recordBackup, saveBackupReminderDays } from '../src/db/backup-status';
import { saveClass } from '../src/db/classes-repo';
import { applyImportPlan } from '../src/db/import-apply';
import { savePlace, savePlaceFigures } from '../src/db/places-repo';
import { collectExport } from '../src/db/export-collect';
import { recordExport } from '../src/db/exchange-logs';
import {
  PROVINCE_KEY_ALGORITHM,
  getUnitSigningKeys,
  saveReceivedProvinceKey,
  trustUnitKey,
} from '../src/db/keys-repo';
import { deletePerson, savePerson } from '../src/db/people-repo';
import { db } from '../src/db/schema';
import { saveInstallation, saveLanguage, setSetting } from '../src/db/settings-repo';
import { saveMemberCount, saveTarget } from '../src/db/targets-repo';
import { closeUnit, createUnit } from '../src/db/units-repo';
import { createBackup, type BuiltBackup } from '../src/exchange/backup';
import { BackupError } from '../src/exchange/backup-errors';
import { ImportError } from '../src/exchange/errors';
import { buildExport } from '../src/exchange/export';
import { createProvinceKeysUnderPassphrase } from '../src/exchange/key-backup';
import { buildImportPlan, buildPerson, buildPlace, buildUnit } from './builders';

export const PASSPHRASE = 'Mật khẩu khóa tỉnh 2026';

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
/** A hamlet of the commune, with its figures of 2025. */
async function saveHamlet(unitId: string) {
  const hamlet = await savePlace({
    ...buildPlace({ id: '00000000-0000-4000-8000-0000000a0001', unitId }),
    name: 'Thôn Đồng Tâm',
  });
  await savePlaceFigures(2025, [
    {
      placeId: hamlet.id,
      values: {
        households: 214,
        grade12Students: null,
        workers: null,
        partyMembers: 0,
        partyOrganisation: 'shared',
        tradeUnion: null,
      },
    },
  ]);
  return hamlet;
}

export async function fillStore(options: { provinceKeys?: boolean } = {}) {
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

  const hamlet = await saveHamlet(commune.id);

  const admitted = await savePerson(
    buildPerson({
      unitId: cellA.id,
      placeId: hamlet.id,
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

export type Dump = Record<string, unknown[]>;
/** Parsed JSON edited freely by the refusal tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape a hand edit may take
export type Loose = any;

/** Every row of every table, in key order, CryptoKeys left aside (compared by what they do). */
export async function dumpStore(): Promise<Dump> {
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

export function withoutSigningKey(dump: Dump): Dump {
  return {
    ...dump,
    settings: (dump.settings ?? []).filter(
      (row) => (row as { key: string }).key !== SIGNING_KEYS_SETTING,
    ),
  };
}

/** A backup made the way the settings page makes it: file written, then its instant recorded. */
export async function backUp(): Promise<BuiltBackup> {
  const built = await createBackup();
  await recordBackup(built.exportedAt);
  return built;
}

export async function refusal(promise: Promise<unknown>): Promise<BackupError | ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError || error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The file's JSON with an edit, written back as a file's text. */
export function edited(text: string, edit: (root: Record<string, Loose>) => void): string {
  const root = JSON.parse(text) as Record<string, Loose>;
  edit(root);
  return JSON.stringify(root);
}
