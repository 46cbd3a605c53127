// What applying an import needs of a plan, and what its steps share inside the ONE transaction
// (import-apply.ts): the tables, the counts corrected by what the store holds now, the
// tombstones a file revives. A step per record type (import-steps.ts) writes through here.
import type { RecordType } from '@/domain/code-lists';
import type {
  MemberCount,
  Person,
  Place,
  PlaceFigure,
  Target,
  TrainingClass,
  Unit,
} from '@/domain/entities';
import { later, type RecordRows, type RecordTables } from './exchange-tables';
import type { TombstoneRow } from './rows';
import type { ImportCounts, PtdvDatabase } from './schema';

/** What applying needs of a plan (src/exchange/plan.ts ImportPlan has this shape and more). */
export interface PlanToApply {
  fileName: string;
  exportId: string;
  exportedAt: string;
  source: { unitId: string; unitCode: string; unitName: string; app: string };
  scope: { type: 'full' } | { type: 'changes'; since: string };
  isProvinceFile: boolean;
  fileCounts: Record<string, number>;
  counts: Record<RecordType, ImportCounts>;
  warnings: readonly unknown[];
  writes: {
    units: Unit[];
    people: Person[];
    classes: TrainingClass[];
    targets: Target[];
    memberCounts: MemberCount[];
    places: Place[];
    placeFigures: PlaceFigure[];
  };
  deletes: TombstoneRow[];
  /**
   * Ids among writes.people that the store held at the preview (updates): they are read and
   * compared before writing. The others are added without a read (a miss is caught and checked).
   */
  storedPeople?: readonly string[];
  sealed?: { unitId: string; publicKeyJwk: JsonWebKey; fingerprint: string; firstUse: boolean };
  /** Keys the province's file brings, with their fingerprints computed before applying. */
  keys?: {
    provincePublicKey?: { jwk: JsonWebKey; keyId: string };
    unitKeys?: { unitId: string; jwk: JsonWebKey; keyId: string }[];
  };
}

/** What the apply steps share, inside the apply's transaction. */
export interface ApplyContext {
  /** The database: every table a step uses is in the transaction (import-apply.ts). */
  d: PtdvDatabase;
  /** The record tables by type. */
  tables: RecordTables;
  plan: PlanToApply;
  /** The plan's people as they are written: their CCCDs sealed while the app lock is on. */
  people: readonly Person[];
  /** The plan's counts, corrected by what each step finds stored. */
  counts: Record<RecordType, ImportCounts>;
  /** [type, id] of the tombstones of records the file brings back: deleted after the steps. */
  revived: [RecordType, string][];
}

/**
 * What applying does for one record type. The steps run in the order of RECORD_STEPS
 * (import-steps.ts); the deletes use the same entry.
 */
export interface RecordStep<T extends RecordType> {
  /** Writes the plan's records of the type that are still newer than the store's. */
  write: (context: ApplyContext) => Promise<void>;
  /**
   * The unit a stored record belongs to, kept with its tombstone (an export's scope); undefined:
   * the one the planner gave the tombstone.
   */
  ownerOf: (row: RecordRows[T]) => string | undefined;
  /** What else changes when stored records of the type are deleted (the people's aggregates). */
  deleted?: (context: ApplyContext, rows: RecordRows[T][]) => Promise<void>;
}

type StoredRecord = { id: string; updatedAt: string };

/** The planned records still newer than the store's, and what each replaces. */
export interface StillNewer<R> {
  accepted: R[];
  /** The stored record each accepted one replaces (undefined: created). */
  before: (R | undefined)[];
}

/**
 * The planned records that are still newer than what is stored (`current`, read inside the
 * transaction: another import may have landed since the preview) or than its tombstone. Counts
 * the type's created, updated, unchanged and stale records; notes the tombstones it revives.
 */
export async function stillNewer<R extends StoredRecord>(
  context: ApplyContext,
  type: RecordType,
  records: readonly R[],
  current: readonly (R | undefined)[],
): Promise<StillNewer<R>> {
  const tombstones = await context.d.tombstones.bulkGet(
    records.map((r): [string, string] => [type, r.id]),
  );
  const counts = context.counts[type];
  const accepted: R[] = [];
  const before: (R | undefined)[] = [];
  let created = 0;
  let updated = 0;
  records.forEach((record, index) => {
    const stored = current[index];
    const tombstone = tombstones[index];
    if (stored) {
      if (later(record.updatedAt, stored.updatedAt)) {
        accepted.push(record);
        before.push(stored);
        updated += 1;
      } else if (Date.parse(record.updatedAt) === Date.parse(stored.updatedAt)) {
        counts.unchanged += 1;
      } else counts.stale += 1;
      return;
    }
    if (tombstone && !later(record.updatedAt, tombstone.deletedAt)) {
      counts.stale += 1;
      return;
    }
    if (tombstone) context.revived.push([type, record.id]);
    accepted.push(record);
    before.push(undefined);
    created += 1;
  });
  counts.created = created;
  counts.updated = updated;
  return { accepted, before };
}

/** Reads the stored records of a type, then writes the planned ones that are still newer. */
export async function writeStillNewer<T extends RecordType>(
  context: ApplyContext,
  type: T,
  records: readonly RecordRows[T][],
): Promise<StillNewer<RecordRows[T]>> {
  const table = context.tables[type];
  const current = await table.bulkGet(records.map((record) => record.id));
  const result = await stillNewer(context, type, records, current);
  if (result.accepted.length > 0) await table.bulkPut(result.accepted);
  return result;
}
