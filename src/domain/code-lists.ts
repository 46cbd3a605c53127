// Code lists from ../shared/code-lists.md. The exchange format stores the name, never a number.
import { MILESTONE_CHAIN } from './milestone-chain';
import { foldForCompare } from './text';

export interface EthnicGroup {
  /** Order of the GSO 1979 list. */
  order: number;
  name: string;
  aliases: readonly string[];
}

export const KINH = 'Kinh';

/** Extra value a unit may use for naturalised foreigners; counted as a minority (docs/code-lists.md). */
export const NATURALISED_FOREIGNER = 'Người nước ngoài nhập quốc tịch';

export const ETHNIC_GROUPS: readonly EthnicGroup[] = [
  { order: 1, name: 'Kinh', aliases: ['Việt'] },
  { order: 2, name: 'Tày', aliases: [] },
  { order: 3, name: 'Thái', aliases: [] },
  { order: 4, name: 'Hoa', aliases: ['Hán'] },
  { order: 5, name: 'Khơ-me', aliases: ['Khmer', 'Khơ me'] },
  { order: 6, name: 'Mường', aliases: [] },
  { order: 7, name: 'Nùng', aliases: [] },
  { order: 8, name: 'HMông', aliases: ['Mông', "H'Mông", 'Hmông', 'Mèo'] },
  { order: 9, name: 'Dao', aliases: [] },
  { order: 10, name: 'Gia-rai', aliases: ['Gia Rai', 'Jrai'] },
  { order: 11, name: 'Ngái', aliases: [] },
  { order: 12, name: 'Ê-đê', aliases: ['Ê Đê', 'Ede'] },
  { order: 13, name: 'Ba-na', aliases: ['Ba Na', 'Bahnar'] },
  { order: 14, name: 'Xơ-đăng', aliases: ['Xơ Đăng'] },
  { order: 15, name: 'Sán Chay', aliases: ['Cao Lan', 'Sán Chỉ'] },
  { order: 16, name: 'Cơ-ho', aliases: ['Cơ Ho', "K'Ho"] },
  { order: 17, name: 'Chăm', aliases: ['Chàm'] },
  { order: 18, name: 'Sán Dìu', aliases: [] },
  { order: 19, name: 'Hrê', aliases: [] },
  { order: 20, name: 'Mnông', aliases: ["M'Nông"] },
  { order: 21, name: 'Ra-glai', aliases: ['Raglai'] },
  { order: 22, name: 'Xtiêng', aliases: ["X'Tiêng"] },
  { order: 23, name: 'Bru-Vân Kiều', aliases: ['Bru', 'Vân Kiều'] },
  { order: 24, name: 'Thổ', aliases: [] },
  { order: 25, name: 'Giáy', aliases: [] },
  { order: 26, name: 'Cơ-tu', aliases: ['Cơ Tu'] },
  { order: 27, name: 'Gié-Triêng', aliases: ['Gié Triêng'] },
  { order: 28, name: 'Mạ', aliases: [] },
  { order: 29, name: 'Khơ-mú', aliases: ['Khơ Mú'] },
  { order: 30, name: 'Co', aliases: [] },
  { order: 31, name: 'Tà-ôi', aliases: ['Tà Ôi'] },
  { order: 32, name: 'Chơ-ro', aliases: ['Chơ Ro'] },
  { order: 33, name: 'Kháng', aliases: [] },
  { order: 34, name: 'Xinh-mun', aliases: ['Xinh Mun'] },
  { order: 35, name: 'Hà Nhì', aliases: [] },
  { order: 36, name: 'Chu-ru', aliases: ['Chu Ru'] },
  { order: 37, name: 'Lào', aliases: [] },
  { order: 38, name: 'La Chí', aliases: [] },
  { order: 39, name: 'La Ha', aliases: [] },
  { order: 40, name: 'Phù Lá', aliases: [] },
  { order: 41, name: 'La Hủ', aliases: [] },
  { order: 42, name: 'Lự', aliases: [] },
  { order: 43, name: 'Lô Lô', aliases: [] },
  { order: 44, name: 'Chứt', aliases: [] },
  { order: 45, name: 'Mảng', aliases: [] },
  { order: 46, name: 'Pà Thẻn', aliases: [] },
  { order: 47, name: 'Co Lao', aliases: [] },
  { order: 48, name: 'Cống', aliases: [] },
  { order: 49, name: 'Bố Y', aliases: [] },
  { order: 50, name: 'Si La', aliases: [] },
  { order: 51, name: 'Pu Péo', aliases: [] },
  { order: 52, name: 'Brâu', aliases: [] },
  { order: 53, name: 'Ơ Đu', aliases: [] },
  { order: 54, name: 'Rơ-măm', aliases: ['Rơ Măm'] },
];

