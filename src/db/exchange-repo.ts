// The province exchange's side of the store: what the planner needs to know (a snapshot of ids
// and stamps, never whole records but units), applying a plan in ONE transaction, collecting an
// export, and the logs of files in and out. The format itself (parse, plan, build) lives in
// src/exchange; this file only knows the shapes it needs from there.
import type { RecordType } from '@/domain/code-lists';
import { fromParts, localIsoDate, parts, type IsoDate } from '@/domain/dates';
import {
  newId,
  nowStamp,
  type MemberCount,
  type Person,
  type Target,
  type Tombstone,
  type TrainingClass,
  type Unit,
} from '@/domain/entities';
import { subtreeIdsOf, flattenTree } from '@/domain/unit-tree';
import { applyPeopleChanges } from './aggregates';
import { saveReceivedProvinceKey, trustUnitKey, trustedUnitKey } from './keys-repo';
import { fromRow, toRow } from './people-repo';
import {
  db,
  type ExportLogEntry,
  type ImportCounts,
  type ImportLogEntry,
  type PersonRow,
  type UnitEvent,
} from './schema';

export type { ExportLogEntry, ImportCounts, ImportLogEntry } from './schema';

/** Record types that belong to a unit through their unitId. */
export type OwnedType = Exclude<RecordType, 'unit'>;

/** What the planner needs to know of the store. */
export interface StoreSnapshot {
  units: Unit[];
  /** id → updatedAt (UTC ISO), per record type. */
  stamps: Record<RecordType, Map<string, string>>;
  /** id → unitId of the stored records: a change or deletion must be in the sender's scope. */
  owners: Record<OwnedType, Map<string, string>>;
  /** `${type}:${id}` → deletedAt. */
  tombstones: Map<string, string>;
  classIds: Set<string>;
  importedExportIds: Set<string>;
}

/** A stored tombstone; `unitId` says whose record it was when an import wrote it. */
export type TombstoneRow = Tombstone & { unitId?: string };

