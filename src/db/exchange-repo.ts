// The province exchange's side of the store: what the planner needs to know (a snapshot of ids
// and stamps, never whole records but units), applying a plan in ONE transaction, collecting an
// export, and the logs of files in and out. The format itself (parse, plan, build) lives in
// src/exchange; this file only knows the shapes it needs from there.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { RecordType } from '@/domain/code-lists';
import { localIsoDate, type IsoDate } from '@/domain/dates';
import type { Period } from '@/domain/indicator-types';
import { quarterOf } from '@/domain/periods';
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
import {
  APP_LOCK_SETTING,
  AppLockError,
  lockKeysForWrite,
  openPeopleRows,
  sealPeopleWith,
  type AppLockSettings,
  type LockKeys,
} from './app-lock';
import { saveReceivedProvinceKey, trustUnitKey, trustedUnitKey } from './keys-repo';
import { fromRow, toRow } from './people-repo';
import {
  db,
  type ExportLogEntry,
  type ImportCounts,
  type ImportLogEntry,
  type UnitEvent,
} from './schema';
import type { PersonRow } from './rows';

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

/** What a snapshot reads of the people: those of one file (its records and tombstones). */
export interface SnapshotScope {
  personIds: readonly string[];
}

/**
 * Below this many stored people per person looked up, reading every stored id (one getAllKeys,
 * some 8 µs an id in Chromium) and fetching only the ids found beats fetching each id (a get,
 * found or not, some 60–90 µs). Above it, each id is fetched.
 */
const KEYS_READ_FACTOR = 8;

/**
 * Reads the snapshot in one read transaction. The small tables (units, classes, quotas, member
 * counts, tombstones, the import log) are read whole, one getAll each. People are the one large
 * table: with a scope, only the files' people are looked up, so a district's file costs about as
 * much against a million stored people as against none; without one (tests, small stores),
 * every person's stamp and unit come from two index key scans, a cursor step per person.
 */
