// The places' figures of the hand-counted province (place-figures-test-world.ts) for 2025.
import { describe, expect, it } from 'vitest';
import {
  YEAR_2025,
  anPhu,
  baoBi,
  binhMinh,
  coKhi,
  enterpriseBloc,
  figuresOf,
  goBinhMinh,
  hanwa,
  leLoi,
  nguyenTrai,
  phuQuy,
  province,
  provinceWorld,
  thonNam,
  thonTay,
  toDanPho4,
  tranPhu,
} from './place-figures-test-world';

const figures = figuresOf(provinceWorld(), province.id, YEAR_2025);

describe('the residential areas of a province in 2025', () => {
  it('counts the open ones of every unit in scope, a merged unit’s included', () => {
    // Thôn Đông, Tây, Nam, Bắc (its unit merged into An Phú), Tổ dân phố 1, 2, 4 = 7. Not counted:
    // Tổ dân phố 4 cũ (closed in 2024), Tổ dân phố 5 (opened in 2026).
    expect(figures.residential.total).toBe(7);
    // Thôn Bắc has a figure of 2024 only.
    expect(figures.residential.noFigures).toBe(1);
  });

  it('splits them by party organisation, shares of all seven', () => {
    // own: Thôn Đông, Tổ dân phố 1 (2/7 = 28,6%); shared: Thôn Tây (1/7 = 14,3%); none: Thôn Nam,
    // Tổ dân phố 4 (2/7); unknown: Thôn Bắc (no 2025 figure), Tổ dân phố 2 (null) (2/7).
    const { organisation } = figures.residential;
    expect(organisation.own).toEqual({ count: 2, ratio: 2 / 7 });
    expect(organisation.shared).toEqual({ count: 1, ratio: 1 / 7 });
    expect(organisation.none).toEqual({ count: 2, ratio: 2 / 7 });
    expect(organisation.unknown).toEqual({ count: 2, ratio: 2 / 7 });
  });

  it('lists those without a party member with their commune', () => {
    // partyMembers = 0 in the 2025 figure: Thôn Tây, Thôn Nam, Tổ dân phố 4. Thôn Nam admitted
    // someone on 10/03/2025, Tổ dân phố 4 (through Tổ dân phố 4 cũ) on 01/07/2025: only Thôn Tây.
    expect(figures.residential.withoutMember).toEqual([
      { placeId: thonTay.id, name: 'Thôn Tây', unitId: anPhu.id, communeId: anPhu.id, year: 2025 },
    ]);
  });

  it('lists those that received their first member in the period, by day', () => {
    expect(figures.residential.firstMembers).toEqual([
      {
        placeId: thonNam.id,
        name: 'Thôn Nam',
        unitId: anPhu.id,
        communeId: anPhu.id,
        admittedOn: '2025-03-10',
        sinceYear: 2025,
      },
      {
        placeId: toDanPho4.id,
        name: 'Tổ dân phố 4',
        unitId: binhMinh.id,
        communeId: binhMinh.id,
        admittedOn: '2025-07-01',
        sinceYear: 2025,
      },
    ]);
  });
});