/** Compares two ISO 8601 instants as instants. */
function later(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

async function zipKeys<K>(keys: Promise<K[]>, ids: Promise<string[]>): Promise<[string, K][]> {
  const [k, i] = await Promise.all([keys, ids]);
  return i.map((id, index) => [id, k[index] as K]);
}

/** The tables a snapshot and an export read: every record table, tombstones, the import log. */
function recordTables(d: ReturnType<typeof db>) {
  return [d.units, d.people, d.classes, d.targets, d.memberCounts, d.tombstones, d.importLog];
}

/**
 * Reads the snapshot in one read transaction. Only index keys are read for the records (an
 * index holds (key, primary key) pairs, in the same order for keys() and primaryKeys()), so a
 * province of a quarter of a million people costs two key scans per table, not their records.
 */
export async function readStoreSnapshot(): Promise<StoreSnapshot> {
  const d = db();
  const tables = recordTables(d);
  return d.transaction('r', tables, async () => {
    const stampsOf = (
      table: typeof d.people | typeof d.classes | typeof d.targets | typeof d.memberCounts,
    ) =>
      zipKeys(
        table.orderBy('updatedAt').keys() as Promise<string[]>,
        table.orderBy('updatedAt').primaryKeys() as Promise<string[]>,
      );
    const ownersOf = (table: typeof d.people | typeof d.classes | typeof d.targets) =>
      zipKeys(
        table.orderBy('unitId').keys() as Promise<string[]>,
        table.orderBy('unitId').primaryKeys() as Promise<string[]>,
      );
    const [
      units,
      people,
      classes,
      targets,
      counts,
      peopleOwners,
      classOwners,
      targetOwners,
      countKeys,
      tombstones,
      exportIds,
    ] = await Promise.all([
      d.units.toArray(),
      stampsOf(d.people),
      stampsOf(d.classes),
      stampsOf(d.targets),
      stampsOf(d.memberCounts),
      ownersOf(d.people),
      ownersOf(d.classes),
      ownersOf(d.targets),
      zipKeys(
        d.memberCounts.orderBy('[unitId+year]').keys() as Promise<unknown[]>,
        d.memberCounts.orderBy('[unitId+year]').primaryKeys() as Promise<string[]>,
      ),
      d.tombstones.toArray(),
      d.importLog.toCollection().primaryKeys(),
    ]);
    return {
      units,
      stamps: {
        unit: new Map(units.map((unit) => [unit.id, unit.updatedAt])),
        person: new Map(people),
        class: new Map(classes),
        target: new Map(targets),
        memberCount: new Map(counts),
      },
      owners: {
        person: new Map(peopleOwners),
        class: new Map(classOwners),
        target: new Map(targetOwners),
        memberCount: new Map(countKeys.map(([id, key]) => [id, (key as [string, number])[0]])),
      },
      tombstones: new Map(tombstones.map((row) => [`${row.type}:${row.id}`, row.deletedAt])),
      classIds: new Set(classes.map(([id]) => id)),
      importedExportIds: new Set(exportIds),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Apply

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
  };
  deletes: TombstoneRow[];
  sealed?: { unitId: string; publicKeyJwk: JsonWebKey; fingerprint: string; firstUse: boolean };
  /** Keys the province's file brings, with their fingerprints computed before applying. */
  keys?: {
    provincePublicKey?: { jwk: JsonWebKey; keyId: string };
    unitKeys?: { unitId: string; jwk: JsonWebKey; keyId: string }[];
  };
}

type StoredRecord = { id: string; updatedAt: string };

const UNIT_FIELDS = [
  'code',
  'name',
  'kind',
  'sector',
  'parentId',
  'openedOn',
  'closedOn',
  'successorId',
] as const;

/** The history event of a unit written by an import (the units page shows them). */
function unitEvent(before: Unit | undefined, after: Unit): UnitEvent | null {
  if (!before) {
    return {
      id: newId(),
      unitId: after.id,
      at: after.updatedAt,
      kind: 'created',
      changes: { name: [null, after.name] },
    };
  }
  const changes: UnitEvent['changes'] = {};
  for (const field of UNIT_FIELDS) {
    if (before[field] !== after[field]) changes[field] = [before[field], after[field]];
  }
  if (Object.keys(changes).length === 0) return null;
  const kind: UnitEvent['kind'] =
    changes.closedOn && after.closedOn
      ? 'closed'
      : changes.closedOn
        ? 'reopened'
        : changes.name
          ? 'renamed'
          : changes.code
            ? 'recoded'
            : changes.parentId
              ? 'moved'
              : 'edited';
  return { id: newId(), unitId: after.id, at: after.updatedAt, kind, changes };
}

function copyCounts(counts: Record<RecordType, ImportCounts>): Record<RecordType, ImportCounts> {
  return {
    unit: { ...counts.unit },
    person: { ...counts.person },
    class: { ...counts.class },
    target: { ...counts.target },
    memberCount: { ...counts.memberCount },
  };
}

/**
 * Applies a plan: every accepted record, deletion, aggregate, history event, key and the log
 * entry in ONE transaction, so a failure or a closed tab leaves the store as it was. Each write
 * is checked again against the stored record inside the transaction (another import may have
 * landed since the preview): only what is still newer is written. A file already in the import
 * log changes nothing; its first entry is returned.
 */
export async function applyImportPlan(plan: PlanToApply): Promise<ImportLogEntry> {
  const d = db();
  const tables = [
    d.units,
    d.people,
    d.classes,
    d.targets,
    d.memberCounts,
    d.tombstones,
    d.unitEvents,
    d.admissionStats,
    d.unitStats,
    d.importLog,
    d.settings,
  ];
  return d.transaction('rw', tables, async () => {
    const existing = await d.importLog.get(plan.exportId);
    if (existing) return existing;
    const counts = copyCounts(plan.counts);

    /** The planned records that are still newer than what is stored (or its tombstone). */
    const stillNewer = async <R extends StoredRecord>(
      type: RecordType,
      records: readonly R[],
      current: readonly (StoredRecord | undefined)[],
    ): Promise<{
      accepted: R[];
      before: (StoredRecord | undefined)[];
      revived: [string, string][];
    }> => {
      const tombstones = await d.tombstones.bulkGet(
        records.map((r): [string, string] => [type, r.id]),
      );
      const accepted: R[] = [];
      const before: (StoredRecord | undefined)[] = [];
      const revived: [string, string][] = [];
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
            counts[type].unchanged += 1;
          } else counts[type].stale += 1;
          return;
        }
        if (tombstone && !later(record.updatedAt, tombstone.deletedAt)) {
          counts[type].stale += 1;
          return;
        }
        if (tombstone) revived.push([type, record.id]);
        accepted.push(record);
        before.push(undefined);
        created += 1;
      });
      counts[type].created = created;
      counts[type].updated = updated;
      return { accepted, before, revived };
    };

    const revived: [string, string][] = [];

    // Units first (with their history events), then what belongs to them.
    {
      const current = await d.units.bulkGet(plan.writes.units.map((unit) => unit.id));
      const result = await stillNewer('unit', plan.writes.units, current);
      revived.push(...result.revived);
      if (result.accepted.length > 0) {
        await d.units.bulkPut(result.accepted);
        const events = result.accepted
          .map((unit, index) => unitEvent(result.before[index] as Unit | undefined, unit))
          .filter((event): event is UnitEvent => event !== null);
        if (events.length > 0) await d.unitEvents.bulkAdd(events);
      }
    }
    {
      const current = await d.people.bulkGet(plan.writes.people.map((person) => person.id));
      const result = await stillNewer('person', plan.writes.people, current);
      revived.push(...result.revived);
      if (result.accepted.length > 0) {
        const rows = result.accepted.map(toRow);
        await d.people.bulkPut(rows);
        await applyPeopleChanges(
          d,
          rows.map((row, index) => ({
            before: result.before[index] as PersonRow | undefined,
            after: row,
          })),
        );
      }
    }
    for (const [type, table, records] of [
      ['class', d.classes, plan.writes.classes],
      ['target', d.targets, plan.writes.targets],
      ['memberCount', d.memberCounts, plan.writes.memberCounts],
    ] as const) {
      const current = await (table as typeof d.classes).bulkGet(records.map((record) => record.id));
      const result = await stillNewer(type, records as StoredRecord[], current);
      revived.push(...result.revived);
      if (result.accepted.length > 0)
        await (table as typeof d.classes).bulkPut(result.accepted as TrainingClass[]);
    }
    if (revived.length > 0) await d.tombstones.bulkDelete(revived);

    await applyDeletes(plan, counts);

    const sealed = plan.sealed
      ? {
          unitId: plan.sealed.unitId,
          fingerprint: plan.sealed.fingerprint,
          firstUse: plan.sealed.firstUse,
        }
      : null;
    if (plan.sealed?.firstUse) {
      // Another file of this unit, signed by another key, may have been trusted since the
      // preview (two files in one batch): the first key stays, this file is refused.
      const known = await trustedUnitKey(plan.sealed.unitId);
      if (known && known.keyId !== plan.sealed.fingerprint) {
        throw Object.assign(new Error('sealedWrongSigner'), {
          code: 'sealedWrongSigner',
          file: plan.fileName,
          params: {
            unitId: plan.sealed.unitId,
            knownKey: known.keyId,
            fileKey: plan.sealed.fingerprint,
          },
        });
      }
      await trustUnitKey(plan.sealed.unitId, plan.sealed.publicKeyJwk, {
        source: 'tofu',
        keyId: plan.sealed.fingerprint,
      });
    }
    if (plan.isProvinceFile && plan.keys) {
      const { provincePublicKey, unitKeys = [] } = plan.keys;
      if (provincePublicKey) {
        await saveReceivedProvinceKey(provincePublicKey.jwk, { keyId: provincePublicKey.keyId });
      }
      for (const key of unitKeys) {
        const known = await trustedUnitKey(key.unitId);
        if (known?.keyId !== key.keyId) {
          await trustUnitKey(key.unitId, key.jwk, { source: 'tree', keyId: key.keyId });
        }
      }
    }

    const entry: ImportLogEntry = {
      exportId: plan.exportId,
      fileName: plan.fileName,
      importedAt: nowStamp(),
      exportedAt: plan.exportedAt,
      sourceUnitId: plan.source.unitId,
      sourceUnitCode: plan.source.unitCode,
      sourceUnitName: plan.source.unitName,
      app: plan.source.app,
      scope: plan.scope,
      isProvinceFile: plan.isProvinceFile,
      sealed,
      fileCounts: { ...plan.fileCounts },
      counts,
      warnings: plan.warnings.length,
    };
    await d.importLog.add(entry);
    return entry;
  });
}

