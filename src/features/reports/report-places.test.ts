// The report's paragraph and tables on the places, for the hand-counted province of
// domain/place-figures-test-world.ts (its figures are checked there; here, the words and cells).
import { describe, expect, it } from 'vitest';
import {
  YEAR_2025,
  anPhu,
  binhMinh,
  enterpriseBloc,
  figuresOf,
  province,
  provinceWorld,
} from '@/domain/place-figures-test-world';
import { buildUnit } from '../../../test/builders';
import { makeI18n } from '@/i18n/i18n';
import { reportCsv } from './report-csv';
import { placeParagraph, placeSubject } from './report-places-text';
import { placeTables } from './report-places-tables';
import { reportSheets } from './report-xlsx';

const vi = makeI18n('vi');
const en = makeI18n('en');
const world = provinceWorld();
const names = new Map(world.units.map((unit) => [unit.id, unit.name]));
const unitName = (id: string) => names.get(id) ?? '—';
const places = figuresOf(world, province.id, YEAR_2025);

describe('the report’s paragraph on the places', () => {
  it('speaks of the province in its own prose, kind by kind', () => {
    expect(placeParagraph(places, province, unitName, vi)).toBe(
      'Toàn tỉnh có 7 thôn, tổ dân phố, trong đó 2 có chi bộ riêng (28,6%), 1 sinh hoạt chi bộ ' +
        'ghép (14,3%), 2 chưa có chi bộ (28,6%), 2 chưa rõ (28,6%); còn 1 thôn, tổ dân phố chưa ' +
        'có đảng viên (Thôn Tây – Đảng bộ xã An Phú); trong kỳ, 2 thôn, tổ dân phố có đảng viên ' +
        'đầu tiên (Thôn Nam – Đảng bộ xã An Phú, Tổ dân phố 4 – Đảng bộ phường Bình Minh). ' +
        '3 trường có 700 học sinh lớp 12; trong kỳ, 2 học sinh vào nguồn, 2 học sinh có giấy ' +
        'chứng nhận bồi dưỡng nhận thức về Đảng, kết nạp 2 học sinh (2,9 trên 1.000 học sinh ' +
        'lớp 12); 1 trường chưa kết nạp được học sinh nào. ' +
        'Có 5 doanh nghiệp ngoài nhà nước, trong đó 1 có tổ chức đảng (20%); 1 doanh nghiệp có ' +
        'vốn đầu tư nước ngoài, chưa có doanh nghiệp nào có tổ chức đảng; 1 doanh nghiệp nhà ' +
        'nước, trong đó 1 có tổ chức đảng (100%); 1 doanh nghiệp chưa rõ loại hình, chưa có ' +
        'doanh nghiệp nào có tổ chức đảng; các doanh nghiệp có 2.573 lao động, 56 đảng viên ' +
        '(21,8 đảng viên trên 1.000 lao động), 4 doanh nghiệp có công đoàn cơ sở; trong kỳ kết ' +
        'nạp 3 đảng viên là người của doanh nghiệp (1 công nhân, người lao động; 1 chủ doanh ' +
        'nghiệp, người quản lý); 5 doanh nghiệp chưa có tổ chức đảng, lớn nhất là Công ty TNHH ' +
        'Điện tử Hanwa (1.200 lao động), Công ty CP Gỗ Bình Minh (320 lao động) và Công ty Bao ' +
        'bì Tân Lập (45 lao động).',
    );
  });

  it('has English words too', () => {
    const text = placeParagraph(places, province, unitName, en) ?? '';
    expect(text).toContain(
      'The province has 7 residential areas, of which 2 with their own party cell (28.6%)',
    );
    expect(text).toContain('1 foreign-invested enterprise, none with a party organisation');
  });

  it('names its subject after the unit viewed', () => {
    expect(placeSubject(province, vi)).toBe('Toàn tỉnh');
    expect(placeSubject(anPhu, vi)).toBe('Toàn xã');
    expect(placeSubject(binhMinh, vi)).toBe('Toàn phường');
    expect(placeSubject(buildUnit({ name: 'Huyện ủy Đồng Hỷ', kind: 'upper' }), vi)).toBe(
      'Toàn huyện',
    );
    expect(placeSubject(enterpriseBloc, vi)).toBe('Đảng ủy Khối doanh nghiệp');
  });

  it('is left out for a unit without places', () => {
    const none = figuresOf({ ...world, places: [] }, province.id, YEAR_2025);
    expect(placeParagraph(none, province, unitName, vi)).toBeNull();
    expect(placeTables(none, unitName, vi)).toEqual([]);
  });
});