export async function readStoreSnapshot(scope?: SnapshotScope): Promise<StoreSnapshot> {
  const d = db();
  const tables = recordTables(d);
  return d.transaction('r', tables, async () => {
    const peopleStamps = async (): Promise<{
      stamps: [string, string][];
      owners: [string, string][];
    }> => {
      if (scope) {
        let wanted = [...new Set(scope.personIds)];
        const stored = wanted.length > 0 ? await d.people.count() : 0;
        if (stored === 0) wanted = [];
        else if (stored <= KEYS_READ_FACTOR * wanted.length) {
          const ids = new Set(await d.people.toCollection().primaryKeys());
          wanted = wanted.filter((id) => ids.has(id));
        }
        const rows = await d.people.bulkGet(wanted);
        const found = rows.filter((row): row is PersonRow => row !== undefined);
        return {
          stamps: found.map((row) => [row.id, row.updatedAt]),
          owners: found.map((row) => [row.id, row.unitId]),
        };
      }
      const [stamps, owners] = await Promise.all([
        zipKeys(
          d.people.orderBy('updatedAt').keys() as Promise<string[]>,
          d.people.orderBy('updatedAt').primaryKeys() as Promise<string[]>,
        ),
        zipKeys(
          d.people.orderBy('unitId').keys() as Promise<string[]>,
          d.people.orderBy('unitId').primaryKeys() as Promise<string[]>,
        ),
      ]);
      return { stamps, owners };
    };
    const [units, people, classes, targets, counts, tombstones, exportIds] = await Promise.all([
      d.units.toArray(),
      peopleStamps(),
      d.classes.toArray(),
      d.targets.toArray(),
      d.memberCounts.toArray(),
      d.tombstones.toArray(),
      d.importLog.toCollection().primaryKeys(),
    ]);
    const stamps = (rows: StoredRecord[]) =>
      new Map(rows.map((row): [string, string] => [row.id, row.updatedAt]));
    const owners = (rows: (StoredRecord & { unitId: string })[]) =>
      new Map(rows.map((row): [string, string] => [row.id, row.unitId]));
    return {
      units,
      stamps: {
        unit: stamps(units),
        person: new Map(people.stamps),
        class: stamps(classes),
        target: stamps(targets),
        memberCount: stamps(counts),
      },
      owners: {
        person: new Map(people.owners),
        class: owners(classes),
        target: owners(targets),
        memberCount: owners(counts),
      },
      tombstones: new Map(tombstones.map((row) => [`${row.type}:${row.id}`, row.deletedAt])),
      classIds: new Set(classes.map((row) => row.id)),
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

type StoredRecord = { id: string; updatedAt: string };

/** A step of an import as a User Timing measure (src/exchange/timing.ts names the others). */
function measureStep(step: string, start: number): void {
  try {
    performance.measure(`ptdv:import:${step}`, { start, end: performance.now() });
  } catch {
    // No User Timing here.
  }
}

/** Ids of the records of a type that have a tombstone: one key range read. */
async function tombstonedIds(type: RecordType): Promise<Set<string>> {
  const keys = await db()
    .tombstones.where('[type+id]')
    .between([type, Dexie.minKey], [type, Dexie.maxKey], true, true)
    .primaryKeys();
  return new Set(keys.map(([, id]) => id));
}

/**
 * Adds rows that should be new, inside the running transaction; returns the positions of those
 * whose key is stored after all (their add failed, and was caught so that the transaction goes
 * on). Any other failure throws. The requests go to the transaction's IndexedDB store itself:
 * Dexie's bulkAdd would also note every index key of every row for its change observers, which
 * nothing here uses (the page announces an import to other tabs itself), and which costs a
 * tenth of a large file's write.
 */
async function addNew<R>(table: Table<R, string>, rows: readonly R[]): Promise<Set<number>> {
  const failed = new Set<number>();
  if (rows.length === 0) return failed;
  const transaction = Dexie.currentTransaction as
    (Transaction & { idbtrans?: IDBTransaction }) | null;
  const store = transaction?.idbtrans?.objectStore(table.name);
  if (!store) {
    // Outside a transaction of this table's: Dexie's own way.
    try {
      await table.bulkAdd([...rows]);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      for (const [position, failure] of Object.entries(error.failuresByPos)) {
        if (failure.name !== 'ConstraintError') throw failure;
        failed.add(Number(position));
      }
    }
    return failed;
  }
  const idbtrans = store.transaction;
  const requests: IDBRequest[] = [];
  await new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      idbtrans.removeEventListener('error', onError, true);
      if (error === undefined) resolve();
      else reject(error);
    };
    // A request's error event passes through its transaction first (the capture phase): one
    // listener there sees each failed add, before Dexie's handler would abort the transaction,
    // instead of a handler on each of tens of thousands of requests.
    function onError(event: Event) {
      const request = event.target as IDBRequest;
      const position = requests.indexOf(request);
      if (position < 0) return;
      if (request.error?.name !== 'ConstraintError') {
        finish(request.error ?? new Error('add failed'));
        return;
      }
      // Stored since the preview: checked by the caller. The transaction goes on.
      event.preventDefault();
      event.stopPropagation();
      failed.add(position);
      if (position === rows.length - 1) finish();
    }
    idbtrans.addEventListener('error', onError, true);
    for (const row of rows) requests.push(store.add(row));
    // A transaction's requests complete in order: the last one's success means every add is done.
    (requests[requests.length - 1] as IDBRequest).onsuccess = () => finish();
  });
  return failed;
}

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
export async function applyImportPlan(
  plan: PlanToApply,
  /** The app lock's keys; the import worker gets them with the request (none: this page's). */
  lockKeys?: LockKeys | null,
): Promise<ImportLogEntry> {
  // Under the app lock the CCCDs are sealed before the transaction opens: WebCrypto awaited
  // inside it would let it commit half-way.
  const sealKeys = await lockKeysForWrite(lockKeys);
  const people = await sealPeopleWith(plan.writes.people, sealKeys);
  return applySealedPlan(plan, people, sealKeys?.keyId ?? null);
}

/**
 * Applies a plan whose people were sealed under the lock `sealedWith` names (null: written in
 * clear). The lock is read again inside the transaction: turned on, off or changed since the
 * sealing, or being turned on or off (its walk over the people runs beside this), the file is
 * refused whole (AppLockError 'changed') rather than leave its people in the other state.
 */
export async function applySealedPlan(
  plan: PlanToApply,
  people: Person[],
  sealedWith: string | null,
): Promise<ImportLogEntry> {
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
  const withNationalIds = people.some(
    (person) => person.nationalId || (person as Partial<PersonRow>).nationalIdSealed,
  );
  return d.transaction('rw', tables, async () => {
    const existing = await d.importLog.get(plan.exportId);
    if (existing) return existing;
    if (withNationalIds) {
      const lock = (await d.settings.get(APP_LOCK_SETTING))?.value as AppLockSettings | undefined;
      if (lock?.migration || (lock?.keyId ?? null) !== sealedWith) {
        throw new AppLockError('changed');
      }
    }
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
      // Most of a file's people are new here, and IndexedDB's add() writes a new record without
      // first looking for an old one (put() must, to replace its index entries). So the people
      // neither stored nor tombstoned at the preview go in with one bulkAdd and no read before
      // it; one stored since then fails its add (the transaction goes on) and is checked below
      // against the store, with those that have a tombstone, like the records of other types.
      let step = performance.now();
      const rows = people.map(toRow);
      const tombstoned = await tombstonedIds('person');
      const known = new Set(plan.storedPeople ?? []);
      let toCheck: PersonRow[] = [];
      let added: PersonRow[] = [];
      for (const row of rows) {
        (tombstoned.has(row.id) || known.has(row.id) ? toCheck : added).push(row);
      }
      measureStep('apply:rows', step);
      step = performance.now();
      const failed = await addNew(d.people, added);
      if (failed.size > 0) {
        toCheck = [...toCheck, ...added.filter((_, index) => failed.has(index))];
        added = added.filter((_, index) => !failed.has(index));
      }
      const current = await d.people.bulkGet(toCheck.map((row) => row.id));
      const result = await stillNewer('person', toCheck, current);
      revived.push(...result.revived);
      counts.person.created += added.length;
      if (result.accepted.length > 0) await d.people.bulkPut(result.accepted);
      measureStep('apply:people', step);
      step = performance.now();
      await applyPeopleChanges(d, [
        ...added.map((after) => ({ after })),
        ...result.accepted.map((after, index) => ({
          before: result.before[index] as PersonRow | undefined,
          after,
        })),
      ]);
      measureStep('apply:aggregates', step);
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
  type Read = Omit<CollectedExport, 'people'> & { peopleRows: PersonRow[] };
  const { peopleRows, ...collected } = await d.transaction('r', tables, async (): Promise<Read> => {
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
      peopleRows: inScope(people),
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
  // The province's file carries the CCCD in clear (its format seals whole files, not fields):
  // CCCDs sealed by the app lock are opened here, after the read transaction.
  const people = (await openPeopleRows(peopleRows)).map(fromRow);
  return { ...collected, people };
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

export type SyncPeriod = Period;

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
