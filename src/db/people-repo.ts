// People: candidates and members. Derived columns (stage, searchKey) are refreshed on every write.
import type { Person } from '@/domain/entities';
import { deriveStage } from '@/domain/stage';
import { searchKey } from '@/domain/text';
import type * as Aggregates from './aggregates';
import { lockKeysForWrite, openPersonRow, sealNationalId } from './app-lock';
import { recordSchemas } from './record-schemas';
import { saveAgainstStored, type AssertUnchanged } from './save-conflict';
import { db } from './schema';
import type { PersonRow } from './rows';
import { nextStamp, writeTombstone } from './stamp';

let aggregates: Promise<typeof Aggregates> | undefined;

/**
 * The dashboard's aggregates, kept in the same transaction as every write of people, are loaded
 * on the first write (as the record schemas are): the screens that only read people (home, the
 * list) then start without them. Await it before the transaction opens.
 */
function aggregatesForWrite(): Promise<typeof Aggregates> {
  aggregates ??= import('./aggregates');
  return aggregates;
}

export function toRow(person: Person): PersonRow {
  return {
    ...person,
    stage: deriveStage(person.milestones),
    searchKey: searchKey(`${person.fullName} ${person.nationalId ?? ''}`),
  };
}

/**
 * The exchange record of a stored row (derived columns dropped). A row whose CCCD is sealed by
 * the app lock must be opened first (openPeopleRows in app-lock.ts): dropping the sealed value
 * here would silently write a file without the CCCD.
 */
export function fromRow(row: PersonRow): Person {
  if (row.nationalIdSealed) throw new Error('fromRow: open the sealed CCCD first');
  const {
    stage: _stage,
    searchKey: _searchKey,
    nationalIdSealed: _sealed,
    nationalIdToken: _token,
    ...person
  } = row;
  return person;
}

/** One person, the CCCD in clear (opened when the app lock sealed it). */
export async function getPerson(id: string): Promise<PersonRow | undefined> {
  const row = await db().people.get(id);
  return row ? openPersonRow(row) : undefined;
}

/**
 * Creates or replaces a person; `person.updatedAt` is stamped here. `base` is the version the
 * form loaded: when another tab saved the person since, both edits are merged, or nothing is
 * saved and SaveConflictError lists the fields both changed (save-conflict.ts).
 */
export async function savePerson(
  person: Omit<Person, 'updatedAt'> & { updatedAt?: string },
  base?: Person,
): Promise<PersonRow> {
  const readStored = async () => {
    const row = await getPerson(person.id);
    return row && fromRow(row);
  };
  return saveAgainstStored(base, person, readStored, writePerson, {
    ignore: ['stage', 'searchKey'],
  });
}

async function writePerson(
  person: Omit<Person, 'updatedAt'> & { updatedAt?: string },
  assertUnchanged: AssertUnchanged,
): Promise<PersonRow> {
  const { personSchema } = await recordSchemas();
  const { aggregateTables, putPeople } = await aggregatesForWrite();
  // Under the app lock the CCCD is sealed before the transaction opens (WebCrypto inside one
  // would end it); the schema still checks the clear value inside.
  const lockKeys = await lockKeysForWrite();
  const sealed =
    lockKeys && person.nationalId
      ? await sealNationalId(person.id, person.nationalId, lockKeys)
      : null;
  const d = db();
  return d.transaction('rw', [d.people, ...aggregateTables(d)], async () => {
    const current = await d.people.get(person.id);
    assertUnchanged(current);
    const record = personSchema.parse({ ...person, updatedAt: nextStamp(current?.updatedAt) });
    const row = toRow(sealed ? { ...record, ...sealed } : record);
    await putPeople(d, [row]);
    return row;
  });
}

export async function deletePerson(id: string): Promise<void> {
  const { aggregateTables, deletePeople } = await aggregatesForWrite();
  const d = db();
  await d.transaction('rw', [d.people, ...aggregateTables(d), d.tombstones], async () => {
    await deletePeople(d, [id]);
    await writeTombstone('person', id);
  });
}

/** How many people there are (for empty states), without reading them. */
export async function countPeople(): Promise<number> {
  return db().people.count();
}
