// What an import would do, decided before anything is written (pure: a document and a snapshot
// of the store in, a plan out). Records merge by id, their updatedAt compared as instants: newer
// replaces, equal is unchanged, older is stale (skipped, listed). A tombstone deletes a record
// it is newer than and is kept, so an older file cannot bring the record back. A unit's file
// may only touch its own subtree; the province's (its source is the root, kind 'province') may
// touch anything. References to units and classes must resolve, else the file is refused.
import { RECORD_TYPES, type RecordType } from '@/domain/code-lists';
import type { Unit } from '@/domain/entities';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { localIsoDate, type IsoDate } from '@/domain/dates';
import { fileQualityCounts, type QualityCounts } from '@/domain/quality-file';
import type { ImportCounts } from '@/db/schema';
import type { StoreSnapshot } from '@/db/store-snapshot';
import type { TombstoneRow } from '@/db/rows';
import { ImportError } from './errors';
import {
  ARRAY_TYPE,
  RECORD_ARRAYS,
  TYPE_ARRAY,
  arrayCounts,
  compareInstants,
  type ArrayCounts,
  type ExchangeDocument,
  type ExchangeExtensions,
  type ExchangeScope,
  type ExchangeSource,
  type RecordArray,
} from './format';
import type { ImportWarning } from './parse';
import { planRecords, planTombstones, type PlanContext } from './plan-merge';
import {
  REFERENCE_EXPECTED,
  REFERENCED_TYPES,
  kindOf,
  type AnyRecord,
  type OwnerLookup,
} from './record-kinds';
import type { MessageKey } from '@/i18n/messages';

export type { StoreSnapshot } from '@/db/store-snapshot';

/** What an import does to the records of one type. */
export type RecordCounts = ImportCounts;

/** One of something per record type. */
function perType<T>(make: () => T): Record<RecordType, T> {
  return Object.fromEntries(RECORD_TYPES.map((type) => [type, make()])) as Record<RecordType, T>;
}

export function emptySnapshot(): StoreSnapshot {
  // Every type but the unit, which lies in its own subtree, has an owner.
  const { unit: _unit, ...owners } = perType(() => new Map<string, string>());
  return {
    units: [],
    stamps: perType(() => new Map()),
    owners,
    tombstones: new Map(),
    figureSlots: new Map(),
    placeNames: new Map(),
    classIds: new Set(),
    importedExportIds: new Set(),
  };
}

export interface OutOfScopeItem {
  type: RecordType;
  id: string;
  label: string;
  /** i18n key (exchange.reason.*). */
  reason: MessageKey;
  /** The unit the record belongs to (or would), named for the preview. */
  unitId?: string;
  unitName?: string;
}

export interface StaleItem {
  type: RecordType;
  id: string;
  label: string;
  /** i18n key (exchange.stale.*). */
  reason: MessageKey;
}

/** A tombstone to apply, with the unit the deleted record belonged to when known. */
export type PlannedDelete = TombstoneRow;

/** The records the plan writes, by array. */
export type PlanWrites = Pick<ExchangeDocument, RecordArray>;

/** The signer of a sealed file, filled in by the worker after opening it. */
export interface SealedInfo {
  unitId: string;
  publicKeyJwk: JsonWebKey;
  fingerprint: string;
  /** No key was known for this unit: the user confirms the fingerprint (trust on first use). */
  firstUse: boolean;
}

export interface ImportPlan {
  fileName: string;
  exportId: string;
  exportedAt: string;
  version: number;
  source: ExchangeSource;
  scope: ExchangeScope;
  alreadyImported: boolean;
  isProvinceFile: boolean;
  /** Records per array in the file. */
  fileCounts: ArrayCounts;
  counts: Record<RecordType, RecordCounts>;
  outOfScope: OutOfScopeItem[];
  stale: StaleItem[];
  warnings: ImportWarning[];
  writes: PlanWrites;
  deletes: PlannedDelete[];
  /** Ids among writes.people that the store holds (updates); the others are new. */
  storedPeople?: string[];
  extensions?: ExchangeExtensions;
  /** The signer of a sealed file (set by the worker). */
  sealed?: SealedInfo;
  /** The keys of `extensions` with their fingerprints (set by the worker), saved on apply. */
  keys?: {
    provincePublicKey?: { jwk: JsonWebKey; keyId: string };
    unitKeys?: { unitId: string; jwk: JsonWebKey; keyId: string }[];
  };
}

