// Every setting the app keeps (the settings table, one row per key), named once with the schema
// of its value. getSetting/setSetting (settings-repo.ts) take the value's type from here, so no
// caller states it, and a key that is not here does not compile; a backup checks each setting
// row of a file against the schema of its key before a restore writes it. Repositories import
// this module's types only: Zod stays off the first screen.
import * as z from 'zod';
import { dateTimeSchema, idSchema, isoDateSchema } from '@/domain/entities';
import { KEY_ID_PATTERN, isP256PublicJwk } from '@/domain/public-key';
import type { PersonRow } from './rows';

const keyId = z.string().regex(KEY_ID_PATTERN);
const publicKey = z.custom<JsonWebKey>((value) => isP256PublicJwk(value));
/** A private key kept as a NON-extractable CryptoKey: IndexedDB clones it, no script reads it. */
const privateKey = z.custom<CryptoKey>(
  (value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey,
);
const reminderDays = z.number().int().min(1).max(365);
/** AES-GCM output, base64: the 12-byte iv and the ciphertext with its tag. */
const sealedValue = z.object({ iv: z.string(), data: z.string() });
/** A stored person row, kept whole (derived columns, a sealed CCCD) to be written back as it was. */
const storedPersonRow = z
  .looseObject({
    id: idSchema,
    updatedAt: dateTimeSchema,
    unitId: idSchema,
    milestones: z.record(z.string(), z.string().nullable()),
  })
  .transform((row) => row as unknown as PersonRow);

export const SETTINGS = {
  /** What this installation is, and the unit whose subtree it shows and exports. */
  installation: z.object({
    kind: z.enum(['unit', 'province']),
    homeUnitId: idSchema,
    setUpAt: dateTimeSchema,
  }),
  language: z.enum(['vi', 'en']),
  /** Present while the store holds the demo province (demo-repo.ts). */
  demo: z.object({
    loadedAt: dateTimeSchema,
    seed: z.number(),
    size: z.enum(['small', 'province']),
    /** The day the province was generated as of. */
    today: isoDateSchema,
    rootUnitId: idSchema,
    counts: z.object({
      units: z.number(),
      people: z.number(),
      classes: z.number(),
      targets: z.number(),
      memberCounts: z.number(),
    }),
  }),
  /** The app lock (app-lock.ts): only wrapped keys and public parameters, nothing opens it alone. */
  appLock: z.object({
    version: z.literal(1),
    /**
     * Names the data and token keys; kept when the passphrase changes. Keys held in memory are
     * only used while the stored lock has the same id: a backup restored with another lock, or
     * the lock removed behind this tab's back, must not get CCCDs sealed with keys nobody can open.
     */
    keyId: z.string(),
    /** PBKDF2 salt, 16 random bytes, base64. */
    salt: z.string(),
    iterations: z.number().int().positive(),
    /** A known constant sealed with the KEK: a wrong passphrase fails here. */
    verifier: sealedValue,
    wrappedDataKey: sealedValue,
    wrappedTokenKey: sealedValue,
    autoLockMinutes: z.number(),
    createdAt: dateTimeSchema,
    changedAt: dateTimeSchema.nullable(),
    /**
     * Set while the store holds a mix of clear and sealed CCCDs; the next unlock finishes it:
     * a pass turning clear CCCDs into sealed ones (or back), `after` the last id done.
     */
    migration: z.object({ direction: z.enum(['seal', 'open']), after: z.string() }).nullable(),
  }),
  /** When the last full backup was written (the instant the file says it was made). */
  lastBackupAt: dateTimeSchema,
  backupReminderDays: reminderDays,
  /** After how many days a unit is reminded of changes the province has not received. */
  'sync.reminderDays': reminderDays,
  /** The province's key agreement pair: units derive a content key from its public half. */
  'keys.province': z.object({
    keyId,
    /** ECDH P-256: it can decrypt here and nowhere else. */
    privateKey,
    publicKeyJwk: publicKey,
    createdAt: dateTimeSchema,
    /** The private key under the passphrase chosen at creation (key-backup.ts), or null. */
    backup: z.string().nullable(),
  }),
  /** This installation's signing pair (ECDSA P-256), made on first need. */
  'keys.signing': z.object({
    keyId,
    privateKey,
    publicKeyJwk: publicKey,
    createdAt: dateTimeSchema,
  }),
  /**
   * The last merge of a duplicate pair (merge-repo.ts), kept until the next export so that it can
   * be undone: both stored rows as they were (a CCCD sealed by the app lock stays sealed).
   */
  lastMergeUndo: z.object({
    mergedAt: dateTimeSchema,
    keptId: idSchema,
    removedId: idSchema,
    /** The kept record's stamp after the merge: an edit since then makes the undo refuse. */
    keptStamp: dateTimeSchema,
    /** The app lock's key id at the merge (null: no lock): rows sealed under another lock refuse. */
    lockKeyId: z.string().nullable(),
    keptBefore: storedPersonRow,
    removedBefore: storedPersonRow,
  }),
  /** Pairs of people the user said are not the same person (pairKey, duplicate-pairs.ts). */
  notSamePairs: z.array(z.object({ pair: z.string(), markedAt: dateTimeSchema })),
  /** The province's public key as a unit received it, in the province's exchange file. */
  'keys.receivedProvincePublicKey': z.object({
    publicKeyJwk: publicKey,
    keyId,
    receivedAt: dateTimeSchema,
  }),
};

/** A unit's signing key that the province trusts is kept under this prefix and the unit's id. */
export const TRUSTED_UNIT_KEY_PREFIX = 'keys.unit:';

export const trustedUnitKeySchema = z.object({
  unitId: idSchema,
  publicKeyJwk: publicKey,
  keyId,
  /** 'tofu': learnt from the unit's first sealed file; 'tree': from the province's unit tree. */
  source: z.enum(['tofu', 'tree']),
  trustedAt: dateTimeSchema,
});

type Registry = typeof SETTINGS;
export type TrustedUnitKeyName = `${typeof TRUSTED_UNIT_KEY_PREFIX}${string}`;
export type SettingKey = keyof Registry | TrustedUnitKeyName;
export type SettingValue<K extends SettingKey> = K extends keyof Registry
  ? z.output<Registry[K]>
  : z.output<typeof trustedUnitKeySchema>;

/** The schema of a stored key's value; undefined for a key no version of the app writes. */
export function settingSchema(key: string): z.ZodType | undefined {
  if (key.startsWith(TRUSTED_UNIT_KEY_PREFIX)) {
    const unitId = key.slice(TRUSTED_UNIT_KEY_PREFIX.length);
    return trustedUnitKeySchema.refine((value) => value.unitId === unitId, {
      message: 'unitId',
      path: ['unitId'],
    });
  }
  return Object.hasOwn(SETTINGS, key) ? SETTINGS[key as keyof Registry] : undefined;
}
