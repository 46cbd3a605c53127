// The words the demo province is named with: places, villages, enterprises, schools, and the
// family, middle and given names of its people (Kinh, and the minorities' common families).

// prettier-ignore
export const PLACE_FIRST = [
  'Tân', 'An', 'Hòa', 'Phú', 'Đồng', 'Quảng', 'Nghĩa', 'Thanh', 'Bình', 'Vĩnh', 'Long', 'Yên',
  'Hưng', 'Xuân', 'Minh', 'Thạch', 'Cẩm', 'Kim', 'Đại', 'Sơn', 'Phước', 'Trung', 'Ngọc', 'Hải',
  'Lộc',
];
// prettier-ignore
export const PLACE_SECOND = [
  'Lập', 'Bình', 'Lạc', 'Thịnh', 'Xuân', 'Phú', 'Hưng', 'Sơn', 'Hà', 'Lộc', 'Tiến', 'Hòa',
  'Thành', 'Mỹ', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Khánh', 'Điền', 'Châu', 'Phong', 'Quang',
  'Tân',
];
// prettier-ignore
export const MOUNTAIN_PLACES = [
  'Mường Khương', 'Bản Lầu', 'Pà Cò', 'Na Hang', 'Ea Súp', 'Krông Nô', 'Sìn Hồ', 'Pắc Nặm',
  'Nậm Pồ', 'Đắk Glei', 'Hồng Thái', 'Sủng Là',
];
// prettier-ignore
export const VILLAGES = [
  'Đồng Tâm', 'Quyết Tiến', 'Thống Nhất', 'Tân Thành', 'Hòa Bình', 'Trung Tâm', 'Đoàn Kết',
  'Bắc Sơn', 'Nam Hải', 'Phú Lợi', 'Cầu Đá', 'Bến Đò', 'Gò Sặt', 'Đồng Chùa', 'Rạch Miễu',
];
/** The enterprises whose party organisation sits in the enterprises' committee, with their sector. */
export const ENTERPRISES: readonly (readonly [string, 'non_state' | 'fdi' | 'state'])[] = [
  ['Công ty Cổ phần May Tân Lập', 'non_state'],
  ['Công ty TNHH Điện tử Sao Mai', 'non_state'],
  ['Công ty Cổ phần Mía đường Sơn Hà', 'non_state'],
  ['Công ty TNHH Giày da Phú Hưng', 'non_state'],
  ['Công ty Điện lực Sơn Hà', 'state'],
  ['Công ty Cổ phần Cấp nước Sơn Hà', 'state'],
  ['Công ty TNHH Chế biến Thủy sản Biển Đông', 'non_state'],
  ['Công ty Xi măng Hoàng Long', 'state'],
  ['Công ty TNHH Điện tử Hanbit Vina', 'fdi'],
  ['Công ty TNHH May mặc Everwin Việt Nam', 'fdi'],
];
// prettier-ignore
export const SCHOOLS = [
  'Trường Trung học phổ thông', 'Trường Trung học cơ sở', 'Trường Tiểu học', 'Trường Mầm non',
];

export const KINH_FAMILIES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 3],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1],
  ['Trương', 1],
  ['Đoàn', 0.8],
];
export const MALE_MIDDLE = [
  'Văn',
  'Đức',
  'Minh',
  'Hữu',
  'Quang',
  'Thanh',
  'Công',
  'Xuân',
  'Ngọc',
  'Tiến',
];
export const FEMALE_MIDDLE = [
  'Thị',
  'Thị',
  'Thị',
  'Ngọc',
  'Thu',
  'Thanh',
  'Hồng',
  'Kim',
  'Minh',
  'Diệu',
];
// prettier-ignore
export const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa',
  'Kiên', 'Long', 'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng',
  'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh',
];
// prettier-ignore
export const FEMALE_GIVEN = [
  'Anh', 'Ánh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền',
  'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo',
  'Trang', 'Tuyết', 'Vân', 'Yến',
];

/** Minority groups by weight, each with family names common among them. */
export const MINORITIES: readonly (readonly [
  { ethnicity: string; families: readonly string[] },
  number,
])[] = [
  [{ ethnicity: 'Tày', families: ['Hoàng', 'Nông', 'Lộc', 'Lương', 'Ma'] }, 18],
  [{ ethnicity: 'Thái', families: ['Lò', 'Cầm', 'Lường', 'Quàng', 'Vi'] }, 16],
  [{ ethnicity: 'Mường', families: ['Bùi', 'Đinh', 'Quách', 'Hà'] }, 13],
  [{ ethnicity: 'Nùng', families: ['Nông', 'Hoàng', 'Lăng', 'Chu'] }, 10],
  [{ ethnicity: 'HMông', families: ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lý'] }, 10],
  [{ ethnicity: 'Khơ-me', families: ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm'] }, 9],
  [{ ethnicity: 'Dao', families: ['Triệu', 'Bàn', 'Đặng', 'Lý'] }, 8],
  [{ ethnicity: 'Hoa', families: ['Lâm', 'Trương', 'Quách', 'Lưu'] }, 5],
  [{ ethnicity: 'Ê-đê', families: ['Niê', 'Mlô', 'Ayun', 'Byă'] }, 4],
  [{ ethnicity: 'Gia-rai', families: ['Ksor', 'Rơ Châm', 'Siu', 'Rah Lan'] }, 4],
  [{ ethnicity: 'Chăm', families: ['Đàng', 'Thành', 'Lưu', 'Quảng'] }, 3],
];