export function zeroCounts(): Record<RecordType, RecordCounts> {
  return perType(() => ({
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    outOfScope: 0,
    deleted: 0,
  }));
}

/** How many items of a list the page is sent with a preview: what a preview card shows. */
export const PREVIEW_LIST_LIMIT = 50;

/**
 * What the page is sent of a plan: everything but the records, the lists of records left out
 * (out of scope, stale) cut to their first PREVIEW_LIST_LIMIT with their full length beside. The
 * plan itself stays in the import worker under `planId` until it is applied or discarded: a
 * district's 30,000 people are not copied to the page and back.
 */
export interface PlanSummary extends Omit<
  ImportPlan,
  'writes' | 'deletes' | 'storedPeople' | 'extensions'
> {
  planId: string;
  outOfScopeTotal: number;
  staleTotal: number;
  /** What the data checks would find in the records the plan writes (domain/quality-file.ts). */
  quality: QualityCounts;
}

export function summarizePlan(
  plan: ImportPlan,
  planId: string,
  today: IsoDate = localIsoDate(),
): PlanSummary {
  const {
    writes: _writes,
    deletes: _deletes,
    storedPeople: _storedPeople,
    extensions: _extensions,
    outOfScope,
    stale,
    ...rest
  } = plan;
  return {
    ...rest,
    planId,
    outOfScope: outOfScope.slice(0, PREVIEW_LIST_LIMIT),
    outOfScopeTotal: outOfScope.length,
    stale: stale.slice(0, PREVIEW_LIST_LIMIT),
    staleTotal: stale.length,
    quality: fileQualityCounts(plan.writes.people, plan.writes.classes, today),
  };
}

/** Does the plan write anything at all? */
export function planHasWrites(plan: ImportPlan): boolean {
  return RECORD_ARRAYS.some((array) => plan.writes[array].length > 0) || plan.deletes.length > 0;
}

export function planImport(
  document: ExchangeDocument,
  snapshot: StoreSnapshot,
  fileName: string,
  warnings: ImportWarning[] = [],
): ImportPlan {
  const storeUnits = new Map(snapshot.units.map((unit) => [unit.id, unit]));
  const fileUnits = new Map(document.units.map((unit) => [unit.id, unit]));
  const merged = mergedTree(document, snapshot, storeUnits);
  const storeRoot = snapshot.units.find((unit) => unit.parentId === null);
  const plan: ImportPlan = {
    fileName,
    exportId: document.exportId,
    exportedAt: document.exportedAt,
    version: document.version,
    source: document.source,
    scope: document.scope,
    alreadyImported: snapshot.importedExportIds.has(document.exportId),
    isProvinceFile: isProvinceFile(document, storeRoot, merged, fileUnits),
    fileCounts: arrayCounts(document),
    counts: zeroCounts(),
    outOfScope: [],
    stale: [],
    warnings: [...warnings],
    writes: Object.fromEntries(RECORD_ARRAYS.map((array) => [array, []])) as unknown as PlanWrites,
    deletes: [],
  };
  if (plan.alreadyImported) return plan;

  if (storeRoot && topOf(merged, document.source.unitId) !== storeRoot.id) {
    plan.warnings.push({ field: 'source.unitId', message: 'exchange.warning.otherTree' });
  }
  checkReferences(document, snapshot, fileName);
  passExtensions(plan, document);

  const sourceId = document.source.unitId;
  const context: PlanContext = {
    plan,
    document,
    snapshot,
    storeUnits,
    newScope: plan.isProvinceFile ? null : subtreeIdsOf([...merged.values()], sourceId),
    oldScope: plan.isProvinceFile ? null : subtreeIdsOf(snapshot.units, sourceId),
    unitName: (unitId) => storeUnits.get(unitId)?.name ?? fileUnits.get(unitId)?.name,
    lookup: placeLookup(document, snapshot),
  };
  planRecords(context);
  planTombstones(context);
  return plan;
}

/**
 * A place's unit and name as they would be after the import: the file's place where it is newer
 * than the stored one (or not stored), else the store's.
 */
