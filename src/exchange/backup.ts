// A full backup of the installation as one file (docs/exchange-format.md, "Full backup"): a
// valid version-1 exchange document of the whole store, scope full, plus one optional member,
// `installationBackup`, with what the contract has no place for — settings, the units' history,
// the import and export logs, who owned each tombstone, and the keys. Any tool reads the file as
// a plain full export; PTĐV restores everything from it into an empty (or emptied) browser.
//
// Keys: this installation's private keys are non-extractable CryptoKeys (keys-repo.ts), so no
// script can put them in a file. The province's private key leaves the installation only in the
// passphrase-protected form made when it was created (key-backup.ts): the backup carries that
// text, and a restore asks for its passphrase. The signing key of a unit has no such form: a
// restored installation signs with a new key, which the province accepts deliberately.
import { localIsoDate } from '@/domain/dates';
import { isPlainData } from '@/domain/plain-data';
import { fileSlug } from '@/domain/file-slug';
import { flattenTree } from '@/domain/unit-tree';
import {
  PROVINCE_KEYS_SETTING,
  SIGNING_KEYS_SETTING,
  STORE_TABLES,
  readWholeStore,
  replaceWholeStore,
  type StoreContents,
} from '@/db/backup-repo';
import { LAST_BACKUP_SETTING } from '@/db/backup-status';
import type { TombstoneRow } from '@/db/rows';
import { publicJwk, type ProvinceKeys, type SigningKeys } from '@/db/keys-repo';
import type { SettingRow } from '@/db/schema';
import type { SettingKey, SettingValue } from '@/db/settings-registry';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  checkAgreement,
  fieldPath,
  readMember,
  type BackupCounts,
  type InstallationBackup,
  type ProvinceKeyEntry,
  type SigningKeyEntry,
} from './backup-member';
import { BackupError } from './backup-errors';
import { buildExport, serializeExport } from './export';
import { BACKUP_MEMBER, FILE_EXTENSION, type ExchangeDocument } from './format';
import { KeyBackupError, importPrivateKeyFromBackup } from './key-backup';
import { parseExchange } from './parse';

export type { BackupCounts } from './backup-member';

/** What the file says it holds: shown before anything is replaced. */
export interface BackupPreview {
  fileName: string;
  createdAt: string;
  app: string;
  unit: { id: string; code: string; name: string };
  installationKind: 'unit' | 'province' | null;
  counts: BackupCounts;
  /** 'protected': the province's private key is in the file under its passphrase. */
  provinceKey: 'none' | 'protected' | 'notIncluded';
  /** The installation had a signing key: a restore makes a new one. */
  signingKey: boolean;
  demo: boolean;
  /** The installation had the app lock on: its passphrase opens the sealed CCCDs again. */
  appLock: boolean;
  omittedSettings: string[];
}

export interface ParsedBackup {
  document: ExchangeDocument;
  backup: InstallationBackup;
  preview: BackupPreview;
}

/** 'read': records from the store; 'file': the chosen file's bytes; the rest as named. */
export type BackupPhase = 'read' | 'file' | 'serialize' | 'validate' | 'unlock' | 'write';
export type BackupProgress = (phase: BackupPhase, done: number, total: number) => void;

// ---------------------------------------------------------------------------------------------
// Writing

export interface BuiltBackup {
  text: string;
  fileName: string;
  exportId: string;
  exportedAt: string;
  counts: BackupCounts;
}

/** A setting's value among rows: the store's, or a file's (checked against the registry). */
function settingIn<K extends SettingKey>(
  settings: readonly SettingRow[],
  key: K,
): SettingValue<K> | undefined {
  return settings.find((row) => row.key === key)?.value as SettingValue<K> | undefined;
}

function countsOf(contents: StoreContents, settings: number): BackupCounts {
  const counts = Object.fromEntries(
    STORE_TABLES.map((table) => [table, contents[table].length]),
  ) as BackupCounts;
  counts.settings = settings;
  return counts;
}

