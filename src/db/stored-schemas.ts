// The units' history and the exchange logs as the store keeps them, described once: the types the
// app uses are inferred from these schemas, and a backup (src/exchange/backup-member.ts) checks
// the rows of a file against the same schemas before a restore writes them. schema.ts imports
// the types only, so that Zod stays off the first screen.
import * as z from 'zod';
import { RECORD_TYPES } from '@/domain/code-lists';
import { countSchema, dateTimeSchema, idSchema } from '@/domain/entities';

const scopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('full') }),
  z.object({ type: z.literal('changes'), since: dateTimeSchema }),
]);

export const UNIT_EVENT_KINDS = [
  'created',
  'renamed',
  'recoded',
  'moved',
  'closed',
  'reopened',
  'edited',
] as const;

export const unitEventSchema = z.object({
  id: z.string().min(1),
  unitId: idSchema,
  at: dateTimeSchema,
  kind: z.enum(UNIT_EVENT_KINDS),
  /** What changed: old and new values, e.g. { name: ['Chi bộ A', 'Chi bộ B'] }. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type UnitEvent = z.output<typeof unitEventSchema>;

/** A settings row; the value of each key is described in settings-registry.ts. */
export const settingRowSchema = z.object({ key: z.string().min(1), value: z.unknown() });
export type SettingRow = z.output<typeof settingRowSchema>;

/** What an import did to the records of one type (db/import-apply.ts). */
export const importCountsSchema = z.object({
  created: countSchema,
  updated: countSchema,
  unchanged: countSchema,
  stale: countSchema,
  outOfScope: countSchema,
  deleted: countSchema,
});
export type ImportCounts = z.output<typeof importCountsSchema>;

/** Records per array of a file (units, people, …, deleted). */
const fileCountsSchema = z.record(z.string(), countSchema);

/** One exchange file applied to this store, keyed by the file's exportId. */
export const importLogEntrySchema = z.object({
  exportId: z.string().min(1),
  fileName: z.string(),
  importedAt: dateTimeSchema,
  exportedAt: dateTimeSchema,
  sourceUnitId: z.string(),
  sourceUnitCode: z.string(),
  sourceUnitName: z.string(),
  app: z.string(),
  scope: scopeSchema,
  isProvinceFile: z.boolean(),
  /** The signer of a sealed file; null for a plain one. */
  sealed: z
    .object({ unitId: z.string(), fingerprint: z.string(), firstUse: z.boolean() })
    .nullable(),
  fileCounts: fileCountsSchema,
  // Entries written before a record type existed have no counts for it (places: 2026-12).
  counts: z.partialRecord(z.enum(RECORD_TYPES), importCountsSchema),
  warnings: countSchema,
});
export type ImportLogEntry = z.output<typeof importLogEntrySchema>;

/** One exchange file written by this installation. */
export const exportLogEntrySchema = z.object({
  exportId: z.string().min(1),
  exportedAt: dateTimeSchema,
  fileName: z.string(),
  /** The unit whose data the file holds (its subtree, or the whole tree for the province's). */
  rootUnitId: z.string(),
  content: z.enum(['subtree', 'provinceTree']),
  scope: scopeSchema,
  /** When the records were read: the next "changes since" export starts here. */
  asOf: dateTimeSchema,
  fileCounts: fileCountsSchema,
  sealed: z.boolean(),
});
export type ExportLogEntry = z.output<typeof exportLogEntrySchema>;
