import { describe, expect, it } from 'vitest';
import type { Stage } from '@/domain/pipeline-types';
import { searchKey } from '@/domain/text';
import {
  choosePeople,
  compareVietnameseNames,
  otherClassOf,
  type Candidate,
  type ChoiceQuery,
} from './attendee-choice';

let next = 0;
function person(fullName: string, stage: Stage, links: Partial<Candidate> = {}): Candidate {
  next += 1;
  return {
    id: `p${next}`,
    fullName,
    searchKey: searchKey(fullName),
    stage,
    awarenessClassId: null,
    newMemberClassId: null,
    ...links,
  };
}

const query = (overrides: Partial<ChoiceQuery> = {}): ChoiceQuery => ({
  kind: 'awareness',
  classId: 'c1',
  search: '',
  mode: 'suitable',
  picked: new Set(),
  limit: 50,
  ...overrides,
});

const an = person('Nguyễn Văn An', 'source');
const binh = person('Trần Thị Bình', 'probation');
const dung = person('Lê Đức Dũng', 'applied', { awarenessClassId: 'c0' });
const anh = person('Đặng Ngọc Ánh', 'certified', { awarenessClassId: 'c1' });
const chi = person('Phạm Thu Chi', 'official');
const people = [an, binh, dung, anh, chi];
const names = (list: Candidate[]) => list.map((p) => p.fullName);

describe('choosePeople', () => {
  it('shows the not yet admitted for an awareness class, those without another class first', () => {
    expect(names(choosePeople(people, query()).shown)).toEqual([
      'Nguyễn Văn An',
      'Đặng Ngọc Ánh',
      'Lê Đức Dũng',
    ]);
  });

  it('shows probationary members for a new-member class, everyone in "all" mode', () => {
    expect(names(choosePeople(people, query({ kind: 'new_member' })).shown)).toEqual([
      'Trần Thị Bình',
    ]);
    const all = choosePeople(people, query({ kind: 'new_member', mode: 'all' }));
    expect(all.matching).toBe(5);
    expect(all.shown[0]?.fullName).toBe('Trần Thị Bình');
  });

  it('keeps a picked person visible in "suitable" mode even when not suitable', () => {
    const result = choosePeople(people, query({ picked: new Set([chi.id]) }));
    expect(names(result.shown)).toContain('Phạm Thu Chi');
    expect(
      names(choosePeople(people, query({ mode: 'picked', picked: new Set([chi.id]) })).shown),
    ).toEqual(['Phạm Thu Chi']);
  });

  it('searches without diacritics and with words in any order', () => {
    expect(names(choosePeople(people, query({ mode: 'all', search: 'dang anh' })).shown)).toEqual([
      'Đặng Ngọc Ánh',
    ]);
    expect(names(choosePeople(people, query({ mode: 'all', search: 'AN NGUYEN' })).shown)).toEqual([
      'Nguyễn Văn An',
    ]);
  });

  it('matches the start of words, not substrings inside them', () => {
    const em = person('Nguyễn Văn Em', 'source');
    const an2 = person('Nguyễn Thị An', 'official');
    const result = choosePeople([em, an2, an], query({ mode: 'all', search: 'nguyen an' }));
    expect(names(result.shown)).toEqual(['Nguyễn Văn An', 'Nguyễn Thị An']);
  });

  it('renders only the first matches of a long list but counts them all', () => {
    const many = Array.from({ length: 3000 }, (_, i) => person(`Nguyễn Văn Số ${i}`, 'source'));
    const result = choosePeople(many, query({ search: 'nguyen', limit: 50 }));
    expect(result.shown).toHaveLength(50);
    expect(result.matching).toBe(3000);
  });
});

describe('otherClassOf', () => {
  it('names the class of the same kind the person attended, unless it is this one', () => {
    expect(otherClassOf(dung, 'awareness', 'c1')).toBe('c0');
    expect(otherClassOf(anh, 'awareness', 'c1')).toBeNull();
    expect(otherClassOf(dung, 'new_member', 'c1')).toBeNull();
    expect(otherClassOf(dung, 'other', null)).toBeNull();
  });
});

describe('compareVietnameseNames', () => {
  it('sorts by given name first, in Vietnamese order', () => {
    const sorted = ['Trần Văn Đức', 'Lê Thị Dung', 'Nguyễn An', 'Bùi Ánh'].sort(
      compareVietnameseNames,
    );
    expect(sorted).toEqual(['Nguyễn An', 'Bùi Ánh', 'Lê Thị Dung', 'Trần Văn Đức']);
  });
});