describe('the schools of a province in 2025', () => {
  it('sums grade-12 students and the funnel over the schools that count', () => {
    // Nguyễn Trãi 400 + Lê Lợi 300 + Trần Phú (no figure) = 700; the old school is closed.
    const { schools } = figures;
    expect(schools.total).toBe(3);
    expect(schools.noFigures).toBe(1);
    expect(schools.grade12Students).toBe(700);
    // Sourced in 2025: two at Nguyễn Trãi (the third on 31/12/2024). Certified: 01/04 and
    // 31/12/2025. Admitted: 31/12/2025 at Nguyễn Trãi, 01/01/2025 at the old school → Lê Lợi.
    expect(schools.sourced).toBe(2);
    expect(schools.certified).toBe(2);
    expect(schools.admitted).toBe(2);
    // 2 × 1000 / 700 = 2,857…
    expect(schools.perThousand).toBeCloseTo(2000 / 700, 10);
    // Trần Phú admitted no one.
    expect(schools.withoutAdmission).toBe(1);
  });

  it('gives each school its funnel and its admitted per 1,000, by name', () => {
    expect(figures.schools.rows).toEqual([
      {
        placeId: leLoi.id,
        name: 'Trường THPT Lê Lợi',
        unitId: binhMinh.id,
        grade12Students: 300,
        sourced: 0,
        certified: 0,
        admitted: 1,
        perThousand: 1000 / 300,
      },
      {
        placeId: nguyenTrai.id,
        name: 'Trường THPT Nguyễn Trãi',
        unitId: anPhu.id,
        grade12Students: 400,
        sourced: 2,
        certified: 2,
        admitted: 1,
        perThousand: 2.5,
      },
      {
        placeId: tranPhu.id,
        name: 'Trường THPT Trần Phú',
        unitId: binhMinh.id,
        grade12Students: null,
        sourced: 0,
        certified: 0,
        admitted: 0,
        perThousand: null,
      },
    ]);
  });
});

describe('the enterprises of a province in 2025', () => {
  const { enterprises } = figures;

  it('counts them with a party organisation, a trade union, workers and members', () => {
    // 8 enterprises. With a party organisation: May Tân An (own), Xăng dầu (shared) = 2 (25%);
    // own 1 (12,5%); none: Gỗ, Hanwa, Phú Quý, Cơ khí, Bao bì = 5 (62,5%); unknown: the HTX.
    // Trade union: May, Gỗ, Hanwa, Xăng dầu = 4. Workers 850 + 320 + 1200 + 8 + 150 + 45 = 2573;
    // members 40 + 3 + 0 + 0 + 12 + 1 = 56, i.e. 56 000 / 2573 = 21,76… per 1,000 workers.
    expect(enterprises.all).toEqual({
      count: 8,
      withOrganisation: { count: 2, ratio: 0.25 },
      withOwn: { count: 1, ratio: 0.125 },
      withoutOrganisation: { count: 5, ratio: 0.625 },
      unknownOrganisation: 1,
      withTradeUnion: { count: 4, ratio: 0.5 },
      workers: 2573,
      partyMembers: 56,
      membersPerThousand: 56000 / 2573,
    });
    expect(enterprises.noFigures).toBe(1);
  });

  it('splits them by sector', () => {
    const { bySector } = enterprises;
    // Non-state: May (own), Gỗ, Phú Quý, Cơ khí, Bao bì = 5, one with a party organisation.
    expect(bySector.non_state.count).toBe(5);
    expect(bySector.non_state.withOrganisation).toEqual({ count: 1, ratio: 0.2 });
    expect(bySector.non_state.workers).toBe(850 + 320 + 8 + 45);
    expect(bySector.non_state.partyMembers).toBe(44);
    expect(bySector.fdi.count).toBe(1);
    expect(bySector.fdi.withOrganisation).toEqual({ count: 0, ratio: 0 });
    expect(bySector.state.count).toBe(1);
    expect(bySector.state.withOrganisation).toEqual({ count: 1, ratio: 1 });
    expect(bySector.state.withOwn).toEqual({ count: 0, ratio: 0 });
    expect(bySector.unknown.count).toBe(1);
    expect(bySector.unknown.membersPerThousand).toBeNull();
  });

  it('splits them by size from their workers', () => {
    const size = (band: keyof typeof enterprises.bySize) => [
      enterprises.bySize[band].count,
      enterprises.bySize[band].withOrganisation.count,
    ];
    // Under 10: Phú Quý (8); 10–49: Bao bì (45); 50–199: Xăng dầu (150, shared);
    // 200 and more: May (own), Gỗ, Hanwa; unknown: the HTX (no figure), Cơ khí (no workers).
    expect(size('under10')).toEqual([1, 0]);
    expect(size('from10to49')).toEqual([1, 0]);
    expect(size('from50to199')).toEqual([1, 1]);
    expect(size('from200')).toEqual([3, 1]);
    expect(size('unknown')).toEqual([2, 0]);
  });

  it('counts their people admitted in the period by occupation class', () => {
    // May Tân An: a worker (05/05) and a manager (06/06) in 2025, a worker in 2024; Hanwa: a
    // civil servant (09/09).
    expect(enterprises.admitted).toEqual({ total: 3, worker: 1, manager: 1, other: 1 });
  });

  it('lists the largest without a party organisation, by workers, blank last', () => {
    expect(enterprises.largestWithout).toEqual([
      {
        placeId: hanwa.id,
        name: hanwa.name,
        unitId: enterpriseBloc.id,
        sector: 'fdi',
        workers: 1200,
      },
      {
        placeId: goBinhMinh.id,
        name: goBinhMinh.name,
        unitId: binhMinh.id,
        sector: 'non_state',
        workers: 320,
      },
      {
        placeId: baoBi.id,
        name: baoBi.name,
        unitId: enterpriseBloc.id,
        sector: 'non_state',
        workers: 45,
      },
      { placeId: phuQuy.id, name: phuQuy.name, unitId: anPhu.id, sector: 'non_state', workers: 8 },
      {
        placeId: coKhi.id,
        name: coKhi.name,
        unitId: binhMinh.id,
        sector: 'non_state',
        workers: null,
      },
    ]);
  });
});

