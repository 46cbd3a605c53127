// People: candidates and members. Derived columns (stage, searchKey) are refreshed on every write.
import { personSchema, type Person } from '@/domain/entities';
import { deriveStage } from '@/domain/stage';
import type { Stage } from '@/domain/pipeline-types';
import { searchKey } from '@/domain/text';
import { deletePeople, putPeople } from './aggregates';
import { db, type PersonRow } from './schema';
import { nextStamp, writeTombstone } from './stamp';

export function toRow(person: Person): PersonRow {
  return {
    ...person,
    stage: deriveStage(person.milestones),
    searchKey: searchKey(`${person.fullName} ${person.nationalId ?? ''}`),
  };
}

/** The exchange record of a stored row (derived columns dropped). */
export function fromRow(row: PersonRow): Person {
  const { stage: _stage, searchKey: _searchKey, ...person } = row;
  return person;
}

export async function getPerson(id: string): Promise<PersonRow | undefined> {
  return db().people.get(id);
}

export interface PeopleQuery {
  /** Units in scope (the home subtree, or one unit's subtree). */
  unitIds?: ReadonlySet<string>;
  stage?: Stage;
}

/** People of the given units, read by index where it narrows the read. */
export async function listPeople(query: PeopleQuery = {}): Promise<PersonRow[]> {
  const table = db().people;
  if (query.unitIds && query.unitIds.size <= 200) {
    const ids = [...query.unitIds];
    const rows = await table.where('unitId').anyOf(ids).toArray();
    return query.stage ? rows.filter((row) => row.stage === query.stage) : rows;
  }
  const rows = query.stage
    ? await table.where('stage').equals(query.stage).toArray()
    : await table.toArray();
  return query.unitIds ? rows.filter((row) => query.unitIds?.has(row.unitId)) : rows;
}

/** Creates or replaces a person; `person.updatedAt` is stamped here. */
export async function savePerson(
  person: Omit<Person, 'updatedAt'> & { updatedAt?: string },
): Promise<PersonRow> {
  const d = db();
  return d.transaction('rw', d.people, d.admissionStats, d.unitStats, async () => {
    const current = await d.people.get(person.id);
    const record = personSchema.parse({ ...person, updatedAt: nextStamp(current?.updatedAt) });
    const row = toRow(record);
    await putPeople(d, [row]);
    return row;
  });
}

export async function deletePerson(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.people, d.admissionStats, d.unitStats, d.tombstones], async () => {
    await deletePeople(d, [id]);
    await writeTombstone('person', id);
  });
}

/** How many people there are (for empty states), without reading them. */
export async function countPeople(): Promise<number> {
  return db().people.count();
}
