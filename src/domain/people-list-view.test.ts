// The list's merge, filters and order over the stored columns against a sort and a filter of
// every entry as objects, and a record's update against packing its people from scratch.
import { describe, expect, it } from 'vitest';
import { createRandom } from '@/demo/random';
import { buildPerson } from '../../test/builders';
import { toDayNumber } from './dates';
import {
  compareListOrder,
  listEntryOf,
  packPeopleList,
  unpackPeopleList,
  updatePeopleList,
  type ListEntry,
} from './people-list';
import { PeopleListView, type ListFilter, type ListRow, type ListRows } from './people-list-view';

const TODAY = '2026-06-01';
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê An', 'Đỗ Thị Hoa', 'Lò Văn Tú', 'Hà An'];
const UNITS = ['u1', 'u2', 'u3', 'u4', 'u5'];

function randomEntries(seed: number, count: number): ListEntry[] {
  const random = createRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const day = () => `${2020 + int(6)}-0${1 + int(9)}-1${int(10)}`;
  return Array.from({ length: count }, () => {
    const reached = int(4);
    return listEntryOf(
      buildPerson({
        unitId: pick(UNITS),
        // Few names: many ties, broken by id across the records.
        fullName: pick(NAMES),
        gender: random() < 0.5 ? 'female' : 'male',
        ethnicity: random() < 0.3 ? 'Tày' : 'Kinh',
        occupation: pick(['worker', 'farmer', 'university_student'] as const),
        milestones: {
          ...(reached > 0 ? { cellResolutionOn: day() } : {}),
          ...(reached > 1 ? { decisionOn: day() } : {}),
          ...(reached > 2 ? { admittedOn: day() } : {}),
        },
      }),
    );
  });
}

function blocksOf(entries: readonly ListEntry[]) {
  return UNITS.map((unitId) =>
    packPeopleList(
      unitId,
      entries.filter((entry) => entry.unitId === unitId),
    ),
  ).filter((block) => block.count > 0);
}

const idsOf = (rows: ListRows) =>
  Array.from({ length: rows.length }, (_, at) => (rows.at(at) as ListRow).id);

const sorted = (entries: readonly ListEntry[]) =>
  [...entries].sort((a, b) => compareListOrder(a.sortKey, a.id, b.sortKey, b.id));

const NONE: ListFilter = {
  units: null,
  stage: '',
  year: '',
  gender: '',
  occupation: '',
  ethnicity: null,
  text: null,
};

describe("the people list's rows over its records", () => {
  const entries = randomEntries(20_261_207, 400);
  const view = new PeopleListView(blocksOf(entries), TODAY);

  it('lists every person in the list’s order, drawing a row from the columns', () => {
    expect(view.total).toBe(400);
    const rows = view.select();
    expect(idsOf(rows)).toEqual(sorted(entries).map((entry) => entry.id));
    const first = sorted(entries)[0] as ListEntry;
    expect(rows.at(0)).toEqual({
      id: first.id,
      unitId: first.unitId,
      fullName: first.fullName,
      birthDate: first.birthDate,
      gender: first.gender,
      ethnicity: first.ethnicity,
      stage: first.stage,
      admittedOn: first.admittedOn,
      overdue: first.firstDue < toDayNumber(TODAY),
    });
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.at(400)).toBeUndefined();
  });

  it('draws a row far down first, merging only as far as it', () => {
    const rows = view.select();
    const order = sorted(entries);
    expect(rows.at(250)?.id).toBe(order[250]?.id);
    expect(rows.at(3)?.id).toBe(order[3]?.id);
    expect(rows.at(399)?.id).toBe(order[399]?.id);
    // Ordered ahead in slices (idle time), then drawn: the same rows.
    const ahead = view.select();
    let slices = 1;
    while (!ahead.mergeAhead(64)) slices += 1;
    expect(slices).toBe(Math.ceil(400 / 64));
    expect(idsOf(ahead)).toEqual(order.map((entry) => entry.id));
  });

  it('keeps what every filter keeps, in the same order', () => {
    const filters: [Partial<ListFilter>, (entry: ListEntry) => boolean][] = [
      [{ units: new Set(['u2', 'u4']) }, (e) => e.unitId === 'u2' || e.unitId === 'u4'],
      [{ stage: 'official' }, (e) => e.stage === 'official'],
      [{ stage: 'resolved' }, (e) => e.stage === 'resolved'],
      [{ year: '2023' }, (e) => e.admittedOn.startsWith('2023')],
      [
        { gender: 'female', occupation: 'farmer' },
        (e) => e.gender === 'female' && e.occupation === 'farmer',
      ],
      [{ ethnicity: (value) => value !== 'Kinh' }, (e) => e.ethnicity !== 'Kinh'],
      [{ text: (key) => key.startsWith('le ') }, (e) => e.searchKey.startsWith('le ')],
      [{ units: new Set(['u1']), text: () => false }, () => false],
      // Values of no list or no year, as a hand-typed address may hold: nobody.
      [{ stage: 'nope' }, () => false],
      [{ gender: 'x', occupation: 'farmer' }, () => false],
      [{ year: '20x3' }, () => false],
      [{ year: '1850' }, () => false],
    ];
    for (const [filter, keep] of filters) {
      expect(idsOf(view.select({ ...NONE, ...filter }))).toEqual(
        sorted(entries.filter(keep)).map((entry) => entry.id),
      );
    }
    expect(view.select({ ...NONE, units: new Set(['none']) }).length).toBe(0);
  });

  it('lists the admission years present, newest first', () => {
    const years = [...new Set(entries.map((e) => e.admittedOn.slice(0, 4)).filter(Boolean))];
    expect(view.admissionYears()).toEqual(years.sort().reverse());
    expect(new PeopleListView([], TODAY).select().length).toBe(0);
  });
});

describe("a unit's record after changes", () => {
  it('equals the record packed from scratch, whatever was taken out and put in', () => {
    const random = createRandom(7);
    const pool = randomEntries(11, 120).map((entry) => ({ ...entry, unitId: 'u1' }));
    let people = new Map<string, ListEntry>();
    let stored = undefined as ReturnType<typeof updatePeopleList>;
    for (let step = 0; step < 60; step += 1) {
      const changes: [ListEntry, 1 | -1][] = [];
      for (let n = Math.floor(random() * 6); n > 0; n -= 1) {
        const entry = pool[Math.floor(random() * pool.length)] as ListEntry;
        const present = people.get(entry.id);
        if (present && random() < 0.5) changes.push([present, -1]);
        else {
          // Put in, or changed (renamed: its place in the order moves).
          if (present) changes.push([present, -1]);
          changes.push([{ ...entry, sortKey: `${random()}`.slice(2, 4) }, 1]);
        }
      }
      const next = new Map(people);
      for (const [entry, sign] of changes) if (sign === -1) next.delete(entry.id);
      for (const [entry, sign] of changes) if (sign === 1) next.set(entry.id, entry);
      people = next;
      stored = updatePeopleList('u1', stored, changes);
      expect(stored).toEqual(people.size > 0 ? packPeopleList('u1', people.values()) : undefined);
    }
    expect(stored && unpackPeopleList(stored).length).toBe(people.size);
  });
});
