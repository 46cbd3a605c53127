// The small province the places' figures are counted by hand against (place-figures*.test.ts).
// The people are turned into the placeStats aggregate the way the db layer does it
// (placeContribution, applyContribution, packPlaceStats), in two blocks as two shards would be;
// the figures never see the people themselves.
import { buildPerson, buildPlace, buildPlaceFigure, buildUnit } from '../../test/builders';
import type { Person, Place, PlaceFigure, Unit } from './entities';
import type { Period } from './indicator-types';
import { computePlaceFigures, preparePlaces } from './place-figures';
import type { PlaceFigures } from './place-figures-types';
import {
  applyContribution,
  emptyPlacePeople,
  packPlaceStats,
  placeContribution,
  type PlacePeople,
  type PlaceStatsBlock,
} from './place-stats';

/** The placeStats blocks of some people: places alternate between `blocks` blocks. */
export function statsOf(people: readonly Person[], blocks = 2): PlaceStatsBlock[] {
  const shards = Array.from({ length: blocks }, () => new Map<string, PlacePeople>());
  const shardOf = new Map<string, number>();
  for (const person of people) {
    const contribution = placeContribution(person);
    if (!contribution) continue;
    let shard = shardOf.get(contribution.placeId);
    if (shard === undefined) {
      shard = shardOf.size % blocks;
      shardOf.set(contribution.placeId, shard);
    }
    const places = shards[shard] as Map<string, PlacePeople>;
    const placePeople = places.get(contribution.placeId) ?? emptyPlacePeople();
    places.set(contribution.placeId, placePeople);
    applyContribution(placePeople, contribution, 1);
  }
  return shards.map(packPlaceStats);
}

export interface PlaceWorld {
  units: Unit[];
  places: Place[];
  figures: PlaceFigure[];
  people: Person[];
}

export function figuresOf(world: PlaceWorld, rootUnitId: string, period: Period): PlaceFigures {
  const prepared = preparePlaces({
    places: world.places,
    placeFigures: world.figures,
    placeStats: statsOf(world.people),
  });
  return computePlaceFigures(prepared, world.units, { rootUnitId, period });
}

export const YEAR_2025: Period = { from: '2025-01-01', to: '2025-12-31' };

/** An admitted person of a place (occupation decides the enterprises' split). */
export function admitted(
  placeId: string,
  admittedOn: string,
  occupation: Person['occupation'] = 'farmer',
): Person {
  return buildPerson({ placeId, occupation, milestones: { admittedOn } });
}

export const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Tân Lập', kind: 'province' });
export const anPhu = buildUnit({
  code: 'AP',
  name: 'Đảng bộ xã An Phú',
  kind: 'upper',
  sector: 'commune',
  parentId: province.id,
});
export const anPhuCell = buildUnit({
  code: 'AP-1',
  name: 'Chi bộ thôn Đông',
  kind: 'cell',
  parentId: anPhu.id,
});
export const binhMinh = buildUnit({
  code: 'BM',
  name: 'Đảng bộ phường Bình Minh',
  kind: 'upper',
  sector: 'ward',
  parentId: province.id,
});
export const enterpriseBloc = buildUnit({
  code: 'KDN',
  name: 'Đảng ủy Khối doanh nghiệp',
  kind: 'upper',
  parentId: province.id,
});
/** Merged into An Phú on 30/06/2025: its places count under An Phú. */
export const oldCommune = buildUnit({
  code: 'XC',
  name: 'Đảng bộ xã Cũ',
  kind: 'upper',
  sector: 'commune',
  parentId: province.id,
  closedOn: '2025-06-30',
  successorId: anPhu.id,
});

const place = (name: string, unit: Unit, overrides: Partial<Place> = {}) =>
  buildPlace({ name, unitId: unit.id, ...overrides });
const figure = (target: Place, overrides: Partial<PlaceFigure>) =>
  buildPlaceFigure({ placeId: target.id, year: 2025, ...overrides });

// Residential areas.
export const thonDong = place('Thôn Đông', anPhuCell);
export const thonTay = place('Thôn Tây', anPhu);
export const thonNam = place('Thôn Nam', anPhu);
export const thonBac = place('Thôn Bắc', oldCommune);
export const toDanPho1 = place('Tổ dân phố 1', binhMinh);
export const toDanPho2 = place('Tổ dân phố 2', binhMinh);
export const toDanPho4 = place('Tổ dân phố 4', binhMinh);
/** Merged into Tổ dân phố 4 on 30/06/2024: its people count there in 2025. */
export const toDanPho4Old = place('Tổ dân phố 4 cũ', binhMinh, {
  closedOn: '2024-06-30',
  successorId: toDanPho4.id,
});
/** Opened in 2026: not a place of 2025. */
export const toDanPho5 = place('Tổ dân phố 5', binhMinh, { openedOn: '2026-02-01' });

// Schools.
const school = (name: string, unit: Unit, overrides: Partial<Place> = {}) =>
  place(name, unit, { kind: 'school', ...overrides });
export const nguyenTrai = school('Trường THPT Nguyễn Trãi', anPhu);
export const leLoi = school('Trường THPT Lê Lợi', binhMinh);
/** Merged into Lê Lợi on 31/08/2024. */
export const oldSchool = school('Trường THPT Bình Minh cũ', binhMinh, {
  closedOn: '2024-08-31',
  successorId: leLoi.id,
});
export const tranPhu = school('Trường THPT Trần Phú', binhMinh);

