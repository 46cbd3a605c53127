// The province of the places e2e test: the exchange test's province (An Phú, a commune with the
// cell An Đông; Bình Minh, a ward with the cell Khu phố 1), whose two committees each send a unit
// file carrying their places (residential areas, schools, enterprises), the figures of 2026 (and
// one of 2025 that must not count) and the people of those places. Every figure the test asserts
// is computed by hand in the spec from the records below.
import type { Person, Place, PlaceFigure, Unit } from '../../src/domain/entities';
import { buildPerson, buildPlace, buildPlaceFigure, testId } from '../../test/builders';
import { anDong, anPhu, units } from './exchange-province';
import { exchangeDocument, inputFile, type InputFile } from './exchange-files';

function unitAt(index: number): Unit {
  const unit = units[index];
  if (!unit) throw new Error(`the exchange province has no unit ${index}`);
  return unit;
}
const binhMinh = unitAt(3);
const khuPho = unitAt(4);
export { anDong, anPhu, binhMinh };

const place = (unitId: string, name: string, extra: Partial<Place> = {}): Place =>
  buildPlace({ id: testId(8), unitId, name, ...extra });
const figure = (target: Place, values: Partial<PlaceFigure>): PlaceFigure =>
  buildPlaceFigure({ id: testId(8), placeId: target.id, year: 2026, ...values });
const school = (unitId: string, name: string) => place(unitId, name, { kind: 'school' });
const enterprise = (unitId: string, name: string, sector: Place['enterpriseSector']) =>
  place(unitId, name, { kind: 'enterprise', enterpriseSector: sector });

// An Phú's places.
const anDongHamlet = place(anPhu.id, 'Thôn An Đông');
const anTay = place(anPhu.id, 'Thôn An Tây');
const anNam = place(anPhu.id, 'Thôn An Nam');
const anBac = place(anPhu.id, 'Thôn An Bắc');
const anPhuSchool = school(anPhu.id, 'Trường THPT An Phú');
const garment = enterprise(anPhu.id, 'Công ty TNHH May An Phú', 'non_state');
const bricks = enterprise(anPhu.id, 'Công ty CP Gạch An Phú', 'non_state');

// Bình Minh's places.
const group1 = place(binhMinh.id, 'Tổ dân phố 1');
const group2 = place(binhMinh.id, 'Tổ dân phố 2');
const group3 = place(binhMinh.id, 'Tổ dân phố 3');
const binhMinhSchool = school(binhMinh.id, 'Trường THPT Bình Minh');
const nguyenDu = school(binhMinh.id, 'Trường THPT Nguyễn Du');
const electronics = enterprise(binhMinh.id, 'Công ty TNHH Điện tử Sao Mai', 'fdi');
const mechanics = enterprise(binhMinh.id, 'Công ty TNHH Cơ khí Bình Minh', 'non_state');
const power = enterprise(binhMinh.id, 'Công ty Điện lực Bình Minh', 'state');

const anPhuFigures = [
  figure(anDongHamlet, { households: 310, partyMembers: 12, partyOrganisation: 'own' }),
  figure(anTay, { households: 120, partyMembers: 0, partyOrganisation: 'none' }),
  figure(anNam, { households: 95, partyMembers: 0, partyOrganisation: 'shared' }),
  // Thôn An Bắc: no figure at all.
  figure(anPhuSchool, { grade12Students: 400 }),
  figure(garment, { workers: 850, partyMembers: 0, partyOrganisation: 'none', tradeUnion: true }),
  figure(bricks, { workers: 120, partyMembers: 6, partyOrganisation: 'own', tradeUnion: true }),
];

const binhMinhFigures = [
  // 2025's figure said "no member": 2026's is the one of the period.
  figure(group1, { year: 2025, partyMembers: 0, partyOrganisation: 'none' }),
  figure(group1, { households: 420, partyMembers: 20, partyOrganisation: 'own' }),
  figure(group2, { households: 260, partyMembers: 8, partyOrganisation: 'own' }),
  figure(group3, { households: 180, partyMembers: 0, partyOrganisation: 'none' }),
  figure(binhMinhSchool, { grade12Students: 600 }),
  figure(nguyenDu, { grade12Students: 250 }),
  figure(electronics, {
    workers: 1200,
    partyMembers: 2,
    partyOrganisation: 'none',
    tradeUnion: true,
  }),
  figure(mechanics, {
    workers: 35,
    partyMembers: 3,
    partyOrganisation: 'shared',
    tradeUnion: false,
  }),
  figure(power, { workers: 300, partyMembers: 45, partyOrganisation: 'own', tradeUnion: true }),
];

