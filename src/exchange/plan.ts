// What an import would do, decided before anything is written (pure: a document and a snapshot
// of the store in, a plan out). Records merge by id, their updatedAt compared as instants: newer
// replaces, equal is unchanged, older is stale (skipped, listed). A tombstone deletes a record
// it is newer than and is kept, so an older file cannot bring the record back. A unit's file
// may only touch its own subtree; the province's (its source is the root, kind 'province') may
// touch anything. References to units and classes must resolve, else the file is refused.
import type { RecordType } from '@/domain/code-lists';
import type {
  MemberCount,
  Person,
  Target,
  Tombstone,
  TrainingClass,
  Unit,
} from '@/domain/entities';
import { subtreeIdsOf } from '@/domain/unit-tree';
import type { ImportCounts, StoreSnapshot, TombstoneRow } from '@/db/exchange-repo';
import type { MessageKey } from '@/i18n/messages';
import { ImportError } from './errors';
import {
  ARRAY_TYPE,
  RECORD_ARRAYS,
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

export type { StoreSnapshot } from '@/db/exchange-repo';

/** What an import does to the records of one type. */
export type RecordCounts = ImportCounts;

export function emptySnapshot(): StoreSnapshot {
  return {
    units: [],
    stamps: {
      unit: new Map(),
      person: new Map(),
      class: new Map(),
      target: new Map(),
      memberCount: new Map(),
    },
    owners: { person: new Map(), class: new Map(), target: new Map(), memberCount: new Map() },
    tombstones: new Map(),
    classIds: new Set(),
    importedExportIds: new Set(),
  };
}

/** Why a record of the file may not touch the store here. */
type Reason = Extract<MessageKey, `exchange.reason.${string}`>;
/** Why a record of the file is not applied. */
type StaleReason = Extract<MessageKey, `exchange.stale.${string}`>;

export interface OutOfScopeItem {
  type: RecordType;
  id: string;
  label: string;
  /** i18n key (exchange.reason.*). */
  reason: Reason;
  /** The unit the record belongs to (or would), named for the preview. */
  unitId?: string;
  unitName?: string;
}

export interface StaleItem {
  type: RecordType;
  id: string;
  label: string;
  /** i18n key (exchange.stale.*). */
  reason: StaleReason;
}

/** A tombstone to apply, with the unit the deleted record belonged to when known. */
export type PlannedDelete = TombstoneRow;

export interface PlanWrites {
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
}

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
  const zero = (): RecordCounts => ({
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    outOfScope: 0,
    deleted: 0,
  });
  return { unit: zero(), person: zero(), class: zero(), target: zero(), memberCount: zero() };
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
}

export function summarizePlan(plan: ImportPlan, planId: string): PlanSummary {
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
  };
}

/** Does the plan write anything at all? */
export function planHasWrites(plan: ImportPlan): boolean {
  return RECORD_ARRAYS.some((array) => plan.writes[array].length > 0) || plan.deletes.length > 0;
}

type AnyRecord = Unit | Person | TrainingClass | Target | MemberCount;

function ownerOf(type: RecordType, record: AnyRecord): string {
  return type === 'unit' ? record.id : (record as Person).unitId;
}

