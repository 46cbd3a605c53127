// The duplicate keys of the people, one record per unit (db/people-keys-aggregate.ts keeps it in
// the same transaction as every write of people): what the data checks (/quality) compare to
// find who may be entered twice. Apart from the people list's records (people-list.ts) because
// the checks read every unit of their scope: reading a province's whole list (names, search
// keys, dates) for two hashes a person was most of /quality's time (1.2 s at 250,000 people).
// The hashes are FNV-1a of the name with the birth date and of the CCCD (or, under the app lock,
// its token); they may collide, so the candidates they give are compared exactly after.
import { duplicateNameKey } from './duplicate-pairs';
import { fnv1a } from './fnv';
import type { ListPerson } from './people-list';

/** FNV-1a, 32 bits; never 0 (0 means "no key"). */
export function keyHash(text: string): number {
  return fnv1a(text) || 1;
}

/** The CCCD a duplicate is compared by: the number, or under the app lock its token. */
export function nationalKeyOf(person: Pick<ListPerson, 'nationalId' | 'nationalIdToken'>) {
  return person.nationalId ?? person.nationalIdToken ?? null;
}

export interface KeysEntry {
  id: string;
  nameHash: number;
  /** 0 when the person has no CCCD. */
  nationalHash: number;
}

/** A unit's keys as stored: parallel columns, sorted by id. */
export interface PeopleKeysBlock {
  unitId: string;
  ids: string[];
  nameHash: Uint32Array;
  nationalHash: Uint32Array;
}

export type KeysPerson = Pick<
  ListPerson,
  'id' | 'fullName' | 'birthDate' | 'nationalId' | 'nationalIdToken'
>;

export function keysEntryOf(person: KeysPerson): KeysEntry {
  const national = nationalKeyOf(person);
  return {
    id: person.id,
    nameHash: keyHash(duplicateNameKey(person.fullName, person.birthDate)),
    nationalHash: national ? keyHash(national) : 0,
  };
}

export function packPeopleKeys(unitId: string, entries: Iterable<KeysEntry>): PeopleKeysBlock {
  const list = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    unitId,
    ids: list.map((entry) => entry.id),
    nameHash: Uint32Array.from(list, (entry) => entry.nameHash),
    nationalHash: Uint32Array.from(list, (entry) => entry.nationalHash),
  };
}

export function unpackPeopleKeys(block: PeopleKeysBlock): KeysEntry[] {
  return block.ids.map((id, index) => ({
    id,
    nameHash: block.nameHash[index] ?? 0,
    nationalHash: block.nationalHash[index] ?? 0,
  }));
}

/**
 * The ids of the people of these blocks whose name or CCCD hash repeats among them: the
 * candidates of the duplicate checks, to be read and compared exactly (hashes may collide).
 */
export function duplicateCandidateIds(blocks: readonly PeopleKeysBlock[]): string[] {
  // Each key as one number: the hash's top 31 bits, its kind (name 0, CCCD 1), then the entry's
  // index in the low 21 bits. A native sort of a Float64Array (no comparator) is ~10× faster than
  // sorting indexes with a callback: half a million keys sort in tens of milliseconds. Dropping a
  // hash bit only adds collisions, which the exact comparison after removes.
  const owners: string[] = [];
  const keys: number[] = [];
  for (const block of blocks) {
    for (let index = 0; index < block.ids.length; index += 1) {
      const owner = owners.length;
      owners.push(block.ids[index] ?? '');
      keys.push(((block.nameHash[index] ?? 0) >>> 1) * 2, owner);
      const national = block.nationalHash[index] ?? 0;
      if (national !== 0) keys.push((national >>> 1) * 2 + 1, owner);
    }
  }
  const count = keys.length / 2;
  const slot = 2 ** 21;
  if (owners.length >= slot) throw new Error('too many people for one duplicate pass');
  const packed = new Float64Array(count);
  for (let at = 0; at < count; at += 1) {
    packed[at] = (keys[at * 2] ?? 0) * slot + (keys[at * 2 + 1] ?? 0);
  }
  packed.sort();
  const found = new Set<string>();
  for (let at = 1; at < count; at += 1) {
    const here = packed[at] ?? 0;
    const before = packed[at - 1] ?? 0;
    if (Math.floor(here / slot) === Math.floor(before / slot)) {
      found.add(owners[here % slot] as string);
      found.add(owners[before % slot] as string);
    }
  }
  return [...found];
}
