import { describe, expect, it } from 'vitest';
import { STAT_COLUMNS, type StatColumn } from '@/domain/admission-stats';
import type { Indicators, Share } from '@/domain/indicator-types';
import { STAGES, type Stage } from '@/domain/pipeline-types';
import { makeI18n } from '@/i18n/i18n';
import { reportTables } from './report-tables';
import { nameList, periodOpening, reportParagraphs, type ReportSubject } from './report-text';

const vi = makeI18n('vi');

function share(count: number, base: number): Share {
  return { count, ratio: base > 0 ? count / base : null };
}

/** Indicators with every figure at zero, and overrides. */
function indicators(overrides: Partial<Indicators> = {}): Indicators {
  const admitted = overrides.admitted ?? 0;
  return {
    rootUnitId: 'province',
    period: { from: '2020-01-01', to: '2025-12-31' },
    unitIds: new Set(['province']),
    admitted,
    structure: Object.fromEntries(
      STAT_COLUMNS.map((column) => [column, share(0, admitted)]),
    ) as Record<StatColumn, Share>,
    enterpriseSplit: { worker: share(0, 0), manager: share(0, 0) },
    training: {
      awarenessClasses: 0,
      awarenessAttendees: 0,
      newMemberClasses: 0,
      newMemberAttendees: 0,
      otherClasses: 0,
      otherAttendees: 0,
    },
    quotas: { root: [], children: [] },
    rates: [],
    funnel: Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>,
    forecast: { root: null, children: [] },
    coverage: { withoutAdmission: [], belowShare: [], overdue: [], overdueTotal: 0 },
    series: { monthly: [], quarterly: [], yearly: [] },
    perUnit: [],
    ...overrides,
  };
}

const ADMITTED = 23_596;

/** The figures of the province's report for the 2020–2025 term. */
function provincialReport(): Indicators {
  const base = indicators({ admitted: ADMITTED });
  return {
    ...base,
    structure: {
      ...base.structure,
      admitted: share(ADMITTED, ADMITTED),
      youthUnion: share(14_866, ADMITTED),
      female: share(12_839, ADMITTED),
      minority: share(4_174, ADMITTED),
      religious: share(520, ADMITTED),
      highSchoolStudent: share(236, ADMITTED),
      universityStudent: share(0, ADMITTED),
      enterprise: share(1_000, ADMITTED),
    },
    enterpriseSplit: { worker: share(600, 1_000), manager: share(400, 1_000) },
    training: {
      awarenessClasses: 380,
      awarenessAttendees: 26_492,
      newMemberClasses: 212,
      newMemberAttendees: 14_154,
      otherClasses: 0,
      otherAttendees: 0,
    },
    quotas: {
      root: [
        {
          unitId: 'province',
          fromYear: 2023,
          toYear: 2025,
          quota: 24_360,
          source: 'sum',
          admitted: 12_180,
          ratio: 12_180 / 24_360,
        },
      ],
      children: [
        {
          unitId: 'a',
          fromYear: 2023,
          toYear: 2025,
          quota: 12_000,
          source: 'own',
          admitted: 12_000,
          ratio: 1,
        },
        {
          unitId: 'b',
          fromYear: 2023,
          toYear: 2025,
          quota: 12_360,
          source: 'own',
          admitted: 180,
          ratio: 180 / 12_360,
        },
      ],
    },
    perUnit: [],
  };
}

const province: ReportSubject = {
  unit: { id: 'province', name: 'Tỉnh ủy Thái Nguyên' },
  children: [
    { id: 'a', name: 'Đảng ủy xã Tân Lập', kind: 'grassroots_committee' },
    { id: 'b', name: 'Đảng ủy phường Phan Đình Phùng', kind: 'grassroots_committee' },
  ],
  today: '2025-11-28',
};