describe('the places of a province by direct child', () => {
  it('gives each child its places, the merged unit’s under its successor', () => {
    // An Phú: Thôn Đông (own), Tây (no member), Nam, Bắc; Nguyễn Trãi 400/1; Phú Quý, HTX.
    // Bình Minh: Tổ dân phố 1 (own), 2, 4; Lê Lợi 300/1, Trần Phú; Gỗ, Cơ khí.
    // Khối doanh nghiệp: May (own), Hanwa, Xăng dầu (shared), Bao bì.
    expect(figures.perUnit).toEqual([
      {
        unitId: anPhu.id,
        residential: 4,
        residentialOwn: { count: 1, ratio: 0.25 },
        residentialWithoutMember: 1,
        schools: 1,
        grade12Students: 400,
        schoolAdmitted: 1,
        schoolPerThousand: 2.5,
        enterprises: 2,
        enterprisesWithOrganisation: { count: 0, ratio: 0 },
      },
      {
        unitId: binhMinh.id,
        residential: 3,
        residentialOwn: { count: 1, ratio: 1 / 3 },
        residentialWithoutMember: 0,
        schools: 2,
        grade12Students: 300,
        schoolAdmitted: 1,
        schoolPerThousand: 1000 / 300,
        enterprises: 2,
        enterprisesWithOrganisation: { count: 0, ratio: 0 },
      },
      {
        unitId: enterpriseBloc.id,
        residential: 0,
        residentialOwn: { count: 0, ratio: null },
        residentialWithoutMember: 0,
        schools: 0,
        grade12Students: 0,
        schoolAdmitted: 0,
        schoolPerThousand: null,
        enterprises: 4,
        enterprisesWithOrganisation: { count: 2, ratio: 0.5 },
      },
    ]);
    expect(figures.places).toBe(7 + 3 + 8);
  });

  it('counts only a child’s own places when the child is viewed', () => {
    const view = figuresOf(provinceWorld(), binhMinh.id, YEAR_2025);
    expect(view.places).toBe(3 + 2 + 2);
    expect(view.residential.firstMembers.map((item) => item.name)).toEqual(['Tổ dân phố 4']);
    expect(view.schools.admitted).toBe(1);
    expect(view.perUnit).toEqual([expect.objectContaining({ unitId: binhMinh.id })]);
  });
});
