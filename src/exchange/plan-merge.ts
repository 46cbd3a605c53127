// How each record and each tombstone of a file meets the store, for the plan (plan.ts): records
// merge by id, their updatedAt compared as instants (newer replaces, equal is unchanged, older is
// stale); a tombstone deletes a record it is newer than and is kept, so an older file cannot
// bring the record back; whatever lies outside the sender's subtree is out of scope. Every record
// type goes through the same steps; what differs by type is in record-kinds.ts.
import type { RecordType } from '@/domain/code-lists';
import type { PlaceFigure, Tombstone, Unit } from '@/domain/entities';
import type { StoreSnapshot } from '@/db/store-snapshot';
import { ARRAY_TYPE, RECORD_ARRAYS, compareInstants, type ExchangeDocument } from './format';
import type { ImportPlan, OutOfScopeItem, PlannedDelete } from './plan';
import {
  kindOf,
  type AnyRecord,
  type OwnerLookup,
  type RecordKind,
  type UnitName,
} from './record-kinds';
import type { MessageKey } from '@/i18n/messages';

/** What the steps share: the plan they fill, the file, the store, and the sender's scope. */
export interface PlanContext {
  plan: ImportPlan;
  document: ExchangeDocument;
  snapshot: StoreSnapshot;
  storeUnits: ReadonlyMap<string, Unit>;
  /** The sender's subtree after the import and before it; null for the province's file. */
  newScope: ReadonlySet<string> | null;
  oldScope: ReadonlySet<string> | null;
  unitName: UnitName;
  /** The unit and name of a place as they would be after the import. */
  lookup: OwnerLookup;
}

/** The unit the stored record of `type` lies under, if the store holds it. */
function storedOwner(context: PlanContext, type: RecordType, id: string): string | undefined {
  const { snapshot } = context;
  if (type !== 'unit') return snapshot.owners[type].get(id);
  return snapshot.stamps.unit.has(id) ? id : undefined;
}

function outOfScope(
  context: PlanContext,
  type: RecordType,
  id: string,
  label: string,
  reason: MessageKey,
  unitId: string,
): void {
  const { plan } = context;
  plan.counts[type].outOfScope += 1;
  const item: OutOfScopeItem = { type, id, label, reason, unitId };
  const name = context.unitName(unitId);
  if (name !== undefined) item.unitName = name;
  plan.outOfScope.push(item);
}

function stale(
  context: PlanContext,
  type: RecordType,
  id: string,
  label: string,
  reason: MessageKey,
) {
  context.plan.counts[type].stale += 1;
  context.plan.stale.push({ type, id, label, reason });
}

/** Why a record of the file may not touch the store here, or null when it may. */
function scopeReason(
  context: PlanContext,
  type: RecordType,
  record: AnyRecord,
  isUpdate: boolean,
): MessageKey | null {
  const { newScope, oldScope, document } = context;
  if (!newScope || !oldScope) return null;
  const owner = kindOf(type).owner(record, context.lookup);
  if (owner === undefined || !newScope.has(owner)) return 'exchange.reason.outsideSource';
  const before = storedOwner(context, type, record.id);
  if (before !== undefined && !oldScope.has(before)) return 'exchange.reason.storedOutsideSource';
  if (
    isUpdate &&
    type === 'unit' &&
    record.id === document.source.unitId &&
    context.storeUnits.get(record.id)?.parentId !== (record as Unit).parentId
  ) {
    return 'exchange.reason.movesSourceUnit';
  }
  return null;
}

/** What the records of one array share as the plan goes through them. */
interface Lane {
  type: RecordType;
  kind: RecordKind<AnyRecord>;
  stamps: ReadonlyMap<string, string>;
  counts: ImportPlan['counts'][RecordType];
  writes: AnyRecord[];
  /** The file's tombstones, by `${type}:${id}`. */
  deletedInFile: ReadonlyMap<string, string>;
}

/**
 * A figure of the file for a place and year the store holds another figure of (another id): the
 * newer one stands (import-place-figures.ts applies it). 'replaces', 'stale', or null for none.
 */
function figureSlot(context: PlanContext, record: AnyRecord): 'replaces' | 'stale' | null {
  const figure = record as PlaceFigure;
  const other = context.snapshot.figureSlots.get(`${figure.placeId}:${figure.year}`);
  if (!other || other.id === figure.id) return null;
  return compareInstants(figure.updatedAt, other.updatedAt) > 0 ? 'replaces' : 'stale';
}

