// The names of the demo province's places: hamlets (thôn, bản, buôn, ấp) and residential groups
// (tổ dân phố, khu phố), high schools and enterprises, as a province's lists spell them. Names
// are distinct where a reader would take two equal ones for a mistake: a commune's hamlets, the
// province's schools and enterprises.
import type { EnterpriseSector } from '@/domain/code-lists';
import { PLACE_FIRST, PLACE_SECOND } from './names';
import type { Draw } from './random';

// prettier-ignore
const HAMLETS = [
  'Đồng Tâm', 'Quyết Tiến', 'Thống Nhất', 'Tân Thành', 'Hòa Bình', 'Trung Tâm', 'Đoàn Kết',
  'Bắc Sơn', 'Nam Hải', 'Phú Lợi', 'Cầu Đá', 'Bến Đò', 'Đồng Chùa', 'Yên Thịnh', 'Đông Hòa',
  'Tây Sơn', 'Xuân Đài', 'An Lạc', 'Tân Hưng', 'Phú Mỹ', 'Đồng Sen', 'Gò Mít', 'Bãi Sậy',
  'Trại Mới', 'Làng Chài', 'Đồng Lớn', 'Cây Đa', 'Hạ Long', 'Thượng', 'Trung', 'Hạ',
];
// prettier-ignore
const BAN = [
  'Nà Tấu', 'Pá Khoang', 'Nà Hạ', 'Co Mạ', 'Huổi Só', 'Nậm Ún', 'Phiêng Luông', 'Khau Vai',
  'Lũng Pù', 'Bó Mạ', 'Pác Ngòi', 'Nà Lừa', 'Tà Xùa', 'Sín Chải', 'Lao Chải', 'Hầu Thào',
  'Phìn Hồ', 'Nà Phặc', 'Khuổi Ky', 'Nặm Cắt', 'Pá Hốc', 'Mường Chanh', 'Nà Sài', 'Hua Pe',
];
// prettier-ignore
const BUON = [
  'Buôn Trấp', 'Buôn Ako Dhông', 'Buôn Kô Sia', 'Buôn Đôn', 'Buôn Tơng Jú', 'Làng Kon Klor',
  'Làng Plei Ốp', 'Buôn Kmrơng Prông', 'Làng Đê Tar', 'Buôn Ea Kmát', 'Làng Ia Ring',
  'Buôn Cư Bao',
];
// prettier-ignore
const AP = [
  'Tân Thành', 'Bình Hòa', 'Long Hưng', 'Phú Thạnh', 'Mỹ Lợi', 'Rạch Gốc', 'Cái Tắc', 'Xẻo Rô',
  'Kênh Tắt', 'Vĩnh Phước', 'Thạnh Lợi', 'Hòa Long', 'Bàu Sen', 'Giồng Trôm', 'Ngã Ba',
  'Chợ Cũ', 'Bình Thạnh', 'An Hòa', 'Phước Lộc', 'Tân Định',
];
// prettier-ignore
const SCHOOL_NAMES = [
  'Nguyễn Trãi', 'Lê Quý Đôn', 'Trần Phú', 'Phan Bội Châu', 'Nguyễn Du', 'Lê Lợi',
  'Quang Trung', 'Chu Văn An', 'Hùng Vương', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Lý Thường Kiệt',
  'Nguyễn Bỉnh Khiêm', 'Phan Đình Phùng', 'Ngô Quyền', 'Hoàng Văn Thụ', 'Võ Thị Sáu',
  'Nguyễn Thị Minh Khai', 'Lê Hồng Phong', 'Đinh Tiên Hoàng', 'Tô Hiến Thành', 'Nguyễn Khuyến',
  'Bùi Thị Xuân', 'Lương Thế Vinh', 'Trần Quốc Tuấn', 'Nguyễn Văn Cừ', 'Phan Chu Trinh',
  'Hàn Thuyên', 'Lê Thánh Tông', 'Nguyễn Đình Chiểu',
];
// prettier-ignore
const TRADES = [
  'Xây dựng', 'Thương mại và Dịch vụ', 'Vận tải', 'May mặc', 'Chế biến nông sản',
  'Vật liệu xây dựng', 'Cơ khí', 'Đầu tư và Phát triển', 'Chế biến gỗ', 'Thủy sản',
  'Thực phẩm', 'Dịch vụ nông nghiệp', 'Điện nước', 'In và Bao bì', 'Du lịch', 'Khai thác đá',
  'Môi trường', 'Công nghệ', 'Nhựa', 'Dệt may', 'Giày da', 'Phân bón', 'Dược phẩm',
  'Xăng dầu', 'Tư vấn thiết kế', 'Nội thất', 'Điện tử', 'Chăn nuôi', 'Lương thực',
];
// prettier-ignore
const BRANDS = [
  'Hoàng Long', 'Minh Phát', 'Thành Công', 'Phúc Thịnh', 'An Khang', 'Hưng Thịnh', 'Đại Phát',
  'Tân Tiến', 'Việt Hưng', 'Trường An', 'Thịnh Vượng', 'Nam Việt', 'Kim Ngân', 'Bảo Long',
  'Quang Minh', 'Hồng Phát', 'Đức Thành', 'Sao Việt', 'Hải Đăng', 'Gia Bảo',
];
const NON_STATE_FORMS: readonly (readonly [string, number])[] = [
  ['Công ty TNHH', 50],
  ['Công ty cổ phần', 22],
  ['Công ty TNHH MTV', 16],
  ['Doanh nghiệp tư nhân', 12],
];
// prettier-ignore
const FOREIGN_BRANDS = [
  'Hanbit', 'Daesung', 'Seojin', 'Sungwoo', 'Jinwoo', 'Kyoto Seiki', 'Nakamura', 'Tianyi',
  'Hengli', 'Everwin', 'Sunrise', 'Pacific Star', 'Myungsung', 'Taekwang', 'Fuji Mold',
  'Hoya Lens', 'Jiahe', 'Viko', 'Glory', 'Orient Craft',
];
// prettier-ignore
const FOREIGN_TRADES = [
  'Điện tử', 'May mặc', 'Giày', 'Linh kiện', 'Dệt', 'Cơ khí chính xác', 'Bao bì', 'Nhựa',
  'Thiết bị điện', 'Túi xách',
];
// prettier-ignore
const STATE_TRADES = [
  'Công ty TNHH MTV Lâm nghiệp', 'Công ty TNHH MTV Khai thác công trình thủy lợi',
  'Công ty Cổ phần Môi trường và Công trình đô thị', 'Công ty TNHH MTV Cao su',
  'Công ty TNHH MTV Giống cây trồng', 'Công ty Cổ phần Quản lý đường bộ',
  'Công ty Cổ phần Cấp thoát nước', 'Công ty TNHH MTV Xổ số kiến thiết',
  'Công ty Cổ phần Dược vật tư y tế', 'Công ty TNHH MTV Khai thác khoáng sản',
];

