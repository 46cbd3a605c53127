import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import {
  isOverdue,
  listEntryOf,
  listSortKey,
  NO_DUE,
  packPeopleList,
  unpackPeopleList,
  type ListEntry,
} from './people-list';

const blockOf = (unitId: string, entries: ListEntry[]) => packPeopleList(unitId, entries);

describe("the people list's aggregate", () => {
  it('packs and unpacks a unit’s people, whatever their text holds', () => {
    const people = [
      buildPerson({ unitId: 'u1', fullName: 'Nguyễn Văn An', nationalId: '001200000009' }),
      buildPerson({ unitId: 'u1', fullName: 'Trần\u001fHoa' }),
      buildPerson({
        unitId: 'u1',
        fullName: 'Lê Bình',
        milestones: { cellResolutionOn: '2024-01-01', decisionOn: '2024-02-01' },
      }),
    ];
    const entries = people.map((person) => listEntryOf(person));
    const back = unpackPeopleList(blockOf('u1', entries));
    const byId = new Map(back.map((entry) => [entry.id, entry]));
    for (const entry of entries) {
      expect(byId.get(entry.id)).toEqual(
        entry.fullName.includes('\u001f')
          ? { ...entry, fullName: 'Trần Hoa', sortKey: entry.sortKey }
          : entry,
      );
    }
    expect(unpackPeopleList(blockOf('u9', []))).toEqual([]);
    expect(entries[0]?.searchKey).toBe('nguyen van an 001200000009');
    expect(listSortKey('Nguyễn Văn An')).toBe('an nguyen van an');
    expect(entries[0]?.sortKey).toBe(listSortKey('Nguyễn Văn An'));
  });

  it('knows when a deadline is overdue from the earliest one not met', () => {
    const waiting = listEntryOf(
      buildPerson({ milestones: { cellResolutionOn: '2024-01-01', decisionOn: '2024-02-01' } }),
    );
    expect(waiting.firstDue).not.toBe(NO_DUE);
    expect(isOverdue(waiting, '2020-01-01')).toBe(false);
    expect(isOverdue(waiting, '2030-01-01')).toBe(true);
    expect(isOverdue(listEntryOf(buildPerson({ milestones: {} })), '2030-01-01')).toBe(false);
  });
});