/** The member's text, indented to sit in the document; one array item per line. */
function memberText(backup: InstallationBackup): string {
  const lines: string[] = [];
  const put = (name: string, value: unknown) =>
    lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  put('format', backup.format);
  put('version', backup.version);
  put('createdAt', backup.createdAt);
  put('counts', backup.counts);
  put('keys', backup.keys);
  put('omittedSettings', backup.omittedSettings);
  for (const name of [
    'tombstoneOwners',
    'localPersonFields',
    'settings',
    'unitEvents',
    'importLog',
    'exportLog',
  ] as const) {
    const items = backup[name] as readonly unknown[];
    if (items.length === 0) {
      lines.push(`    ${JSON.stringify(name)}: []`);
      continue;
    }
    const rows = items.map((item) => `      ${JSON.stringify(item)}`);
    lines.push(`    ${JSON.stringify(name)}: [\n${rows.join(',\n')}\n    ]`);
  }
  return `  ${JSON.stringify(BACKUP_MEMBER)}: {\n${lines.join(',\n')}\n  }`;
}

/** e.g. `ptdv-sao-luu-xa-tan-lap-2026-11-28.ptdv.json` (the local date of the backup). */
export function backupFileName(unitCode: string, exportedAt: string): string {
  const code = fileSlug(unitCode, 'don-vi');
  return `ptdv-sao-luu-${code}-${localIsoDate(new Date(exportedAt))}${FILE_EXTENSION}`;
}

/**
 * The backup file of the store's contents. The document's source is the home unit (the unit
 * this installation works for; the tree's root before the set-up): a unit's backup never
 * passes for the province's file when it is imported somewhere as a plain export.
 */
export function buildBackup(
  contents: StoreContents,
  now: Date = new Date(),
  onProgress?: BackupProgress,
): BuiltBackup {
  const installation = settingIn(contents.settings, 'installation');
  const home =
    contents.units.find((unit) => unit.id === installation?.homeUnitId) ??
    flattenTree(contents.units)[0]?.unit ??
    contents.units[0];
  if (!home) throw new BackupError({ code: 'nothingToBackUp' });
  onProgress?.('serialize', 0, 1);

  let province: ProvinceKeyEntry | null = null;
  let signing: SigningKeyEntry | null = null;
  const settings: SettingRow[] = [];
  const omittedSettings: string[] = [];
  for (const row of contents.settings) {
    if (row.key === PROVINCE_KEYS_SETTING) {
      const keys = row.value as ProvinceKeys;
      province = {
        keyId: keys.keyId,
        publicKeyJwk: publicJwk(keys.publicKeyJwk),
        createdAt: keys.createdAt,
        backup: keys.backup ?? null,
      };
    } else if (row.key === SIGNING_KEYS_SETTING) {
      const keys = row.value as SigningKeys;
      signing = {
        keyId: keys.keyId,
        publicKeyJwk: publicJwk(keys.publicKeyJwk),
        createdAt: keys.createdAt,
      };
    } else if (isPlainData(row.value)) {
      settings.push({ key: row.key, value: row.value });
    } else {
      omittedSettings.push(row.key);
    }
  }

  const document = buildExport(
    {
      source: { unitId: home.id, unitCode: home.code, unitName: home.name },
      scope: { type: 'full' },
      units: contents.units,
      people: contents.people,
      classes: contents.classes,
      targets: contents.targets,
      memberCounts: contents.memberCounts,
      deleted: contents.tombstones,
      places: contents.places,
      placeFigures: contents.placeFigures,
    },
    now,
  );
  const counts = countsOf(contents, settings.length);
  const backup: InstallationBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: document.exportedAt,
    counts,
    keys: { province, signing },
    omittedSettings,
    tombstoneOwners: contents.tombstones
      .filter((row): row is TombstoneRow & { unitId: string } => typeof row.unitId === 'string')
      .map((row) => [row.type, row.id, row.unitId]),
    localPersonFields: contents.localPersonFields,
    settings,
    unitEvents: contents.unitEvents,
    importLog: contents.importLog,
    exportLog: contents.exportLog,
  };
  const exchangeText = serializeExport(document);
  // serializeExport ends the object with "\n}\n": the member goes in before the brace.
  if (!exchangeText.endsWith('\n}\n')) throw new Error('unexpected exchange text');
  const text = `${exchangeText.slice(0, -3)},\n${memberText(backup).normalize('NFC')}\n}\n`;
  onProgress?.('serialize', 1, 1);
  return {
    text,
    fileName: backupFileName(home.code, document.exportedAt),
    exportId: document.exportId,
    exportedAt: document.exportedAt,
    counts,
  };
}