/** Tombstones: delete what they are newer than, and keep them (an older file must not revive). */
async function applyDeletes(
  plan: PlanToApply,
  counts: Record<RecordType, ImportCounts>,
): Promise<void> {
  const d = db();
  const tableOf = {
    unit: d.units,
    person: d.people,
    class: d.classes,
    target: d.targets,
    memberCount: d.memberCounts,
  } as const;
  const byType = new Map<RecordType, TombstoneRow[]>();
  for (const tombstone of plan.deletes) {
    const list = byType.get(tombstone.type);
    if (list) list.push(tombstone);
    else byType.set(tombstone.type, [tombstone]);
  }
  const keep: TombstoneRow[] = [];
  for (const [type, tombstones] of byType) {
    const table = tableOf[type] as typeof d.units;
    const current = (await table.bulkGet(tombstones.map((t) => t.id))) as (StoredRecord & {
      unitId?: string;
    })[];
    const known = await d.tombstones.bulkGet(
      tombstones.map((t): [string, string] => [t.type, t.id]),
    );
    const doomed: string[] = [];
    const doomedPeople: PersonRow[] = [];
    let deleted = 0;
    tombstones.forEach((tombstone, index) => {
      const stored = current[index];
      if (stored) {
        if (!later(tombstone.deletedAt, stored.updatedAt)) {
          // Changed here after the deletion (since the preview): the record stands.
          counts[type].stale += 1;
          return;
        }
        doomed.push(tombstone.id);
        if (type === 'person') doomedPeople.push(stored as unknown as PersonRow);
        deleted += 1;
        keep.push(withOwner(tombstone, type === 'unit' ? tombstone.id : stored.unitId));
        return;
      }
      const previous = known[index];
      if (!previous || later(tombstone.deletedAt, previous.deletedAt)) {
        keep.push(tombstone);
        deleted += 1;
      } else counts[type].unchanged += 1;
    });
    counts[type].deleted = deleted;
    if (doomed.length > 0) await table.bulkDelete(doomed);
    if (doomedPeople.length > 0) {
      await applyPeopleChanges(
        d,
        doomedPeople.map((before) => ({ before })),
      );
    }
  }
  if (keep.length > 0) await d.tombstones.bulkPut(keep);
}