/** One record of the file: created, updated, unchanged, stale or out of scope. */
function planRecord(context: PlanContext, lane: Lane, record: AnyRecord): void {
  const { plan, snapshot, unitName, lookup } = context;
  const { type, kind, counts, writes } = lane;
  const key = `${type}:${record.id}`;
  const label = () => kind.label(record, unitName, lookup);
  const stored = lane.stamps.get(record.id);
  const isUpdate = stored !== undefined && compareInstants(record.updatedAt, stored) > 0;
  const reason = scopeReason(context, type, record, isUpdate);
  if (reason) {
    const owner = kind.owner(record, lookup) ?? context.document.source.unitId;
    outOfScope(context, type, record.id, label(), reason, owner);
    return;
  }
  const deletedInFile = lane.deletedInFile.get(key);
  if (deletedInFile !== undefined && compareInstants(deletedInFile, record.updatedAt) >= 0) {
    // The same file deletes it later: the tombstone decides.
    stale(context, type, record.id, label(), 'exchange.stale.deleted');
    return;
  }
  if (stored !== undefined) {
    const order = compareInstants(record.updatedAt, stored);
    if (order > 0) {
      counts.updated += 1;
      writes.push(record);
      if (type === 'person') (plan.storedPeople ??= []).push(record.id);
    } else if (order === 0) {
      counts.unchanged += 1;
    } else {
      stale(context, type, record.id, label(), 'exchange.stale.older');
    }
    return;
  }
  const tombstone = snapshot.tombstones.get(key);
  if (tombstone !== undefined && compareInstants(record.updatedAt, tombstone) <= 0) {
    stale(context, type, record.id, label(), 'exchange.stale.deleted');
    return;
  }
  const slot = type === 'placeFigure' ? figureSlot(context, record) : null;
  if (slot === 'stale') {
    stale(context, type, record.id, label(), 'exchange.stale.older');
    return;
  }
  // A newer figure for a year the store has figures of (under another id) updates that year.
  if (slot === 'replaces') counts.updated += 1;
  else counts.created += 1;
  writes.push(record);
}

/** Every record of the file, array by array. */
export function planRecords(context: PlanContext): void {
  const { document, plan, snapshot } = context;
  const deletedInFile = new Map(document.deleted.map((t) => [`${t.type}:${t.id}`, t.deletedAt]));
  for (const array of RECORD_ARRAYS) {
    const type = ARRAY_TYPE[array];
    const lane: Lane = {
      type,
      kind: kindOf(type),
      stamps: snapshot.stamps[type],
      counts: plan.counts[type],
      writes: plan.writes[array] as AnyRecord[],
      deletedInFile,
    };
    for (const record of document[array] as AnyRecord[]) planRecord(context, lane, record);
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

/** One tombstone of the file: a delete, unchanged, stale or out of scope. */
function planTombstone(
  context: PlanContext,
  tombstone: Tombstone,
  inFile: AnyRecord | undefined,
): void {
  const { plan, snapshot, oldScope, newScope } = context;
  const { type, id, deletedAt } = tombstone;
  const kind = kindOf(type);
  const text = inFile ? kind.label(inFile, context.unitName, context.lookup) : id;
  if (inFile && compareInstants(inFile.updatedAt, deletedAt) > 0) {
    // Deleted, then made again with the same id: the record stands.
    stale(context, type, id, text, 'exchange.stale.changedAfterDelete');
    return;
  }
  const stored = snapshot.stamps[type].get(id);
  const owner =
    storedOwner(context, type, id) ?? (inFile ? kind.owner(inFile, context.lookup) : undefined);
  if (stored !== undefined) {
    if (oldScope && (owner === undefined || !oldScope.has(owner))) {
      outOfScope(context, type, id, text, 'exchange.reason.storedOutsideSource', owner ?? id);
    } else if (compareInstants(deletedAt, stored) > 0) {
      plan.counts[type].deleted += 1;
      plan.deletes.push(withOwner(tombstone, owner));
    } else {
      stale(context, type, id, text, 'exchange.stale.changedAfterDelete');
    }
    return;
  }
  if (newScope && owner !== undefined && !newScope.has(owner)) {
    outOfScope(context, type, id, text, 'exchange.reason.outsideSource', owner);
    return;
  }
  const known = snapshot.tombstones.get(`${type}:${id}`);
  // Remembered (and counted deleted) even though nothing is stored: a record older than its
  // deletion must not come back from another file later. The file's source owns what it
  // deletes. Known already: nothing to do.
  if (known === undefined || compareInstants(deletedAt, known) > 0) {
    plan.counts[type].deleted += 1;
    plan.deletes.push(withOwner(tombstone, owner ?? context.document.source.unitId));
  } else {
    plan.counts[type].unchanged += 1;
  }
}

/** Every tombstone of the file. */
export function planTombstones(context: PlanContext): void {
  const { document } = context;
  const fileRecords = new Map<string, AnyRecord>();
  for (const array of RECORD_ARRAYS) {
    for (const record of document[array] as AnyRecord[]) {
      fileRecords.set(`${ARRAY_TYPE[array]}:${record.id}`, record);
    }
  }
  for (const tombstone of document.deleted) {
    planTombstone(context, tombstone, fileRecords.get(`${tombstone.type}:${tombstone.id}`));
  }
}