describe('the report prose', () => {
  it('writes the provincial report’s sentence with its exact figures and percentages', () => {
    const [first, quota] = reportParagraphs(provincialReport(), province, vi);
    expect(first).toBe(
      'Từ đầu nhiệm kỳ đến nay (01/01/2020 – 31/12/2025), các đảng bộ trực thuộc đã tổ chức ' +
        '380 lớp bồi dưỡng nhận thức về Đảng cho 26.492 quần chúng; 212 lớp bồi dưỡng đảng viên ' +
        'mới cho 14.154 đảng viên mới; kết nạp được 23.596 đảng viên mới, trong đó: 14.866 đảng ' +
        'viên mới là đoàn viên thanh niên, chiếm 63%; 12.839 là nữ, chiếm 54,4%; 4.174 là người ' +
        'dân tộc thiểu số, chiếm 17,7%; 520 là người có đạo, chiếm 2,2%; 236 là học sinh, chiếm ' +
        '1%; 1.000 là người lao động trong doanh nghiệp, chiếm 4,2% (công nhân 600, chiếm 60%; ' +
        'chủ doanh nghiệp, người quản lý 400, chiếm 40%).',
    );
    expect(quota).toBe(
      'Kết quả thực hiện chỉ tiêu giai đoạn 2023–2025: kết nạp 12.180/24.360 đảng viên, đạt 50%. ' +
        'Có 1/2 đơn vị trực thuộc đạt hoặc vượt chỉ tiêu.',
    );
  });

  it('says there was no admission in an empty period, with no NaN anywhere', () => {
    const empty = indicators({ period: { from: '2026-01-01', to: '2026-12-31' } });
    const paragraphs = reportParagraphs(empty, province, vi);
    expect(paragraphs).toEqual([
      'Năm 2026, các đảng bộ trực thuộc chưa tổ chức lớp bồi dưỡng nhận thức về ' +
        'Đảng hay lớp bồi dưỡng đảng viên mới nào; chưa kết nạp được đảng viên mới nào.',
    ]);
    const tables = reportTables(empty, () => 'X', vi);
    const text = JSON.stringify({ paragraphs, tables });
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    // A share of nothing is null (shown "—"), never 0/0.
    const structure = tables.find((table) => table.id === 'structure');
    expect(structure?.rows[0]).toEqual(['Tổng số đảng viên mới được kết nạp', 0, { ratio: null }]);
  });

  it('leaves out the items nobody is in, and names a single cell by itself', () => {
    const figures = indicators({
      period: { from: '2025-01-01', to: '2025-12-31' },
      admitted: 2,
      training: {
        awarenessClasses: 1,
        awarenessAttendees: 35,
        newMemberClasses: 0,
        newMemberAttendees: 0,
        otherClasses: 0,
        otherAttendees: 0,
      },
    });
    figures.structure.female = share(1, 2);
    const cell: ReportSubject = {
      unit: { id: 'c', name: 'Chi bộ thôn Đông' },
      children: [],
      today: '2026-11-28',
    };
    expect(reportParagraphs(figures, cell, vi)[0]).toBe(
      'Năm 2025, Chi bộ thôn Đông đã tổ chức 1 lớp bồi dưỡng nhận thức về Đảng cho 35 quần ' +
        'chúng; kết nạp được 2 đảng viên mới, trong đó: 1 là nữ, chiếm 50%.',
    );
  });

  it('reports the admission rate per year and the units without admissions', () => {
    const figures = indicators({
      period: { from: '2024-01-01', to: '2025-12-31' },
      admitted: 90,
      rates: [
        { year: 2024, membersAtStart: 1_500, admitted: 48, ratio: 48 / 1_500 },
        { year: 2025, membersAtStart: null, admitted: 42, ratio: null },
      ],
      coverage: {
        withoutAdmission: ['b'],
        belowShare: [],
        overdue: [{ unitId: 'a', count: 3 }],
        overdueTotal: 3,
      },
    });
    const paragraphs = reportParagraphs(figures, province, vi);
    expect(paragraphs[0]).toMatch(/^Giai đoạn 2024–2025 \(01\/01\/2024 – 31\/12\/2025\), /);
    expect(paragraphs).toContain(
      'Tỷ lệ kết nạp so với tổng số đảng viên đầu năm (mục tiêu 3–4% mỗi năm): năm 2024 đạt ' +
        '3,2% (48/1.500 đảng viên).',
    );
    expect(paragraphs.at(-1)).toBe(
      'Có 1 đơn vị trực thuộc chưa kết nạp được đảng viên mới trong kỳ: Đảng ủy phường Phan ' +
        'Đình Phùng. Hiện còn 3 thủ tục kết nạp, công nhận đảng viên chính thức đã quá thời hạn ' +
        'quy định, cần đôn đốc giải quyết.',
    );
  });
});

describe('the opening of the report', () => {
  const open = (from: string, to: string, today = '2025-11-28') =>
    periodOpening({ from, to }, today, vi);

  it('names a year, a quarter, a term, a span of years or the two dates', () => {
    expect(open('2024-01-01', '2024-12-31')).toBe('Năm 2024');
    expect(open('2025-01-01', '2025-12-31')).toBe('Từ đầu năm 2025 đến nay');
    expect(open('2025-07-01', '2025-09-30')).toBe('Quý III năm 2025');
    expect(open('2020-01-01', '2025-12-31')).toBe(
      'Từ đầu nhiệm kỳ đến nay (01/01/2020 – 31/12/2025)',
    );
    expect(open('2020-01-01', '2025-11-28')).toBe(
      'Từ đầu nhiệm kỳ đến nay (01/01/2020 – 28/11/2025)',
    );
    expect(open('2020-01-01', '2025-12-31', '2026-11-28')).toBe(
      'Từ đầu nhiệm kỳ đến nay (01/01/2020 – 31/12/2025)',
    );
    expect(open('2023-01-01', '2025-12-31')).toBe('Giai đoạn 2023–2025 (01/01/2023 – 31/12/2025)');
    expect(open('2025-03-15', '2025-06-30')).toBe('Từ ngày 15/03/2025 đến ngày 30/06/2025');
  });
});

describe('lists of names in a sentence', () => {
  it('joins with "và" and stops after eight names', () => {
    expect(nameList(['A'], vi)).toBe('A');
    expect(nameList(['A', 'B', 'C'], vi)).toBe('A, B và C');
    const many = Array.from({ length: 11 }, (_, i) => `Đơn vị ${i + 1}`);
    expect(nameList(many, vi)).toBe(
      'Đơn vị 1, Đơn vị 2, Đơn vị 3, Đơn vị 4, Đơn vị 5, Đơn vị 6, Đơn vị 7, Đơn vị 8 và 3 đơn vị khác',
    );
  });
});