/** How a unit's residential areas are called: numbered or named, a hamlet or a street group. */
export type HamletStyle =
  'thon-number' | 'thon-name' | 'ban' | 'buon' | 'ap' | 'to-number' | 'khu-pho';

export function hamletStyle(draw: Draw, urban: boolean, mountain: boolean): HamletStyle {
  if (urban)
    return draw.weighted<HamletStyle>([
      ['to-number', 65],
      ['khu-pho', 35],
    ]);
  if (mountain)
    return draw.weighted<HamletStyle>([
      ['ban', 70],
      ['buon', 30],
    ]);
  return draw.weighted<HamletStyle>([
    ['thon-number', 40],
    ['thon-name', 35],
    ['ap', 25],
  ]);
}

/** A seeded shuffle (Fisher–Yates) of a copy of `list`. */
function shuffled<T>(draw: Draw, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(draw.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` distinct names of one unit's residential areas, in the style drawn for it. */
export function hamletNames(draw: Draw, style: HamletStyle, count: number): string[] {
  const numbered = (prefix: string) =>
    Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`);
  const named = (prefix: string, words: readonly string[]) => {
    const order = shuffled(draw, words);
    return Array.from({ length: count }, (_, index) => {
      const word = order[index % order.length] as string;
      const round = Math.floor(index / order.length);
      return `${prefix}${word}${round > 0 ? ` ${round + 1}` : ''}`;
    });
  };
  switch (style) {
    case 'thon-number':
      return numbered('Thôn');
    case 'to-number':
      return numbered('Tổ dân phố số');
    case 'thon-name':
      return named('Thôn ', HAMLETS);
    case 'ban':
      return named('Bản ', BAN);
    case 'buon':
      return named('', BUON);
    case 'ap':
      return named('Ấp ', AP);
    case 'khu-pho':
      return named('Khu phố ', [...AP.slice(0, 10), ...HAMLETS.slice(0, 12)]);
  }
}

