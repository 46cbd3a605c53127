import { describe, expect, it } from 'vitest';
import { suggestColumns, suggestHeaderLine, suggestKind } from './place-list-mapping';
import { columnLetter } from './sheet-table';

describe('suggesting the columns from the header’s words', () => {
  it('maps a commune’s list of hamlets in Vietnamese', () => {
    const { columns } = suggestColumns([
      'STT',
      'Tên thôn, tổ dân phố',
      'Loại',
      'Chi bộ',
      'Số hộ',
      'Số đảng viên',
      'Có chi bộ',
    ]);
    expect(columns).toEqual({
      name: 1,
      kind: 2,
      unit: 3,
      households: 4,
      partyMembers: 5,
      partyOrganisation: 6,
    });
  });

  it('maps a province’s list of enterprises, diacritics and case aside', () => {
    const { columns } = suggestColumns([
      'TEN DOANH NGHIEP',
      'Mã số thuế',
      'Khu vực',
      'Ngày thành lập',
      'Số công nhân',
      'Đảng viên',
      'Tổ chức đảng',
      'Công đoàn',
      'Mã đơn vị',
    ]);
    expect(columns).toEqual({
      name: 0,
      code: 1,
      enterpriseSector: 2,
      openedOn: 3,
      workers: 4,
      partyMembers: 5,
      partyOrganisation: 6,
      tradeUnion: 7,
      unit: 8,
    });
  });

  it('takes “Tên đơn vị” as the name when nothing else names the place, else as the unit', () => {
    expect(suggestColumns(['Tên đơn vị', 'Số học sinh lớp 12']).columns).toEqual({
      name: 0,
      grade12Students: 1,
    });
    expect(suggestColumns(['Tên trường', 'Tên đơn vị', 'Mã trường']).columns).toEqual({
      name: 0,
      unit: 1,
      code: 2,
    });
  });

  it('maps English headers', () => {
    expect(
      suggestColumns(['Name', 'Kind', 'Unit code', 'Tax code', 'Sector', 'Workers', 'Trade union'])
        .columns,
    ).toEqual({
      name: 0,
      kind: 1,
      unit: 2,
      code: 3,
      enterpriseSector: 4,
      workers: 5,
      tradeUnion: 6,
    });
  });

  it('leaves unknown headers and empty cells unmapped', () => {
    expect(suggestColumns(['Ghi chú', null, '', 'Số hộ gia đình']).columns).toEqual({
      households: 3,
    });
  });
});

describe('finding the header line', () => {
  it('skips a title and blank lines above the headers', () => {
    const rows = [
      ['DANH SÁCH THÔN, TỔ DÂN PHỐ NĂM 2026', null, null],
      [null, null, null],
      ['STT', 'Tên thôn', 'Số hộ'],
      ['1', 'Thôn Đông', '120'],
    ];
    expect(suggestHeaderLine(rows)).toBe(3);
  });

  it('falls back to the first line that is not empty', () => {
    expect(suggestHeaderLine([[null], ['a', 'b'], ['c', 'd']])).toBe(2);
  });
});

describe('column letters', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('suggesting one kind for the whole file', () => {
  it('reads it from the name column’s header, else from the sheet’s name', () => {
    expect(suggestKind('Tên thôn')).toBe('residential');
    expect(suggestKind('Tên trường THPT')).toBe('school');
    expect(suggestKind('Tên', 'Doanh nghiệp')).toBe('enterprise');
    expect(suggestKind('Tên', 'Trang 1')).toBeNull();
    // Both a hamlet and a school: no guess.
    expect(suggestKind('Tên thôn, trường')).toBeNull();
  });
});