function placeLookup(document: ExchangeDocument, snapshot: StoreSnapshot): OwnerLookup {
  const filePlaces = new Map(document.places.map((place) => [place.id, place]));
  const fileWins = (placeId: string) => {
    const inFile = filePlaces.get(placeId);
    const stored = snapshot.stamps.place.get(placeId);
    return inFile !== undefined &&
      (stored === undefined || compareInstants(inFile.updatedAt, stored) > 0)
      ? inFile
      : undefined;
  };
  return {
    placeUnit: (placeId) => fileWins(placeId)?.unitId ?? snapshot.owners.place.get(placeId),
    placeName: (placeId) => fileWins(placeId)?.name ?? snapshot.placeNames.get(placeId),
  };
}

/** The tree as it would be after the import: the store's, with the file's newer units over it. */
function mergedTree(
  document: ExchangeDocument,
  snapshot: StoreSnapshot,
  storeUnits: ReadonlyMap<string, Unit>,
): Map<string, Unit> {
  const merged = new Map(storeUnits);
  for (const unit of document.units) {
    const stored = storeUnits.get(unit.id);
    const tombstone = snapshot.tombstones.get(`unit:${unit.id}`);
    const wins = stored
      ? compareInstants(unit.updatedAt, stored.updatedAt) > 0
      : !tombstone || compareInstants(unit.updatedAt, tombstone) > 0;
    if (wins) merged.set(unit.id, unit);
  }
  return merged;
}

/**
 * Whether the file is the province's (it may touch any unit). Once the store has the province's
 * root, only a file from that root is: a file cannot make itself the province by bringing a root
 * of its own.
 */
function isProvinceFile(
  document: ExchangeDocument,
  storeRoot: Unit | undefined,
  merged: ReadonlyMap<string, Unit>,
  fileUnits: ReadonlyMap<string, Unit>,
): boolean {
  const sourceId = document.source.unitId;
  if (storeRoot?.kind === 'province') return sourceId === storeRoot.id;
  const sourceUnit = merged.get(sourceId) ?? fileUnits.get(sourceId);
  return sourceUnit?.kind === 'province' && sourceUnit.parentId === null;
}

/** The province's keys pass on with its file; a unit's file has no say over them. */
function passExtensions(plan: ImportPlan, document: ExchangeDocument): void {
  if (plan.isProvinceFile) {
    const extensions: ExchangeExtensions = {};
    if (document.provincePublicKey) extensions.provincePublicKey = document.provincePublicKey;
    if (document.unitKeys) extensions.unitKeys = document.unitKeys;
    if (Object.keys(extensions).length > 0) plan.extensions = extensions;
    return;
  }
  for (const member of ['provincePublicKey', 'unitKeys'] as const) {
    if (document[member]) {
      plan.warnings.push({ field: member, message: 'exchange.warning.extensionIgnored' });
    }
  }
}

/** The top of the chain of parents above a unit (the root, when the chain is whole). */
function topOf(units: ReadonlyMap<string, Unit>, unitId: string): string {
  const seen = new Set<string>();
  let id = unitId;
  for (;;) {
    const parentId = units.get(id)?.parentId;
    if (!parentId || !units.has(parentId) || seen.has(parentId)) return id;
    seen.add(id);
    id = parentId;
  }
}

/**
 * Every reference between records (record-kinds.ts) must name a record of the file or of the
 * store; the units named first, then the classes, in the order of the arrays.
 */
function checkReferences(
  document: ExchangeDocument,
  snapshot: StoreSnapshot,
  fileName: string,
): void {
  for (const target of REFERENCED_TYPES) {
    let inFile: ReadonlySet<string> | undefined;
    for (const array of RECORD_ARRAYS) {
      const references = kindOf(ARRAY_TYPE[array]).references.filter(([, type]) => type === target);
      if (references.length === 0) continue;
      const named = (inFile ??= new Set(document[TYPE_ARRAY[target]].map((record) => record.id)));
      (document[array] as AnyRecord[]).forEach((record, index) => {
        for (const [field] of references) {
          const value = (record as unknown as Record<string, unknown>)[field];
          if (typeof value !== 'string' || named.has(value) || snapshot.stamps[target].has(value)) {
            continue;
          }
          throw new ImportError({
            code: 'missingReference',
            file: fileName,
            array,
            index,
            id: record.id,
            field,
            expected: REFERENCE_EXPECTED[target],
            received: value,
          });
        }
      });
    }
  }
}