/** Names taken in the province: a second one gets "số 2", "số 3"… */
export class NameBook {
  private readonly taken = new Set<string>();

  /** `name`, or `name số n` when it is taken. */
  claim(name: string): string {
    let result = name;
    for (let n = 2; this.taken.has(result); n += 1) result = `${name} số ${n}`;
    this.taken.add(result);
    return result;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}

/** A high school: a famous name not yet used in the province, else the area's. */
export function schoolName(draw: Draw, names: NameBook, area: string, mountain: boolean): string {
  if (mountain && !names.has(`Trường Phổ thông Dân tộc nội trú THPT ${area}`) && draw.chance(0.5))
    return names.claim(`Trường Phổ thông Dân tộc nội trú THPT ${area}`);
  const free = SCHOOL_NAMES.filter((name) => !names.has(`Trường THPT ${name}`));
  if (free.length > 0 && draw.chance(0.7)) return names.claim(`Trường THPT ${draw.pick(free)}`);
  return names.claim(`Trường THPT ${area}`);
}

/** An enterprise's name for its sector, distinct in the province. */
export function enterpriseName(
  draw: Draw,
  names: NameBook,
  sector: EnterpriseSector,
  area: string,
): string {
  const brand = () =>
    draw.chance(0.5) ? draw.pick(BRANDS) : `${draw.pick(PLACE_FIRST)} ${draw.pick(PLACE_SECOND)}`;
  let name: string;
  if (sector === 'fdi') {
    const suffix = draw.chance(0.5) ? 'Vina' : 'Việt Nam';
    name = `Công ty TNHH ${draw.pick(FOREIGN_TRADES)} ${draw.pick(FOREIGN_BRANDS)} ${suffix}`;
  } else if (sector === 'state') {
    name = `${draw.pick(STATE_TRADES)} ${area}`;
  } else {
    const form = draw.weighted(NON_STATE_FORMS);
    name = `${form} ${draw.pick(TRADES)} ${brand()}`;
  }
  // A few more draws before numbering a name already taken.
  for (let attempt = 0; attempt < 3 && names.has(name) && sector === 'non_state'; attempt += 1) {
    name = `${draw.weighted(NON_STATE_FORMS)} ${draw.pick(TRADES)} ${brand()}`;
  }
  return names.claim(name);
}

/** A code of `digits` digits, the province's two first, distinct among `codes`. */
function uniqueCode(draw: Draw, codes: Set<string>, digits: number): string {
  for (;;) {
    const code = `27${String(draw.int(0, 10 ** (digits - 2) - 1)).padStart(digits - 2, '0')}`;
    if (!codes.has(code)) {
      codes.add(code);
      return code;
    }
  }
}

/** A tax code (mã số thuế): 10 digits. */
export const taxCode = (draw: Draw, codes: Set<string>) => uniqueCode(draw, codes, 10);

/** A school's code from the education department: 8 digits. */
export const schoolCode = (draw: Draw, codes: Set<string>) => uniqueCode(draw, codes, 8);
