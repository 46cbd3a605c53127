// Merging a duplicate pair of people (the pure merge is domain/person-merge.ts), undoing the last
// merge until the next export, and the pairs the user said are different people. The merge and
// its undo are each one transaction over the people, their aggregates, the tombstones and the
// settings (where the undo is kept): the kept record is written as every save writes it
// (stamped, aggregates updated), the other removed as a delete removes it (aggregates, a
// tombstone), so the next export carries both as any change.
import type { Person } from '@/domain/entities';
import { nowStamp } from '@/domain/ids';
import { pairKey } from '@/domain/duplicate-pairs';
import { mergePersonRecords, type MergeChoices, type Side } from '@/domain/person-merge';
import { aggregateTables, deletePeople, putPeople } from './aggregates';
import { lockKeysForWrite, sealNationalId } from './app-lock';
import { fromRow, getPerson, toRow } from './people-repo';
import { recordSchemas } from './record-schemas';
import type { PersonRow } from './rows';
import { db } from './schema';
import { getSetting, setSetting } from './settings-repo';
import type { SettingValue } from './settings-registry';
import { nextStamp, writeTombstone } from './stamp';

export type MergeUndo = SettingValue<'lastMergeUndo'>;

/**
 * Why a merge or an undo wrote nothing: 'gone' (a record was deleted or merged meanwhile),
 * 'changed' (a record was saved since the screen read it: look again), 'noUndo' (nothing to
 * undo, or an export took the merge away), 'changedSince' (the kept record was edited, or the
 * removed one came back, after the merge), 'lockChanged' (the app lock was turned on, off or
 * re-keyed since the merge).
 */
export type MergeErrorCode = 'gone' | 'changed' | 'noUndo' | 'changedSince' | 'lockChanged';

export class MergeError extends Error {
  constructor(readonly code: MergeErrorCode) {
    super(`merge: ${code}`);
    this.name = 'MergeError';
  }
}

const UNDO = 'lastMergeUndo';
const NOT_SAME = 'notSamePairs';

export interface MergeRequest {
  /** The pair as the screen shows it. */
  a: string;
  b: string;
  keep: Side;
  choices: MergeChoices;
  /** The stamps the screen read: a record saved since then refuses the merge ('changed'). */
  seen?: { a: string; b: string };
}

async function lockKeyId(): Promise<string | null> {
  return (await getSetting('appLock'))?.keyId ?? null;
}

/** Merges b into a (or a into b): the kept record updated, the other deleted with a tombstone. */
export async function mergePeople(request: MergeRequest): Promise<PersonRow> {
  const { a: aId, b: bId, keep } = request;
  if (aId === bId) throw new MergeError('gone');
  const [aRow, bRow] = await Promise.all([getPerson(aId), getPerson(bId)]);
  if (!aRow || !bRow) throw new MergeError('gone');
  if (request.seen && (request.seen.a !== aRow.updatedAt || request.seen.b !== bRow.updatedAt)) {
    throw new MergeError('changed');
  }
  const [a, b] = [fromRow(aRow), fromRow(bRow)];
  const keptId = keep === 'a' ? aId : bId;
  const removedId = keep === 'a' ? bId : aId;
  const { personSchema } = await recordSchemas();
  // Checked before anything is written: the kept record stays a valid exchange record.
  const merged: Person = personSchema.parse(mergePersonRecords(a, b, keep, request.choices));
  // As in savePerson: the CCCD is sealed before the transaction (WebCrypto inside would end it),
  // with the kept id (a sealed CCCD is bound to its person's id).
  const lockKeys = await lockKeysForWrite();
  const sealed =
    lockKeys && merged.nationalId
      ? await sealNationalId(keptId, merged.nationalId, lockKeys)
      : null;
  const keyId = await lockKeyId();
  const d = db();
  return d.transaction(
    'rw',
    [d.people, ...aggregateTables(d), d.tombstones, d.settings],
    async () => {
      const [keptBefore, removedBefore] = await d.people.bulkGet([keptId, removedId]);
      if (!keptBefore || !removedBefore) throw new MergeError('gone');
      const stamps = { [aId]: aRow.updatedAt, [bId]: bRow.updatedAt };
      if (
        keptBefore.updatedAt !== stamps[keptId] ||
        removedBefore.updatedAt !== stamps[removedId]
      ) {
        throw new MergeError('changed');
      }
      const record = { ...merged, updatedAt: nextStamp(keptBefore.updatedAt) };
      const row = toRow(sealed ? { ...record, ...sealed } : record);
      await putPeople(d, [row]);
      await deletePeople(d, [removedId]);
      await writeTombstone('person', removedId);
      const undo: MergeUndo = {
        mergedAt: nowStamp(),
        keptId,
        removedId,
        keptStamp: row.updatedAt,
        lockKeyId: keyId,
        keptBefore,
        removedBefore,
      };
      await d.settings.put({ key: UNDO, value: undo });
      return row;
    },
  );
}

/** The merge that can still be undone (none after an export), or null. */
export async function lastMerge(): Promise<MergeUndo | null> {
  return (await getSetting(UNDO)) ?? null;
}

/**
 * Puts both records back as they were before the last merge (their own stamps: the province
 * never saw the merge) and removes the tombstone, in one transaction. Refuses, writing nothing,
 * when the kept record was edited since or the lock changed.
 */
export async function undoLastMerge(): Promise<void> {
  const keyId = await lockKeyId();
  const d = db();
  await d.transaction(
    'rw',
    [d.people, ...aggregateTables(d), d.tombstones, d.settings],
    async () => {
      const undo = (await d.settings.get(UNDO))?.value as MergeUndo | undefined;
      if (!undo) throw new MergeError('noUndo');
      if (undo.lockKeyId !== keyId) throw new MergeError('lockChanged');
      const [kept, removed] = await d.people.bulkGet([undo.keptId, undo.removedId]);
      if (kept?.updatedAt !== undo.keptStamp || removed) throw new MergeError('changedSince');
      await putPeople(d, [undo.keptBefore, undo.removedBefore]);
      await d.tombstones.delete(['person', undo.removedId]);
      await d.settings.delete(UNDO);
    },
  );
}

/** Records that two people are not the same person: the pair is no longer reported. */
export async function markNotSame(a: string, b: string): Promise<void> {
  const key = pairKey(a, b);
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const marked = (await getSetting(NOT_SAME)) ?? [];
    if (marked.some((entry) => entry.pair === key)) return;
    await setSetting(NOT_SAME, [...marked, { pair: key, markedAt: nowStamp() }]);
  });
}

/** Takes the mark back: the pair is reported again. */
export async function unmarkNotSame(a: string, b: string): Promise<void> {
  const key = pairKey(a, b);
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const marked = (await getSetting(NOT_SAME)) ?? [];
    await setSetting(
      NOT_SAME,
      marked.filter((entry) => entry.pair !== key),
    );
  });
}

/** The pair keys marked "not the same person", for the duplicate check to skip. */
export async function listNotSame(): Promise<ReadonlySet<string>> {
  return new Set(((await getSetting(NOT_SAME)) ?? []).map((entry) => entry.pair));
}
