import { describe, expect, it } from 'vitest';
import { toRow } from '@/db/people-repo';
import { listEntryOf, packPeopleList, type ListEntry } from '@/domain/people-list';
import { PeopleListView, type ListRow, type ListRows } from '@/domain/people-list-view';
import { buildPerson } from '../../../test/builders';
import {
  hasFilters,
  listFilterOf,
  nationalIdInQuery,
  readFilters,
  writeFilters,
  type PeopleFilters,
} from './people-filters';

const TODAY = '2026-11-28';
const none = readFilters(new URLSearchParams());
const f = (overrides: Partial<PeopleFilters>): PeopleFilters => ({ ...none, ...overrides });

const unitA = '00000000-0000-4000-8000-00000000000a';
const unitB = '00000000-0000-4000-8000-00000000000b';

const rows = [
  buildPerson({
    fullName: 'Nguyễn Văn An',
    unitId: unitA,
    nationalId: '001200012345',
    milestones: {
      cellResolutionOn: '2025-12-01',
      decisionOn: '2026-01-05',
      admittedOn: '2026-01-20',
    },
  }),
  buildPerson({ fullName: 'Trần Thị Bình', gender: 'female', ethnicity: 'Tày', unitId: unitB }),
  buildPerson({
    fullName: 'Lê Văn Cường',
    occupation: 'worker',
    unitId: unitB,
    // Decision long ago, no ceremony: the 30-working-day deadline is past.
    milestones: { cellResolutionOn: '2026-01-05', decisionOn: '2026-02-02' },
  }),
].map((person) => listEntryOf(toRow(person)));

/** The list of these entries, as /people reads it: one record per unit. */
function indexPeople(entries: readonly ListEntry[], today: string): PeopleListView {
  const units = [...new Set(entries.map((entry) => entry.unitId))];
  const blocks = units.map((unitId) =>
    packPeopleList(
      unitId,
      entries.filter((entry) => entry.unitId === unitId),
    ),
  );
  return new PeopleListView(blocks, today);
}

const all = (list: ListRows): ListRow[] =>
  Array.from({ length: list.length }, (_, at) => list.at(at) as ListRow);

function filterPeople(
  view: PeopleListView,
  filters: PeopleFilters,
  unitIds: ReadonlySet<string> | null,
  idSearch: Parameters<typeof listFilterOf>[2] = null,
): ListRow[] {
  return all(view.select(listFilterOf(filters, unitIds, idSearch) ?? undefined));
}

const index = indexPeople(rows, TODAY);
const names = (list: readonly ListRow[]) => list.map((row) => row.fullName);

describe('people filters', () => {
  it('sorts by given name, then by the whole name', () => {
    expect(names(all(index.select()))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
  });

  it('finds a name without diacritics, and a CCCD by part of it', () => {
    expect(names(filterPeople(index, f({ q: 'nguyen van a' }), null))).toEqual(['Nguyễn Văn An']);
    expect(names(filterPeople(index, f({ q: 'binh tran' }), null))).toEqual(['Trần Thị Bình']);
    expect(names(filterPeople(index, f({ q: '12345' }), null))).toEqual(['Nguyễn Văn An']);
    expect(filterPeople(index, f({ q: 'xyz' }), null)).toEqual([]);
    // Words match the start of a name's words: "a" is "An", not the "a" inside "Văn".
    expect(names(filterPeople(index, f({ q: 'van a' }), null))).toEqual(['Nguyễn Văn An']);
    expect(names(filterPeople(index, f({ q: 'Cuong' }), null))).toEqual(['Lê Văn Cường']);
  });

  it('finds a sealed CCCD by its token under the app lock, the other words by name', () => {
    // Stored under the lock: no CCCD in the search key, a token instead.
    const sealed = listEntryOf({
      ...toRow(buildPerson({ fullName: 'Phạm Thị Dung', unitId: unitA })),
      nationalIdToken: 'token-of-036099001122',
    });
    const locked = indexPeople([...rows, sealed], TODAY);
    const search = { nationalId: '036099001122', token: 'token-of-036099001122' };
    expect(nationalIdInQuery(' 036099001122 ')).toBe('036099001122');
    expect(nationalIdInQuery('0360990011')).toBeNull();
    expect(names(filterPeople(locked, f({ q: '036099001122' }), null))).toEqual([]);
    expect(names(filterPeople(locked, f({ q: '036099001122' }), null, search))).toEqual([
      'Phạm Thị Dung',
    ]);
    expect(names(filterPeople(locked, f({ q: 'dung 036099001122' }), null, search))).toEqual([
      'Phạm Thị Dung',
    ]);
    expect(filterPeople(locked, f({ q: 'an 036099001122' }), null, search)).toEqual([]);
    // A clear row still matches its digits as before.
    expect(names(filterPeople(locked, f({ q: '001200012345' }), null, search))).toEqual([
      'Nguyễn Văn An',
    ]);
  });

  it('filters by unit subtree, stage, year, gender, occupation', () => {
    expect(names(filterPeople(index, none, new Set([unitB])))).toEqual([
      'Trần Thị Bình',
      'Lê Văn Cường',
    ]);
    expect(names(filterPeople(index, f({ stage: 'probation' }), null))).toEqual(['Nguyễn Văn An']);
    expect(names(filterPeople(index, f({ year: '2026' }), null))).toEqual(['Nguyễn Văn An']);
    expect(names(filterPeople(index, f({ gender: 'female' }), null))).toEqual(['Trần Thị Bình']);
    expect(names(filterPeople(index, f({ occupation: 'worker' }), null))).toEqual(['Lê Văn Cường']);
  });

  it('filters ethnic minorities as every group but Kinh, or one group', () => {
    expect(names(filterPeople(index, f({ ethnicity: 'minority' }), null))).toEqual([
      'Trần Thị Bình',
    ]);
    expect(names(filterPeople(index, f({ ethnicity: 'Kinh' }), null))).toHaveLength(2);
  });

  it('flags a person with an overdue deadline', () => {
    expect(names(all(index.select()).filter((row) => row.overdue))).toEqual(['Lê Văn Cường']);
  });

  it('lists admission years newest first', () => {
    expect(index.admissionYears()).toEqual(['2026']);
    expect(listFilterOf(none, null)).toBeNull();
  });

  it('round-trips filters through the URL, leaving empty ones out', () => {
    const filters = f({ stage: 'official', q: 'an' });
    expect(writeFilters(filters).toString()).toBe('stage=official&q=an');
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(hasFilters(none)).toBe(false);
    expect(hasFilters(filters)).toBe(true);
  });
});