export function planImport(
  document: ExchangeDocument,
  snapshot: StoreSnapshot,
  fileName: string,
  warnings: ImportWarning[] = [],
): ImportPlan {
  const plan: ImportPlan = {
    fileName,
    exportId: document.exportId,
    exportedAt: document.exportedAt,
    version: document.version,
    source: document.source,
    scope: document.scope,
    alreadyImported: snapshot.importedExportIds.has(document.exportId),
    isProvinceFile: false,
    fileCounts: arrayCounts(document),
    counts: zeroCounts(),
    outOfScope: [],
    stale: [],
    warnings: [...warnings],
    writes: { units: [], people: [], classes: [], targets: [], memberCounts: [] },
    deletes: [],
  };

  const storeUnits = new Map(snapshot.units.map((unit) => [unit.id, unit]));
  const fileUnits = new Map(document.units.map((unit) => [unit.id, unit]));
  // The tree as it would be after the import: the store's, with the file's newer units over it.
  const merged = new Map(storeUnits);
  for (const unit of document.units) {
    const stored = storeUnits.get(unit.id);
    const tombstone = snapshot.tombstones.get(`unit:${unit.id}`);
    const wins = stored
      ? compareInstants(unit.updatedAt, stored.updatedAt) > 0
      : !tombstone || compareInstants(unit.updatedAt, tombstone) > 0;
    if (wins) merged.set(unit.id, unit);
  }
  // Once the store has the province's root, only a file from that root is the province's: a
  // file cannot make itself the province by bringing a root of its own.
  const storeRoot = snapshot.units.find((unit) => unit.parentId === null);
  const sourceUnit = merged.get(document.source.unitId) ?? fileUnits.get(document.source.unitId);
  plan.isProvinceFile =
    storeRoot?.kind === 'province'
      ? document.source.unitId === storeRoot.id
      : sourceUnit?.kind === 'province' && sourceUnit.parentId === null;

  if (plan.alreadyImported) return plan;

  if (storeRoot && topOf(merged, document.source.unitId) !== storeRoot.id) {
    plan.warnings.push({ field: 'source.unitId', message: 'exchange.warning.otherTree' });
  }

  checkReferences(document, snapshot, storeUnits, fileUnits, fileName);

  if (plan.isProvinceFile) {
    const extensions: ExchangeExtensions = {};
    if (document.provincePublicKey) extensions.provincePublicKey = document.provincePublicKey;
    if (document.unitKeys) extensions.unitKeys = document.unitKeys;
    if (Object.keys(extensions).length > 0) plan.extensions = extensions;
  } else {
    for (const member of ['provincePublicKey', 'unitKeys'] as const) {
      if (document[member]) {
        plan.warnings.push({ field: member, message: 'exchange.warning.extensionIgnored' });
      }
    }
  }

  const newScope = plan.isProvinceFile
    ? null
    : subtreeIdsOf([...merged.values()], document.source.unitId);
  const oldScope = plan.isProvinceFile
    ? null
    : subtreeIdsOf(snapshot.units, document.source.unitId);
  // Units are named as this store knows them: a file's renaming may be the thing refused.
  const unitName = (unitId: string) => storeUnits.get(unitId)?.name ?? fileUnits.get(unitId)?.name;
  const label = (type: RecordType, record: AnyRecord): string => {
    switch (type) {
      case 'unit':
        return `${(record as Unit).name} (${(record as Unit).code})`;
      case 'person':
        return (record as Person).fullName;
      case 'class':
        return (record as TrainingClass).title;
      case 'target': {
        const target = record as Target;
        const span =
          target.fromYear === target.toYear
            ? `${target.fromYear}`
            : `${target.fromYear}–${target.toYear}`;
        return `${unitName(target.unitId) ?? target.unitId} · ${span}`;
      }
      case 'memberCount': {
        const count = record as MemberCount;
        return `${unitName(count.unitId) ?? count.unitId} · ${count.year}`;
      }
    }
  };
  const storedOwner = (type: RecordType, id: string): string | undefined =>
    type === 'unit'
      ? snapshot.stamps.unit.has(id)
        ? id
        : undefined
      : snapshot.owners[type].get(id);

  const outOfScope = (
    type: RecordType,
    id: string,
    text: string,
    reason: Reason,
    unitId: string,
  ) => {
    plan.counts[type].outOfScope += 1;
    const item: OutOfScopeItem = { type, id, label: text, reason, unitId };
    const name = unitName(unitId);
    if (name !== undefined) item.unitName = name;
    plan.outOfScope.push(item);
  };
  const stale = (type: RecordType, id: string, text: string, reason: StaleReason) => {
    plan.counts[type].stale += 1;
    plan.stale.push({ type, id, label: text, reason });
  };

  /** Why a record of the file may not touch the store here, or null when it may. */
  const scopeReason = (type: RecordType, record: AnyRecord, isUpdate: boolean): Reason | null => {
    if (!newScope || !oldScope) return null;
    const owner = ownerOf(type, record);
    if (!newScope.has(owner)) return 'exchange.reason.outsideSource';
    const before = storedOwner(type, record.id);
    if (before !== undefined && !oldScope.has(before)) return 'exchange.reason.storedOutsideSource';
    if (
      isUpdate &&
      type === 'unit' &&
      record.id === document.source.unitId &&
      storeUnits.get(record.id)?.parentId !== (record as Unit).parentId
    ) {
      return 'exchange.reason.movesSourceUnit';
    }
    return null;
  };

  const fileTombstones = new Map(document.deleted.map((t) => [`${t.type}:${t.id}`, t.deletedAt]));

  for (const array of RECORD_ARRAYS) {
    const type = ARRAY_TYPE[array];
    const writes = plan.writes[array] as AnyRecord[];
    for (const record of document[array] as AnyRecord[]) {
      const key = `${type}:${record.id}`;
      const stored = snapshot.stamps[type].get(record.id);
      const isUpdate = stored !== undefined && compareInstants(record.updatedAt, stored) > 0;
      const reason = scopeReason(type, record, isUpdate);
      if (reason) {
        outOfScope(type, record.id, label(type, record), reason, ownerOf(type, record));
        continue;
      }
      const deletedInFile = fileTombstones.get(key);
      if (deletedInFile !== undefined && compareInstants(deletedInFile, record.updatedAt) >= 0) {
        // The same file deletes it later: the tombstone below decides.
        stale(type, record.id, label(type, record), 'exchange.stale.deleted');
        continue;
      }
      if (stored !== undefined) {
        const order = compareInstants(record.updatedAt, stored);
        if (order > 0) {
          plan.counts[type].updated += 1;
          writes.push(record);
          if (type === 'person') (plan.storedPeople ??= []).push(record.id);
        } else if (order === 0) {
          plan.counts[type].unchanged += 1;
        } else {
          stale(type, record.id, label(type, record), 'exchange.stale.older');
        }
        continue;
      }
      const tombstone = snapshot.tombstones.get(key);
      if (tombstone !== undefined && compareInstants(record.updatedAt, tombstone) <= 0) {
        stale(type, record.id, label(type, record), 'exchange.stale.deleted');
        continue;
      }
      plan.counts[type].created += 1;
      writes.push(record);
    }
  }

  const fileRecords = new Map<string, AnyRecord>();
  for (const array of RECORD_ARRAYS) {
    for (const record of document[array] as AnyRecord[]) {
      fileRecords.set(`${ARRAY_TYPE[array]}:${record.id}`, record);
    }
  }
  for (const tombstone of document.deleted) {
    const { type, id, deletedAt } = tombstone;
    const key = `${type}:${id}`;
    const inFile = fileRecords.get(key);
    const text = inFile ? label(type, inFile) : id;
    if (inFile && compareInstants(inFile.updatedAt, deletedAt) > 0) {
      // Deleted, then made again with the same id: the record above stands.
      stale(type, id, text, 'exchange.stale.changedAfterDelete');
      continue;
    }
    const stored = snapshot.stamps[type].get(id);
    const owner = storedOwner(type, id) ?? (inFile ? ownerOf(type, inFile) : undefined);
    if (stored !== undefined) {
      if (oldScope && (owner === undefined || !oldScope.has(owner))) {
        outOfScope(type, id, text, 'exchange.reason.storedOutsideSource', owner ?? id);
        continue;
      }
      if (compareInstants(deletedAt, stored) > 0) {
        plan.counts[type].deleted += 1;
        plan.deletes.push(withOwner(tombstone, owner));
      } else {
        stale(type, id, text, 'exchange.stale.changedAfterDelete');
      }
      continue;
    }
    if (newScope && owner !== undefined && !newScope.has(owner)) {
      outOfScope(type, id, text, 'exchange.reason.outsideSource', owner);
      continue;
    }
    const known = snapshot.tombstones.get(key);
    // Remembered (and counted deleted) even though nothing is stored: a record older than its
    // deletion must not come back from another file later. The file's source owns what it
    // deletes. Known already: nothing to do.
    if (known === undefined || compareInstants(deletedAt, known) > 0) {
      plan.counts[type].deleted += 1;
      plan.deletes.push(withOwner(tombstone, owner ?? document.source.unitId));
    } else {
      plan.counts[type].unchanged += 1;
    }
  }

  return plan;
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

function withOwner(tombstone: Tombstone, owner: string | undefined): PlannedDelete {
  const planned: PlannedDelete = {
    type: tombstone.type,
    id: tombstone.id,
    deletedAt: tombstone.deletedAt,
  };
  if (owner !== undefined) planned.unitId = owner;
  return planned;
}

/** Every unitId and class reference must name a record of the file or of the store. */
function checkReferences(
  document: ExchangeDocument,
  snapshot: StoreSnapshot,
  storeUnits: ReadonlyMap<string, Unit>,
  fileUnits: ReadonlyMap<string, Unit>,
  fileName: string,
): void {
  const unitExists = (id: string) => fileUnits.has(id) || storeUnits.has(id);
  const fileClasses = new Set(document.classes.map((item) => item.id));
  const classExists = (id: string) => fileClasses.has(id) || snapshot.classIds.has(id);
  const missing = (array: RecordArray, index: number, id: string, field: string, value: string) =>
    new ImportError({
      code: 'missingReference',
      file: fileName,
      array,
      index,
      id,
      field,
      expected: field === 'unitId' ? 'exchange.expected.unitRef' : 'exchange.expected.classRef',
      received: value,
    });
  for (const array of ['people', 'classes', 'targets', 'memberCounts'] as const) {
    const records = document[array] as (Person | TrainingClass | Target | MemberCount)[];
    records.forEach((record, index) => {
      if (!unitExists(record.unitId))
        throw missing(array, index, record.id, 'unitId', record.unitId);
    });
  }
  document.people.forEach((person, index) => {
    for (const field of ['awarenessClassId', 'newMemberClassId'] as const) {
      const classId = person[field];
      if (classId !== null && !classExists(classId)) {
        throw missing('people', index, person.id, field, classId);
      }
    }
  });
}
