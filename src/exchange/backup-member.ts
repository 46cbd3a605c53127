// The `installationBackup` member of a full backup (backup.ts) as a Zod schema: what the contract
// has no place for (settings, the units' history, the import and export logs, who owned each
// tombstone, the keys). Settings are checked with the registry's schema of their key
// (db/settings-registry.ts), history and logs with the schemas their stored types are inferred
// from (db/stored-schemas.ts). Rows are written back as the file has them: they must be plain
// data, so no value reaches the store that a script could not have written.
import * as z from 'zod';
import { RECORD_TYPES } from '@/domain/code-lists';
import { countSchema, dateTimeSchema, idSchema } from '@/domain/entities';
import { isJsonObject, isPlainData, ownMember } from '@/domain/plain-data';
import { KEY_ID_PATTERN, isP256PublicJwk } from '@/domain/public-key';
import {
  PROVINCE_KEYS_SETTING,
  SIGNING_KEYS_SETTING,
  STORE_TABLES,
  isLocalPersonField,
  type StoreTable,
} from '@/db/backup-repo';
import { settingSchema } from '@/db/settings-registry';
import {
  exportLogEntrySchema,
  importLogEntrySchema,
  settingRowSchema,
  unitEventSchema,
} from '@/db/stored-schemas';
import { BackupError } from './backup-errors';
import { BACKUP_MEMBER, type ExchangeDocument } from './format';
import { reportIssue, type Expectation, type IssuePath, type Vocabulary } from './issue-report';

export const BACKUP_FORMAT = 'ptdv-installation-backup';
export const BACKUP_VERSION = 1;

/**
 * Plain data that `schema` accepts, kept as the file has it: a member this version does not
 * know rides along (the row goes back to the store as it was read from it).
 */
function storedRow<S extends z.ZodType>(schema: S) {
  return z.custom<z.output<S>>().superRefine((value, ctx) => {
    if (!isPlainData(value)) {
      ctx.addIssue({ code: 'custom', message: 'plainData' });
      return;
    }
    for (const issue of schema.safeParse(value).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
    }
  });
}

const plainData = z.custom<unknown>((value) => isPlainData(value), { message: 'plainData' });

/**
 * A setting row (its other members dropped): the value is plain data, checked with the
 * registry's schema of its key where the app writes that key.
 */
const settingSchemaRow = settingRowSchema.extend({ value: plainData }).superRefine((row, ctx) => {
  const schema = settingSchema(row.key);
  // Private keys travel in `keys`; other keys are public and checked: no other key setting.
  const privateKey = row.key === PROVINCE_KEYS_SETTING || row.key === SIGNING_KEYS_SETTING;
  if (privateKey || (schema === undefined && row.key.startsWith('keys.'))) {
    ctx.addIssue({ code: 'custom', message: 'keySetting', path: ['key'] });
    return;
  }
  for (const issue of schema?.safeParse(row.value).error?.issues ?? []) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
  }
});

const keyEntry = {
  keyId: z.string().regex(KEY_ID_PATTERN),
  publicKeyJwk: z.custom<JsonWebKey>((value) => isP256PublicJwk(value)),
  createdAt: dateTimeSchema,
};

/** The places and their figures (2026-12). */
const TABLES_ADDED_LATER: ReadonlySet<StoreTable> = new Set(['places', 'placeFigures']);

export const memberSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: dateTimeSchema,
  /** Rows per table in a backup (tombstones are the document's `deleted`). */
  counts: z.object(
    Object.fromEntries(
      STORE_TABLES.map((table) => [
        table,
        // Tables added after backups were first written: a backup from before has none of them.
        TABLES_ADDED_LATER.has(table) ? countSchema.default(0) : countSchema,
      ]),
    ) as unknown as Record<StoreTable, typeof countSchema>,
  ),
  keys: z.object({
    /** `backup`: the private key under the passphrase chosen at its creation (key-backup.ts). */
    province: z.object({ ...keyEntry, backup: z.string().nullable() }).nullable(),
    signing: z.object(keyEntry).nullable(),
  }),
  /** Settings that held something a file cannot (a key object): named, not carried. */
  omittedSettings: z.array(z.string()),
  /** [type, id, unitId]: whose record each deletion was, when an import recorded it. */
  tombstoneOwners: z.array(z.tuple([z.enum(RECORD_TYPES), idSchema, idSchema])),
  /** [person id, columns]: a person's own columns beyond the record (the app lock's sealed CCCD). */
  localPersonFields: z.array(
    z.tuple([
      idSchema,
      storedRow(
        z.record(z.string().refine(isLocalPersonField, { message: 'notLocal' }), z.unknown()),
      ),
    ]),
  ),
  settings: z.array(settingSchemaRow),
  unitEvents: z.array(storedRow(unitEventSchema)),
  importLog: z.array(storedRow(importLogEntrySchema)),
  exportLog: z.array(storedRow(exportLogEntrySchema)),
});