/** Reads the whole store (one read transaction) and builds its backup file. */
export async function createBackup(onProgress?: BackupProgress, now?: Date): Promise<BuiltBackup> {
  const contents = await readWholeStore((done, total) => onProgress?.('read', done, total));
  return buildBackup(contents, now ?? new Date(), onProgress);
}

// ---------------------------------------------------------------------------------------------
// Reading: never trust the file

function previewOf(
  document: ExchangeDocument,
  backup: InstallationBackup,
  fileName: string,
): BackupPreview {
  const installation = settingIn(backup.settings, 'installation');
  const province = backup.keys.province;
  return {
    fileName,
    createdAt: document.exportedAt,
    app: document.source.app,
    unit: {
      id: document.source.unitId,
      code: document.source.unitCode,
      name: document.source.unitName,
    },
    installationKind: installation?.kind ?? null,
    counts: { ...backup.counts },
    provinceKey: !province ? 'none' : province.backup ? 'protected' : 'notIncluded',
    signingKey: backup.keys.signing !== null,
    demo: settingIn(backup.settings, 'demo') !== undefined,
    appLock: settingIn(backup.settings, 'appLock') !== undefined,
    omittedSettings: [...backup.omittedSettings],
  };
}

/**
 * Parses and checks a backup file: the exchange document with the normal parser (ImportError on
 * any fault), then the backup member (BackupError): a plain export is `notBackup`.
 */
export function parseBackup(
  text: string,
  fileName: string,
  onProgress?: BackupProgress,
): ParsedBackup {
  const parsed = parseExchange(text, fileName, (done, total) =>
    onProgress?.('validate', done, total),
  );
  if (parsed.backup === undefined) throw new BackupError({ code: 'notBackup', file: fileName });
  const backup = readMember(parsed.backup, fileName);
  checkAgreement(parsed.document, backup, fileName);
  return {
    document: parsed.document,
    backup,
    preview: previewOf(parsed.document, backup, fileName),
  };
}

// ---------------------------------------------------------------------------------------------
// Restoring

export interface RestoreOptions {
  /** The passphrase of the province's key backup, when the file holds one. */
  passphrase?: string;
  /** Restore without the province's private key (its passphrase is lost). */
  withoutProvinceKey?: boolean;
}

export interface RestoreSummary {
  fileName: string;
  createdAt: string;
  counts: BackupCounts;
  provinceKey: 'restored' | 'skipped' | 'notIncluded' | 'none';
  /** The installation had a signing key that could not be carried: a new one is made. */
  signingKeyReplaced: boolean;
  installationKind: 'unit' | 'province' | null;
}

