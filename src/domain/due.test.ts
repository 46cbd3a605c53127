import { describe, expect, it } from 'vitest';
import { dueSummary } from './due';
import type { Milestones } from './entities';

let counter = 0;
const someone = (fullName: string, milestones: Partial<Milestones>) => {
  counter += 1;
  return { id: `p${counter}`, fullName, unitId: 'u1', milestones };
};
const summarise = (people: ReturnType<typeof someone>[], today: string) => {
  const summary = dueSummary(people, today);
  const show = (list: typeof summary.overdue) =>
    list.map((item) => `${item.fullName}:${item.deadline.kind}:${item.deadline.due}`);
  return {
    overdue: show(summary.overdue),
    thisMonth: show(summary.thisMonth),
    nextMonth: show(summary.nextMonth),
  };
};

describe('dueSummary', () => {
  it('is empty for nobody, and for people with nothing due', () => {
    expect(dueSummary([], '2026-11-28')).toEqual({ overdue: [], thisMonth: [], nextMonth: [] });
    expect(
      summarise(
        [
          someone('Nguồn', { sourcedOn: '2026-01-01' }),
          someone('Xong', { removedOn: '2026-01-01', cellResolutionOn: '2025-12-01' }),
        ],
        '2026-11-28',
      ),
    ).toEqual({ overdue: [], thisMonth: [], nextMonth: [] });
  });

  it('sorts unfulfilled deadlines into overdue, this month and next month', () => {
    const people = [
      // 60 working days from 12/01/2026 → 13/04/2026.
      someone('Quá Hạn', { cellResolutionOn: '2026-01-12' }),
      // 30 working days from 02/11/2026 (Monday) → 14/12/2026.
      someone('Tháng Sau', { cellResolutionOn: '2026-10-01', decisionOn: '2026-11-02' }),
      // Certificate of 30/11/2021 expires 30/11/2026.
      someone('Tháng Này', { awarenessCertOn: '2021-11-30' }),
      // Certificate of 15/03/2023 expires in 2028: not listed.
      someone('Còn Lâu', { awarenessCertOn: '2023-03-15' }),
    ];
    expect(summarise(people, '2026-11-28')).toEqual({
      overdue: ['Quá Hạn:decision:2026-04-13'],
      thisMonth: ['Tháng Này:certificateExpiry:2026-11-30'],
      nextMonth: ['Tháng Sau:ceremony:2026-12-14'],
    });
  });

  it('leaves out what was done, on time or late', () => {
    const people = [
      someone('Đúng', {
        cellResolutionOn: '2026-10-01',
        decisionOn: '2026-11-02',
        admittedOn: '2026-11-20',
      }),
      someone('Trễ', {
        cellResolutionOn: '2026-01-12',
        decisionOn: '2026-06-01',
        admittedOn: '2026-06-15',
      }),
    ];
    const summary = dueSummary(people, '2026-11-28');
    expect(
      [...summary.overdue, ...summary.thisMonth, ...summary.nextMonth].map(
        (item) => item.deadline.kind,
      ),
    ).toEqual([]);
  });

  it('lists a probation end in this month even once reached, and in next month', () => {
    const people = [
      someone('Đã Hết', {
        cellResolutionOn: '2025-09-01',
        decisionOn: '2025-10-01',
        admittedOn: '2025-11-03',
      }),
      someone('Sắp Hết', {
        cellResolutionOn: '2025-10-01',
        decisionOn: '2025-11-03',
        admittedOn: '2025-12-10',
      }),
      someone('Hết Tháng Trước', {
        cellResolutionOn: '2025-08-01',
        decisionOn: '2025-09-01',
        admittedOn: '2025-10-20',
      }),
    ];
    // Official reviews: 30 working days after 20/10/2026 → 01/12; after 03/11/2026 → 15/12.
    expect(summarise(people, '2026-11-28')).toEqual({
      overdue: [],
      thisMonth: ['Đã Hết:probationEnd:2026-11-03'],
      nextMonth: [
        'Hết Tháng Trước:officialReview:2026-12-01',
        'Sắp Hết:probationEnd:2026-12-10',
        'Đã Hết:officialReview:2026-12-15',
      ],
    });
    expect(dueSummary(people, '2026-11-28').thisMonth[0]?.deadline.status).toBe('met');
  });

  it('turns the year: on 31/12 next month is January of the next year', () => {
    const people = [
      // Certificate of 31/12/2021 expires 31/12/2026: this month, due today.
      someone('Hôm Nay', { awarenessCertOn: '2021-12-31' }),
      // Certificate of 20/01/2022 expires 20/01/2027: next month.
      someone('Tháng Giêng', { awarenessCertOn: '2022-01-20' }),
      // Certificate of 01/02/2022 expires 01/02/2027: later.
      someone('Tháng Hai', { awarenessCertOn: '2022-02-01' }),
    ];
    expect(summarise(people, '2026-12-31')).toEqual({
      overdue: [],
      thisMonth: ['Hôm Nay:certificateExpiry:2026-12-31'],
      nextMonth: ['Tháng Giêng:certificateExpiry:2027-01-20'],
    });
  });

  it('sorts each list by due date, then by name in Vietnamese order', () => {
    const people = [
      someone('Trần Văn Bình', { awarenessCertOn: '2021-11-30' }),
      someone('Đỗ Thị Ánh', { awarenessCertOn: '2021-11-30' }),
      someone('Lê Văn Cường', { awarenessCertOn: '2021-11-29' }),
      someone('Dương Văn Dũng', { awarenessCertOn: '2021-11-30' }),
    ];
    expect(summarise(people, '2026-11-01').thisMonth).toEqual([
      'Lê Văn Cường:certificateExpiry:2026-11-29',
      'Dương Văn Dũng:certificateExpiry:2026-11-30',
      'Đỗ Thị Ánh:certificateExpiry:2026-11-30',
      'Trần Văn Bình:certificateExpiry:2026-11-30',
    ]);
  });

  it('carries the person and unit with each item', () => {
    const [item] = dueSummary(
      [{ id: 'x', fullName: 'Hà', unitId: 'u9', milestones: { awarenessCertOn: '2021-11-30' } }],
      '2026-11-28',
    ).thisMonth;
    expect(item).toMatchObject({ personId: 'x', fullName: 'Hà', unitId: 'u9' });
  });
});