/** The `installationBackup` member. */
export type InstallationBackup = z.output<typeof memberSchema>;
export type BackupCounts = InstallationBackup['counts'];
export type ProvinceKeyEntry = NonNullable<InstallationBackup['keys']['province']>;
export type SigningKeyEntry = NonNullable<InstallationBackup['keys']['signing']>;

/** A backup's refusal names only where the fault is (settings.backup.error.invalidBackup). */
const BACKUP_VOCABULARY: Vocabulary = { expectations: z.registry<Expectation>() };

/** `installationBackup.unitEvents[3].at`. */
export function fieldPath(path: IssuePath): string {
  let text = BACKUP_MEMBER;
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `.${key}`;
  return text;
}

export function invalidBackup(file: string, path: IssuePath): BackupError {
  return new BackupError({ code: 'invalidBackup', file, field: fieldPath(path) });
}

/** The member, checked; BackupError invalidBackup or newerBackupVersion. */
export function readMember(raw: unknown, file: string): InstallationBackup {
  if (!isJsonObject(raw)) throw invalidBackup(file, []);
  const version = ownMember(raw, 'version');
  if (ownMember(raw, 'format') !== BACKUP_FORMAT) throw invalidBackup(file, ['format']);
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new BackupError({ code: 'newerBackupVersion', file, field: fieldPath(['version']) });
  }
  const result = memberSchema.safeParse(raw);
  if (!result.success) {
    throw invalidBackup(file, reportIssue(memberSchema, raw, result.error, BACKUP_VOCABULARY).path);
  }
  return result.data;
}

function firstDuplicate(keys: readonly string[]): number {
  const seen = new Set<string>();
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    if (seen.has(key)) return index;
    seen.add(key);
  }
  return -1;
}

/**
 * The member agrees with the records beside it. References between records are not checked: a
 * backup gives back the store as it was, even a record whose class went missing there (the app
 * shows it without the class, as before); the values themselves were checked by the parser.
 */
export function checkAgreement(
  document: ExchangeDocument,
  backup: InstallationBackup,
  file: string,
): void {
  if (document.scope.type !== 'full') {
    throw new BackupError({ code: 'invalidBackup', file, field: 'scope' });
  }
  const found: BackupCounts = {
    units: document.units.length,
    people: document.people.length,
    classes: document.classes.length,
    targets: document.targets.length,
    memberCounts: document.memberCounts.length,
    places: document.places.length,
    placeFigures: document.placeFigures.length,
    tombstones: document.deleted.length,
    unitEvents: backup.unitEvents.length,
    importLog: backup.importLog.length,
    exportLog: backup.exportLog.length,
    settings: backup.settings.length,
  };
  for (const table of STORE_TABLES) {
    if (found[table] !== backup.counts[table]) throw invalidBackup(file, ['counts', table]);
  }
  const duplicates: [string, readonly string[]][] = [
    ['settings', backup.settings.map((row) => row.key)],
    ['unitEvents', backup.unitEvents.map((event) => event.id)],
    ['importLog', backup.importLog.map((entry) => entry.exportId)],
    ['exportLog', backup.exportLog.map((entry) => entry.exportId)],
  ];
  for (const [name, keys] of duplicates) {
    const index = firstDuplicate(keys);
    if (index >= 0) throw invalidBackup(file, [name, index]);
  }

  const people = new Set(document.people.map((person) => person.id));
  const localIds = backup.localPersonFields.map(([id]) => id);
  const stray = localIds.findIndex((id) => !people.has(id));
  if (stray >= 0) throw invalidBackup(file, ['localPersonFields', stray]);
  const twice = firstDuplicate(localIds);
  if (twice >= 0) throw invalidBackup(file, ['localPersonFields', twice]);

  const tombstones = new Set(document.deleted.map((row) => `${row.type}:${row.id}`));
  backup.tombstoneOwners.forEach(([type, id], index) => {
    if (!tombstones.has(`${type}:${id}`)) throw invalidBackup(file, ['tombstoneOwners', index]);
  });
}