// Enterprises.
const enterprise = (name: string, unit: Unit, enterpriseSector: Place['enterpriseSector']) =>
  place(name, unit, { kind: 'enterprise', enterpriseSector });
export const mayTanAn = enterprise('Công ty TNHH May Tân An', enterpriseBloc, 'non_state');
export const goBinhMinh = enterprise('Công ty CP Gỗ Bình Minh', binhMinh, 'non_state');
export const hanwa = enterprise('Công ty TNHH Điện tử Hanwa', enterpriseBloc, 'fdi');
export const phuQuy = enterprise('Cửa hàng Phú Quý', anPhu, 'non_state');
export const xangDau = enterprise('Công ty Xăng dầu Tân Lập', enterpriseBloc, 'state');
export const hopTacXa = enterprise('HTX Dịch vụ An Phú', anPhu, null);
export const coKhi = enterprise('Công ty TNHH Cơ khí Hòa Bình', binhMinh, 'non_state');
export const baoBi = enterprise('Công ty Bao bì Tân Lập', enterpriseBloc, 'non_state');

export function provinceWorld(): PlaceWorld {
  return {
    units: [province, anPhu, anPhuCell, binhMinh, enterpriseBloc, oldCommune],
    places: [
      thonDong,
      thonTay,
      thonNam,
      thonBac,
      toDanPho1,
      toDanPho2,
      toDanPho4,
      toDanPho4Old,
      toDanPho5,
      nguyenTrai,
      leLoi,
      oldSchool,
      tranPhu,
      mayTanAn,
      goBinhMinh,
      hanwa,
      phuQuy,
      xangDau,
      hopTacXa,
      coKhi,
      baoBi,
    ],
    figures: [
      figure(thonDong, { partyOrganisation: 'own', partyMembers: 12 }),
      figure(thonTay, { partyOrganisation: 'shared', partyMembers: 0 }),
      figure(thonNam, { partyOrganisation: 'none', partyMembers: 0 }),
      // Only 2024: no figure for 2025.
      figure(thonBac, { year: 2024, partyOrganisation: 'own', partyMembers: 5 }),
      figure(toDanPho1, { partyOrganisation: 'own', partyMembers: 30 }),
      figure(toDanPho2, { households: 210 }),
      figure(toDanPho4, { partyOrganisation: 'none', partyMembers: 0 }),
      figure(toDanPho5, { year: 2026, partyOrganisation: 'none', partyMembers: 0 }),
      figure(nguyenTrai, { grade12Students: 400 }),
      figure(leLoi, { grade12Students: 300 }),
      figure(oldSchool, { year: 2024, grade12Students: 250 }),
      figure(mayTanAn, {
        workers: 850,
        partyOrganisation: 'own',
        tradeUnion: true,
        partyMembers: 40,
      }),
      figure(goBinhMinh, {
        workers: 320,
        partyOrganisation: 'none',
        tradeUnion: true,
        partyMembers: 3,
      }),
      figure(hanwa, {
        workers: 1200,
        partyOrganisation: 'none',
        tradeUnion: true,
        partyMembers: 0,
      }),
      figure(phuQuy, { workers: 8, partyOrganisation: 'none', tradeUnion: false, partyMembers: 0 }),
      figure(xangDau, {
        workers: 150,
        partyOrganisation: 'shared',
        tradeUnion: true,
        partyMembers: 12,
      }),
      figure(coKhi, { partyOrganisation: 'none' }),
      figure(baoBi, { workers: 45, partyOrganisation: 'none', tradeUnion: false, partyMembers: 1 }),
    ],
    people: [
      // Thôn Nam's first member; Tổ dân phố 4's, through the place it took over.
      admitted(thonNam.id, '2025-03-10'),
      admitted(toDanPho4Old.id, '2025-07-01'),
      // Nguyễn Trãi: two of three sourced in 2025, two certified, one admitted on its last day.
      buildPerson({ placeId: nguyenTrai.id, milestones: { sourcedOn: '2025-02-01' } }),
      buildPerson({
        placeId: nguyenTrai.id,
        milestones: {
          sourcedOn: '2025-02-01',
          awarenessCertOn: '2025-04-01',
          admittedOn: '2025-12-31',
        },
      }),
      buildPerson({
        placeId: nguyenTrai.id,
        milestones: {
          sourcedOn: '2024-12-31',
          awarenessCertOn: '2025-12-31',
          admittedOn: '2026-01-01',
        },
      }),
      // The old school's student, admitted on the first day of 2025, counts for Lê Lợi.
      buildPerson({
        placeId: oldSchool.id,
        milestones: { sourcedOn: '2024-03-01', admittedOn: '2025-01-01' },
      }),
      // Enterprises: a worker and a manager of May Tân An in 2025 (another in 2024), a civil
      // servant of Hanwa.
      admitted(mayTanAn.id, '2025-05-05', 'worker'),
      admitted(mayTanAn.id, '2025-06-06', 'enterprise_manager'),
      admitted(mayTanAn.id, '2024-11-11', 'worker'),
      admitted(hanwa.id, '2025-09-09', 'civil_servant'),
    ],
  };
}