/** Every name the app accepts as stored ethnicity: the 54 groups plus the naturalised value. */
export const ETHNICITY_NAMES: readonly string[] = [
  ...ETHNIC_GROUPS.map((group) => group.name),
  NATURALISED_FOREIGNER,
];

const ethnicityByKey = new Map<string, string>();
for (const group of ETHNIC_GROUPS) {
  ethnicityByKey.set(foldForCompare(group.name), group.name);
  for (const alias of group.aliases) ethnicityByKey.set(foldForCompare(alias), group.name);
}
ethnicityByKey.set(foldForCompare(NATURALISED_FOREIGNER), NATURALISED_FOREIGNER);

/** The stored name for a name or listed alias (NFC, case-insensitive), or undefined if unknown. */
export function resolveEthnicity(value: string): string | undefined {
  return ethnicityByKey.get(foldForCompare(value));
}

export function isEthnicMinority(ethnicity: string): boolean {
  return ethnicity !== KINH;
}

export interface Religion {
  name: string;
  aliases: readonly string[];
}

export const RELIGIONS: readonly Religion[] = [
  { name: 'Phật giáo', aliases: [] },
  { name: 'Công giáo', aliases: ['Thiên Chúa giáo'] },
  { name: 'Tin Lành', aliases: [] },
  { name: 'Cao Đài', aliases: [] },
  { name: 'Phật giáo Hòa Hảo', aliases: ['Hòa Hảo'] },
  { name: 'Hồi giáo', aliases: ['Islam'] },
  { name: "Tôn giáo Baha'i", aliases: ["Baha'i"] },
  { name: 'Tịnh độ Cư sĩ Phật hội Việt Nam', aliases: [] },
  { name: 'Cơ đốc Phục lâm Việt Nam', aliases: [] },
  { name: 'Phật giáo Tứ Ân Hiếu Nghĩa', aliases: ['Tứ Ân Hiếu Nghĩa'] },
  { name: 'Minh Sư đạo', aliases: [] },
  { name: 'Minh Lý đạo - Tam Tông Miếu', aliases: ['Minh Lý đạo'] },
  { name: 'Bà-la-môn giáo', aliases: ['Bà La Môn'] },
  { name: 'Mặc môn', aliases: ['Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô'] },
  { name: 'Phật giáo Hiếu Nghĩa Tà Lơn', aliases: [] },
  { name: 'Bửu Sơn Kỳ Hương', aliases: [] },
];

export const RELIGION_NAMES: readonly string[] = RELIGIONS.map((religion) => religion.name);

const religionByKey = new Map<string, string>();
for (const religion of RELIGIONS) {
  religionByKey.set(foldForCompare(religion.name), religion.name);
  for (const alias of religion.aliases) religionByKey.set(foldForCompare(alias), religion.name);
}

export function resolveReligion(value: string): string | undefined {
  return religionByKey.get(foldForCompare(value));
}

export const OCCUPATIONS = [
  'high_school_student',
  'university_student',
  'worker',
  'enterprise_manager',
  'farmer',
  'civil_servant',
  'armed_forces',
  'self_employed',
  'other',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

export const UNIT_KINDS = [
  'province',
  'upper',
  'grassroots_committee',
  'grassroots_cell',
  'sub_committee',
  'cell',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_SECTORS = [
  'commune',
  'ward',
  'state_agency',
  'public_service',
  'state_enterprise',
  'non_state_enterprise',
  'fdi_enterprise',
  'school',
  'armed_forces',
  'other',
] as const;
export type UnitSector = (typeof UNIT_SECTORS)[number];

export const WORKPLACE_SECTORS = ['state', 'non_state', 'fdi'] as const;
export type WorkplaceSector = (typeof WORKPLACE_SECTORS)[number];

export const EDUCATION_LEVELS = [
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'college',
  'university',
  'postgraduate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const CLASS_KINDS = ['awareness', 'new_member', 'other'] as const;
export type ClassKind = (typeof CLASS_KINDS)[number];

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** The procedure's steps in order, then the removal from the source. */
export const MILESTONE_KEYS = [...MILESTONE_CHAIN, 'removedOn'] as const;
export type MilestoneKey = (typeof MILESTONE_KEYS)[number];

/** Where the party should be present (exchange format, Place.kind). */
export const PLACE_KINDS = ['residential', 'school', 'enterprise'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** An enterprise's ownership (Place.enterpriseSector). */
export const ENTERPRISE_SECTORS = ['non_state', 'fdi', 'state'] as const;
export type EnterpriseSector = (typeof ENTERPRISE_SECTORS)[number];

/** A place's party organisation (PlaceFigure.partyOrganisation): its own, a shared chi bộ, none. */
export const PARTY_ORGANISATIONS = ['own', 'shared', 'none'] as const;
export type PartyOrganisation = (typeof PARTY_ORGANISATIONS)[number];

export const RECORD_TYPES = [
  'unit',
  'person',
  'class',
  'target',
  'memberCount',
  'place',
  'placeFigure',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