function withOwner(tombstone: TombstoneRow, unitId: string | undefined): TombstoneRow {
  const row: TombstoneRow = {
    type: tombstone.type,
    id: tombstone.id,
    deletedAt: tombstone.deletedAt,
  };
  const owner = unitId ?? tombstone.unitId;
  if (owner !== undefined) row.unitId = owner;
  return row;
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportContent = 'subtree' | 'provinceTree';

/** What buildExport (src/exchange/export.ts) takes, plus when the reading began. */
export interface CollectedExport {
  source: { unitId: string; unitCode: string; unitName: string };
  scope: { type: 'full' } | { type: 'changes'; since: string };
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
  deleted: Tombstone[];
  /** The instant the reading began: pass it to recordExport, the next "changes" starts there. */
  asOf: string;
}

export class ExportError extends Error {
  constructor(readonly code: 'unknownUnit') {
    super(code);
    this.name = 'ExportError';
  }
}

/**
 * The records of a unit's subtree (full, or changed after `since`) and the tombstones to send:
 * those written here (deletions made on this computer) and those an import recorded for a unit
 * of the subtree. `content: 'provinceTree'` is the province's downward file: the unit tree,
 * quotas and member counts, no people and no classes.
 *
 * A unit that relays files from below (a commune's grassroots committees send it theirs) must
 * pass on what they brought even though it changed before `since`: records keep the instant of
 * their last change, not of their arrival here. So a "changes" export also holds, for every file
 * imported after `since` from a unit of the subtree, the records that file could have brought
 * (its sender's subtree, changed after the file's own `since`).
 */
export async function collectExport(options: {
  rootUnitId: string;
  since?: string | null;
  content?: ExportContent;
}): Promise<CollectedExport> {
  const d = db();
  const since = options.since ?? null;
  const content = options.content ?? 'subtree';
  const asOf = nowStamp();
  const tables = recordTables(d);
  return d.transaction('r', tables, async () => {
    const allUnits = await d.units.toArray();
    const root = allUnits.find((unit) => unit.id === options.rootUnitId);
    if (!root) throw new ExportError('unknownUnit');
    const subtree = subtreeIdsOf(allUnits, root.id);
    const relays =
      since === null
        ? []
        : (await d.importLog.where('importedAt').above(since).toArray())
            .filter((entry) => !entry.isProvinceFile && subtree.has(entry.sourceUnitId))
            .map((entry) => ({
              units: subtreeIdsOf(allUnits, entry.sourceUnitId),
              floor: entry.scope.type === 'changes' ? entry.scope.since : null,
            }));
    const relayed = (unitId: string, instant: string) =>
      relays.some(
        (relay) => relay.units.has(unitId) && (relay.floor === null || later(instant, relay.floor)),
      );
    const changed = (unitId: string, instant: string) =>
      since === null || later(instant, since) || relayed(unitId, instant);
    const inScope = <R extends { unitId: string; updatedAt: string }>(rows: R[]) =>
      rows.filter((row) => subtree.has(row.unitId) && changed(row.unitId, row.updatedAt));
    const read = <R>(table: {
      toArray(): Promise<R[]>;
      where(index: string): { above(key: string): { toArray(): Promise<R[]> } };
    }) =>
      since === null || relays.length > 0
        ? table.toArray()
        : table.where('updatedAt').above(since).toArray();
    const withPeople = content === 'subtree';
    const [people, classes, targets, memberCounts, tombstones] = await Promise.all([
      withPeople ? read<PersonRow>(d.people) : Promise.resolve([]),
      withPeople ? read<TrainingClass>(d.classes) : Promise.resolve([]),
      read<Target>(d.targets),
      read<MemberCount>(d.memberCounts),
      (since === null || relays.length > 0
        ? d.tombstones.toArray()
        : d.tombstones.where('deletedAt').above(since).toArray()) as Promise<TombstoneRow[]>,
    ]);
    const types: ReadonlySet<RecordType> = withPeople
      ? new Set(['unit', 'person', 'class', 'target', 'memberCount'])
      : new Set(['unit', 'target', 'memberCount']);
    return {
      source: { unitId: root.id, unitCode: root.code, unitName: root.name },
      scope: since === null ? { type: 'full' } : { type: 'changes', since },
      units: allUnits.filter((unit) => subtree.has(unit.id) && changed(unit.id, unit.updatedAt)),
      people: inScope(people).map(fromRow),
      classes: inScope(classes),
      targets: inScope(targets),
      memberCounts: inScope(memberCounts),
      deleted: tombstones
        .filter(
          (row) =>
            types.has(row.type) &&
            (row.unitId === undefined
              ? since === null || later(row.deletedAt, since)
              : subtree.has(row.unitId) && changed(row.unitId, row.deletedAt)),
        )
        .map(({ type, id, deletedAt }) => ({ type, id, deletedAt })),
      asOf,
    };
  });
}

export async function recordExport(entry: ExportLogEntry): Promise<void> {
  await db().exportLog.put(entry);
}

/** Exports made here, newest first. */
export async function listExports(): Promise<ExportLogEntry[]> {
  return (await db().exportLog.orderBy('exportedAt').toArray()).reverse();
}

/** The last export of a unit's data (the start of the next "changes" export), or null. */
export async function lastExport(
  rootUnitId: string,
  content: ExportContent = 'subtree',
): Promise<ExportLogEntry | null> {
  const all = await listExports();
  return all.find((entry) => entry.rootUnitId === rootUnitId && entry.content === content) ?? null;
}

/** Files imported here, newest first. */
export async function listImports(): Promise<ImportLogEntry[]> {
  return (await db().importLog.orderBy('importedAt').toArray()).reverse();
}

// ---------------------------------------------------------------------------------------------
// The province's sync board

export interface SyncPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** The calendar quarter holding a day: the default period of the sync board. */
export function quarterOf(day: IsoDate): SyncPeriod {
  const { year, month } = parts(day);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: fromParts(year, first, 1), to: fromParts(year, last, lastDay) };
}