function person(
  unitId: string,
  fullName: string,
  of: Place,
  occupation: Person['occupation'],
  milestones: Partial<Person['milestones']>,
): Person {
  const workplaceSector = of.kind === 'enterprise' ? of.enterpriseSector : null;
  return buildPerson({
    id: testId(8),
    unitId,
    fullName,
    placeId: of.id,
    occupation,
    workplaceSector,
    milestones,
  });
}

const admitted = (on: string, sourcedOn: string, certOn: string) => ({
  sourcedOn,
  awarenessCertOn: certOn,
  applicationOn: certOn,
  cellResolutionOn: certOn,
  decisionOn: certOn,
  admittedOn: on,
});

const anPhuPeople = [
  // Thôn An Nam's first member (its 2026 figure says none).
  person(
    anDong.id,
    'Hoàng Văn Nam',
    anNam,
    'farmer',
    admitted('2026-06-10', '2025-05-04', '2025-10-12'),
  ),
  // Trường THPT An Phú: three enter the source in 2026, two get the certificate, one is admitted.
  person(
    anDong.id,
    'Vũ Thị Mai',
    anPhuSchool,
    'high_school_student',
    admitted('2026-09-02', '2026-02-10', '2026-04-15'),
  ),
  person(anDong.id, 'Đỗ Minh Khoa', anPhuSchool, 'high_school_student', {
    sourcedOn: '2026-02-10',
    awarenessCertOn: '2026-04-15',
  }),
  person(anDong.id, 'Trần Thu Trang', anPhuSchool, 'high_school_student', {
    sourcedOn: '2026-03-01',
  }),
  // A worker of the brick works, admitted in 2026.
  person(
    anDong.id,
    'Ngô Văn Thành',
    bricks,
    'worker',
    admitted('2026-07-01', '2025-03-01', '2025-11-20'),
  ),
];

const binhMinhPeople = [
  // Sourced and certified in 2025, admitted in 2026; another sourced in 2026.
  person(
    khuPho.id,
    'Bùi Thị Lan',
    binhMinhSchool,
    'high_school_student',
    admitted('2026-05-01', '2025-03-01', '2025-10-01'),
  ),
  person(khuPho.id, 'Phan Quốc Bảo', binhMinhSchool, 'high_school_student', {
    sourcedOn: '2026-09-01',
  }),
  // A manager of the power company, admitted in 2026.
  person(
    khuPho.id,
    'Lý Văn Hùng',
    power,
    'enterprise_manager',
    admitted('2026-03-15', '2025-02-01', '2025-09-01'),
  ),
];

function unitFile(
  name: string,
  source: Unit,
  unitList: Unit[],
  parts: { places: Place[]; placeFigures: PlaceFigure[]; people: Person[] },
): InputFile {
  const document = {
    ...exchangeDocument({ source, units: unitList, people: parts.people }),
    places: parts.places,
    placeFigures: parts.placeFigures,
  };
  return inputFile(name, JSON.stringify(document, null, 2));
}

/** The two committees' files, as they would send them to the province. */
export function placeFiles(): InputFile[] {
  return [
    unitFile('an-phu-dia-ban.ptdv.json', anPhu, [anPhu, anDong], {
      places: [anDongHamlet, anTay, anNam, anBac, anPhuSchool, garment, bricks],
      placeFigures: anPhuFigures,
      people: anPhuPeople,
    }),
    unitFile('binh-minh-dia-ban.ptdv.json', binhMinh, [binhMinh, khuPho], {
      places: [group1, group2, group3, binhMinhSchool, nguyenDu, electronics, mechanics, power],
      placeFigures: binhMinhFigures,
      people: binhMinhPeople,
    }),
  ];
}
