import { describe, expect, it } from 'vitest';
import {
  readCount,
  readDay,
  readEnterpriseSector,
  readPartyOrganisation,
  readPlaceKind,
  readText,
  readYesNo,
} from './place-list-words';

const ok = <T>(value: T | null) => ({ ok: true, value });
const refused = { ok: false };

describe('the words of a province’s own list', () => {
  it('reads a place’s kind in Vietnamese and English, without diacritics or case', () => {
    for (const word of [
      'Thôn',
      'thon',
      'Tổ dân phố',
      'TỔ DÂN PHỐ',
      'Bản',
      'Ấp',
      'Khu phố',
      'hamlet',
    ]) {
      expect(readPlaceKind(word)).toEqual(ok('residential'));
    }
    for (const word of ['Trường', 'Trường THPT', 'THPT', 'school']) {
      expect(readPlaceKind(word)).toEqual(ok('school'));
    }
    for (const word of ['Doanh nghiệp', 'DN', 'Công ty', 'enterprise']) {
      expect(readPlaceKind(word)).toEqual(ok('enterprise'));
    }
    expect(readPlaceKind('  ')).toEqual(ok(null));
    expect(readPlaceKind('Hợp tác xã')).toEqual(refused);
  });

  it('reads an enterprise’s sector, “ngoài nhà nước” apart from “nhà nước”', () => {
    expect(readEnterpriseSector('ngoài nhà nước')).toEqual(ok('non_state'));
    expect(readEnterpriseSector('Ngoài Nhà Nước')).toEqual(ok('non_state'));
    expect(readEnterpriseSector('non-state')).toEqual(ok('non_state'));
    expect(readEnterpriseSector('FDI')).toEqual(ok('fdi'));
    expect(readEnterpriseSector('có vốn đầu tư nước ngoài')).toEqual(ok('fdi'));
    expect(readEnterpriseSector('Nhà nước')).toEqual(ok('state'));
    expect(readEnterpriseSector('state-owned')).toEqual(ok('state'));
    expect(readEnterpriseSector('hỗn hợp')).toEqual(refused);
  });

  it('reads a party organisation: riêng, ghép, chưa có, and a “Có chi bộ” column’s có/không', () => {
    expect(readPartyOrganisation('riêng')).toEqual(ok('own'));
    expect(readPartyOrganisation('Chi bộ riêng')).toEqual(ok('own'));
    expect(readPartyOrganisation('ghép')).toEqual(ok('shared'));
    expect(readPartyOrganisation('Chi bộ ghép')).toEqual(ok('shared'));
    expect(readPartyOrganisation('chưa có')).toEqual(ok('none'));
    expect(readPartyOrganisation('Có')).toEqual(ok('own'));
    expect(readPartyOrganisation('không')).toEqual(ok('none'));
    expect(readPartyOrganisation(true)).toEqual(ok('own'));
    expect(readPartyOrganisation('shared')).toEqual(ok('shared'));
    expect(readPartyOrganisation('đang xây dựng')).toEqual(refused);
  });

  it('reads yes and no: có/không, yes/no, x, 1/0, TRUE/FALSE', () => {
    for (const yes of ['có', 'Có', 'CO', 'yes', 'x', '1', 1, true, 'TRUE']) {
      expect(readYesNo(yes)).toEqual(ok(true));
    }
    for (const no of ['không', 'Không có', 'chưa', 'no', '0', 0, false, 'FALSE']) {
      expect(readYesNo(no)).toEqual(ok(false));
    }
    expect(readYesNo('')).toEqual(ok(null));
    expect(readYesNo('có lẽ')).toEqual(refused);
  });

  it('reads counts with "." or "," or spaces between thousands, and refuses what is not a whole number', () => {
    expect(readCount('1234')).toEqual(ok(1234));
    expect(readCount('1.234')).toEqual(ok(1234));
    expect(readCount('1,234')).toEqual(ok(1234));
    expect(readCount('1.234.567')).toEqual(ok(1234567));
    expect(readCount('1 234')).toEqual(ok(1234));
    expect(readCount('1\u00a0234')).toEqual(ok(1234));
    expect(readCount(' 0 ')).toEqual(ok(0));
    expect(readCount(56)).toEqual(ok(56));
    expect(readCount(null)).toEqual(ok(null));
    for (const bad of ['12,5', '1.23', '-3', 'mười', '1.234,5', '1,234.567', 12.5, -1]) {
      expect(readCount(bad)).toEqual(refused);
    }
  });

  it('reads days as dd/mm/yyyy (day first) or yyyy-mm-dd, refusing a day that does not exist', () => {
    expect(readDay('03/04/2020')).toEqual(ok('2020-04-03'));
    expect(readDay('3/4/2020')).toEqual(ok('2020-04-03'));
    expect(readDay('03-04-2020')).toEqual(ok('2020-04-03'));
    expect(readDay('03.04.2020')).toEqual(ok('2020-04-03'));
    expect(readDay('2020-04-03')).toEqual(ok('2020-04-03'));
    expect(readDay('')).toEqual(ok(null));
    expect(readDay('30/02/2020')).toEqual(refused);
    expect(readDay('2020')).toEqual(refused);
    expect(readDay(43923)).toEqual(refused);
  });

  it('reads text trimmed and in NFC, and a number typed as a code as Excel shows it', () => {
    expect(readText('  Thôn   Đông  ')).toEqual(ok('Thôn Đông'));
    expect(readText('Tho\u0302n')).toEqual(ok('Thôn'));
    expect(readText(101234567)).toEqual(ok('101234567'));
    expect(readText(true)).toEqual(refused);
  });
});