/** Unit kinds that keep their own installation and send files up. */
const SENDER_KINDS: ReadonlySet<Unit['kind']> = new Set([
  'upper',
  'grassroots_committee',
  'grassroots_cell',
]);

export interface SyncBoardRow {
  unit: Unit;
  depth: number;
  /** The latest file received from this unit (any period), or null. */
  lastFile: ImportLogEntry | null;
  /** Files received from this unit whose export date lies in the period. */
  filesInPeriod: number;
  /** An ancestor whose file of the period holds this unit's data, or null. */
  coveredBy: string | null;
  /** A unit of a kind that sends files (open, not the root). */
  expected: boolean;
  /** Expected, and no file of the period from it, an ancestor or a descendant. */
  missing: boolean;
}

export interface SyncBoard {
  period: SyncPeriod;
  rows: SyncBoardRow[];
  /** Ids of the units flagged missing, in tree order. */
  missing: string[];
}

/**
 * Every unit that sends files (or has sent one), with its last file, and which sent nothing for
 * the period. A unit's data also arrives in a file of an ancestor (a district sends its communes'),
 * and a unit whose descendants sent their own files is in touch: neither is flagged.
 */
export async function syncBoard(
  period?: SyncPeriod,
  today: IsoDate = localIsoDate(),
): Promise<SyncBoard> {
  const d = db();
  const range = period ?? quarterOf(today);
  const [units, imports] = await d.transaction('r', [d.units, d.importLog], () =>
    Promise.all([d.units.toArray(), d.importLog.toArray()]),
  );
  const inPeriod = (entry: ImportLogEntry) => {
    const day = localIsoDate(new Date(entry.exportedAt));
    return day >= range.from && day <= range.to;
  };
  const last = new Map<string, ImportLogEntry>();
  const periodCount = new Map<string, number>();
  for (const entry of imports) {
    // The province's own files go down the tree: they say nothing of what units sent.
    if (entry.isProvinceFile) continue;
    const previous = last.get(entry.sourceUnitId);
    const newer =
      !previous ||
      entry.importedAt > previous.importedAt ||
      (entry.importedAt === previous.importedAt && later(entry.exportedAt, previous.exportedAt));
    if (newer) last.set(entry.sourceUnitId, entry);
    if (inPeriod(entry))
      periodCount.set(entry.sourceUnitId, (periodCount.get(entry.sourceUnitId) ?? 0) + 1);
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const sentIds = new Set(periodCount.keys());
  const descendantSent = new Set<string>();
  for (const id of sentIds) {
    let parentId = byId.get(id)?.parentId ?? null;
    const seen = new Set<string>();
    while (parentId && !seen.has(parentId)) {
      seen.add(parentId);
      descendantSent.add(parentId);
      parentId = byId.get(parentId)?.parentId ?? null;
    }
  }
  const rows: SyncBoardRow[] = [];
  for (const { unit, depth } of flattenTree(units)) {
    let coveredBy: string | null = null;
    let parentId = unit.parentId;
    const seen = new Set<string>();
    while (parentId && !seen.has(parentId) && coveredBy === null) {
      seen.add(parentId);
      if (sentIds.has(parentId)) coveredBy = parentId;
      parentId = byId.get(parentId)?.parentId ?? null;
    }
    const expected = unit.parentId !== null && !unit.closedOn && SENDER_KINDS.has(unit.kind);
    const lastFile = last.get(unit.id) ?? null;
    if (!expected && !lastFile) continue;
    const filesInPeriod = periodCount.get(unit.id) ?? 0;
    rows.push({
      unit,
      depth,
      lastFile,
      filesInPeriod,
      coveredBy,
      expected,
      missing:
        expected && filesInPeriod === 0 && coveredBy === null && !descendantSent.has(unit.id),
    });
  }
  return {
    period: range,
    rows,
    missing: rows.filter((row) => row.missing).map((row) => row.unit.id),
  };
}