/** The province's key pair, opened from its passphrase backup (outside any transaction). */
async function openProvinceKey(
  entry: ProvinceKeyEntry,
  options: RestoreOptions,
  file: string,
): Promise<ProvinceKeys> {
  if (!options.passphrase) throw new BackupError({ code: 'passphraseRequired', file });
  let restored;
  try {
    restored = await importPrivateKeyFromBackup(entry.backup as string, options.passphrase);
  } catch (error) {
    if (error instanceof KeyBackupError && error.code === 'wrongPassphrase') {
      throw new BackupError({ code: 'wrongPassphrase', file });
    }
    throw new BackupError({ code: 'invalidBackup', file, field: fieldPath(['keys', 'province']) });
  }
  if (
    restored.keyType !== 'ecdh-p256' ||
    restored.keyId !== entry.keyId ||
    restored.publicKeyJwk.x !== entry.publicKeyJwk.x ||
    restored.publicKeyJwk.y !== entry.publicKeyJwk.y
  ) {
    throw new BackupError({ code: 'invalidBackup', file, field: fieldPath(['keys', 'province']) });
  }
  return {
    keyId: entry.keyId,
    privateKey: restored.privateKey,
    publicKeyJwk: publicJwk(entry.publicKeyJwk),
    createdAt: entry.createdAt,
    backup: entry.backup,
  };
}

/** What the store will hold: the file's records, settings, history, logs and keys. */
export async function restoreContents(
  parsed: ParsedBackup,
  options: RestoreOptions = {},
): Promise<{ contents: StoreContents; summary: RestoreSummary }> {
  const { document, backup, preview } = parsed;
  const province = backup.keys.province;
  let provinceKey: RestoreSummary['provinceKey'] =
    preview.provinceKey === 'none' ? 'none' : 'notIncluded';
  const settings = backup.settings.filter((row) => row.key !== LAST_BACKUP_SETTING);
  // This file is a backup that exists: the reminder counts from it.
  settings.push({ key: LAST_BACKUP_SETTING, value: document.exportedAt });
  if (province?.backup) {
    if (options.withoutProvinceKey) provinceKey = 'skipped';
    else {
      const keys = await openProvinceKey(province, options, preview.fileName);
      settings.push({ key: PROVINCE_KEYS_SETTING, value: keys });
      provinceKey = 'restored';
    }
  }
  const owners = new Map(
    backup.tombstoneOwners.map(([type, id, unitId]) => [`${type}:${id}`, unitId]),
  );
  const tombstones: TombstoneRow[] = document.deleted.map((row) => {
    const unitId = owners.get(`${row.type}:${row.id}`);
    return unitId === undefined ? { ...row } : { ...row, unitId };
  });
  const contents: StoreContents = {
    units: document.units,
    people: document.people,
    localPersonFields: backup.localPersonFields,
    classes: document.classes,
    targets: document.targets,
    memberCounts: document.memberCounts,
    places: document.places,
    placeFigures: document.placeFigures,
    tombstones,
    unitEvents: backup.unitEvents,
    importLog: backup.importLog,
    exportLog: backup.exportLog,
    settings,
  };
  return {
    contents,
    summary: {
      fileName: preview.fileName,
      createdAt: preview.createdAt,
      counts: preview.counts,
      provinceKey,
      signingKeyReplaced: preview.signingKey,
      installationKind: preview.installationKind,
    },
  };
}

/** Replaces the whole store with a parsed backup (one transaction: all of it, or nothing). */
export async function restoreParsedBackup(
  parsed: ParsedBackup,
  options: RestoreOptions = {},
  onProgress?: BackupProgress,
): Promise<RestoreSummary> {
  if (parsed.backup.keys.province?.backup && !options.withoutProvinceKey) {
    onProgress?.('unlock', 0, 1);
  }
  const { contents, summary } = await restoreContents(parsed, options);
  await replaceWholeStore(contents, (done, total) => onProgress?.('write', done, total));
  return summary;
}

/** Parses, checks and restores a backup file's text. The store is untouched on any refusal. */
export async function restoreBackup(
  text: string,
  options: RestoreOptions & { fileName?: string } = {},
  onProgress?: BackupProgress,
): Promise<RestoreSummary> {
  const parsed = parseBackup(text, options.fileName ?? 'backup.ptdv.json', onProgress);
  return restoreParsedBackup(parsed, options, onProgress);
}