describe('the report’s tables on the places', () => {
  const tables = placeTables(places, unitName, vi);

  it('holds a table per kind and the lists, in order', () => {
    expect(tables.map((table) => table.id)).toEqual([
      'placesResidential',
      'placesWithoutMember',
      'placesFirstMembers',
      'placesSchools',
      'placesEnterprises',
      'placesLargest',
    ]);
  });

  it('keeps counts as numbers, shares as ratios, rates with one decimal', () => {
    const [residential, without, first, schools, enterprises, largest] = tables;
    expect(residential?.rows).toEqual([
      ['Tổng số thôn, tổ dân phố', 7, { ratio: 1 }],
      ['– có chi bộ riêng', 2, { ratio: 2 / 7 }],
      ['– sinh hoạt chi bộ ghép', 1, { ratio: 1 / 7 }],
      ['– chưa có chi bộ', 2, { ratio: 2 / 7 }],
      ['– chưa rõ', 2, { ratio: 2 / 7 }],
      ['Chưa có đảng viên', 1, { ratio: 1 / 7 }],
      ['Có đảng viên đầu tiên trong kỳ', 2, { ratio: 2 / 7 }],
      ['Chưa có số liệu của năm trong kỳ', 1, { ratio: 1 / 7 }],
    ]);
    expect(without?.rows).toEqual([['Thôn Tây', 'Đảng bộ xã An Phú', 2025]]);
    expect(first?.rows).toEqual([
      ['Thôn Nam', 'Đảng bộ xã An Phú', '2025-03-10'],
      ['Tổ dân phố 4', 'Đảng bộ phường Bình Minh', '2025-07-01'],
    ]);
    expect(schools?.rows).toEqual([
      ['Trường THPT Lê Lợi', 'Đảng bộ phường Bình Minh', 300, 0, 0, 1, 3.3],
      ['Trường THPT Nguyễn Trãi', 'Đảng bộ xã An Phú', 400, 2, 2, 1, 2.5],
      ['Trường THPT Trần Phú', 'Đảng bộ phường Bình Minh', null, 0, 0, 0, null],
      ['Tổng cộng', '', 700, 2, 2, 2, 2.9],
    ]);
    expect(enterprises?.rows[0]).toEqual([
      'Tổng số doanh nghiệp',
      8,
      2,
      { ratio: 0.25 },
      1,
      4,
      2573,
      56,
      21.8,
    ]);
    expect(enterprises?.rows[2]).toEqual([
      'Ngoài nhà nước',
      5,
      1,
      { ratio: 0.2 },
      1,
      2,
      1223,
      44,
      36,
    ]);
    expect(largest?.rows.map((row) => [row[0], row[3]])).toEqual([
      ['Công ty TNHH Điện tử Hanwa', 1200],
      ['Công ty CP Gỗ Bình Minh', 320],
      ['Công ty Bao bì Tân Lập', 45],
      ['Cửa hàng Phú Quý', 8],
      ['Công ty TNHH Cơ khí Hòa Bình', null],
    ]);
  });

  it('go into the CSV and the workbook, a sheet each', () => {
    const csv = reportCsv(tables, { title: 'Báo cáo', facts: [] }, 'international');
    expect(csv).toContain('Trường THPT Nguyễn Trãi,Đảng bộ xã An Phú,400,2,2,1,2.5');
    expect(csv).toContain('"Tổng số thôn, tổ dân phố",7,100');
    expect(csv).toContain('– có chi bộ riêng,2,28.6');
    const local = reportCsv(tables, { title: 'Báo cáo', facts: [] }, 'vietnamese');
    expect(local).toContain('Trường THPT Nguyễn Trãi;Đảng bộ xã An Phú;400;2;2;1;2,5');
    expect(local).toContain('"Tổng số thôn, tổ dân phố";7;100');
    const words = { cover: 'Báo cáo', headerRight: 'Xã An Phú', page: 'Trang' };
    const { sheets } = reportSheets(tables, { title: 'Báo cáo', facts: [] }, [], words);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      'Báo cáo',
      'Thôn, tổ dân phố',
      'Chưa có đảng viên',
      'Đảng viên đầu tiên',
      'Học sinh lớp 12',
      'Doanh nghiệp',
      'DN chưa có tổ chức đảng',
    ]);
    // The rate per 1,000 keeps its decimal in Excel.
    const schoolRows = sheets[4]?.data ?? [];
    expect(schoolRows[2]?.[6]).toMatchObject({ value: 2.5, format: '#,##0.0' });
  });
});
