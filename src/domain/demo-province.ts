// A generated province for demonstrations and benchmarks: the 2025 tree (province → upper units
// → grassroots → cells) with one or two units closed and merged into a successor, people at
// every stage of the procedure with shares close to the province's report (≈63% youth union,
// ≈54% women, ≈18% ethnic minorities, ≈2% religious), classes with their attendees, quotas and
// member counts. Deterministic for a seed: the same seed gives the same province, ids included.
//
// Speed matters (a quarter of a million people in a few seconds), so dates are drawn as day
// numbers and turned into ISO strings once, and records are built without validation; the tests
// check a sample against the exchange schema and the form's rules.
import type { EducationLevel, Occupation, UnitSector, WorkplaceSector } from './code-lists';
import { addMonths, fromDayNumber, localIsoDate, toDayNumber, yearOf, type IsoDate } from './dates';
import type { MemberCount, Milestones, Person, Target, TrainingClass, Unit } from './entities';

export interface GenerateProvinceOptions {
  seed: number;
  /** How many people (candidates and members) to generate. */
  people: number;
  /** How many open upper units (đảng bộ trực thuộc); scaled to the people when absent. */
  units?: number;
  /** How many upper units closed by the 2025 merger (default: 2 from 6 open ones, else 1). */
  closedUnits?: number;
  /** People per leaf unit (cell or chi bộ cơ sở), which sets the size of the tree (default 120). */
  peoplePerLeaf?: number;
  /** The size an awareness class is filled to (default 60; new-member classes ¾ of it). */
  classSize?: number;
  /** First year of admissions (default 2020). */
  fromYear?: number;
  /** Last year of quotas and member counts (default: today's year). */
  toYear?: number;
  /** The day the province is seen from: nothing is dated after it (default: the local today). */
  today?: IsoDate;
}

export interface GeneratedProvince {
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
}

/** The day the 2025 reorganisation took effect: the units it closed closed the day before. */
const REORGANISED_ON = '2025-07-01';
const CLOSED_ON = '2025-06-30';
/** The last year of the quota span of the 2020–2025 term. */
const TERM_END_YEAR = 2025;

/** mulberry32: small, fast, and good enough for demo data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HEX = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));
const byteHex = (value: number): string => HEX[value & 255] as string;
const hex4 = (word: number): string =>
  byteHex(word >>> 24) + byteHex(word >>> 16) + byteHex(word >>> 8) + byteHex(word);

class Draw {
  constructor(readonly next: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** A value by weight: [[value, weight], …]. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of table) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r < 0) return value;
    }
    return (table[table.length - 1] as readonly [T, number])[0];
  }

  /** A version-4 UUID from the seeded stream, so ids repeat with the seed. */
  uuid(): string {
    const w0 = this.word();
    const w1 = this.word();
    const w2 = this.word();
    const w3 = this.word();
    return (
      hex4(w0) +
      '-' +
      byteHex(w1 >>> 24) +
      byteHex(w1 >>> 16) +
      '-' +
      byteHex(((w1 >>> 8) & 0x0f) | 0x40) +
      byteHex(w1) +
      '-' +
      byteHex(((w2 >>> 24) & 0x3f) | 0x80) +
      byteHex(w2 >>> 16) +
      '-' +
      byteHex(w2 >>> 8) +
      byteHex(w2) +
      hex4(w3)
    );
  }

  private word(): number {
    return Math.floor(this.next() * 4_294_967_296);
  }
}

// Names --------------------------------------------------------------------------------------

// prettier-ignore
const PLACE_FIRST = [
  'Tân', 'An', 'Hòa', 'Phú', 'Đồng', 'Quảng', 'Nghĩa', 'Thanh', 'Bình', 'Vĩnh', 'Long', 'Yên',
  'Hưng', 'Xuân', 'Minh', 'Thạch', 'Cẩm', 'Kim', 'Đại', 'Sơn', 'Phước', 'Trung', 'Ngọc', 'Hải',
  'Lộc',
];
// prettier-ignore
const PLACE_SECOND = [
  'Lập', 'Bình', 'Lạc', 'Thịnh', 'Xuân', 'Phú', 'Hưng', 'Sơn', 'Hà', 'Lộc', 'Tiến', 'Hòa',
  'Thành', 'Mỹ', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Khánh', 'Điền', 'Châu', 'Phong', 'Quang',
  'Tân',
];
// prettier-ignore
const MOUNTAIN_PLACES = [
  'Mường Khương', 'Bản Lầu', 'Pà Cò', 'Na Hang', 'Ea Súp', 'Krông Nô', 'Sìn Hồ', 'Pắc Nặm',
  'Nậm Pồ', 'Đắk Glei', 'Hồng Thái', 'Sủng Là',
];
// prettier-ignore
const VILLAGES = [
  'Đồng Tâm', 'Quyết Tiến', 'Thống Nhất', 'Tân Thành', 'Hòa Bình', 'Trung Tâm', 'Đoàn Kết',
  'Bắc Sơn', 'Nam Hải', 'Phú Lợi', 'Cầu Đá', 'Bến Đò', 'Gò Sặt', 'Đồng Chùa', 'Rạch Miễu',
];
// prettier-ignore
const ENTERPRISES = [
  'Công ty Cổ phần May Tân Lập', 'Công ty TNHH Điện tử Sao Mai', 'Công ty Cổ phần Mía đường',
  'Công ty TNHH Giày da Phú Hưng', 'Công ty Điện lực tỉnh', 'Công ty Cổ phần Cấp nước',
  'Công ty TNHH Chế biến Thủy sản Biển Đông', 'Công ty Xi măng Hoàng Long',
];
// prettier-ignore
const SCHOOLS = [
  'Trường Trung học phổ thông', 'Trường Trung học cơ sở', 'Trường Tiểu học', 'Trường Mầm non',
];

const KINH_FAMILIES: readonly (readonly [string, number])[] = [
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
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Tiến'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Hồng', 'Kim', 'Minh', 'Diệu'];
// prettier-ignore
const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa',
  'Kiên', 'Long', 'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng',
  'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh',
];
// prettier-ignore
const FEMALE_GIVEN = [
  'Anh', 'Ánh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền',
  'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo',
  'Trang', 'Tuyết', 'Vân', 'Yến',
];

/** Minority groups by weight, each with family names common among them. */
const MINORITIES: readonly (readonly [
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

const RELIGIONS_BY_WEIGHT: readonly (readonly [string, number])[] = [
  ['Phật giáo', 45],
  ['Công giáo', 30],
  ['Tin Lành', 8],
  ['Cao Đài', 8],
  ['Phật giáo Hòa Hảo', 7],
  ['Hồi giáo', 2],
];

const OCCUPATIONS_BY_WEIGHT: readonly (readonly [Occupation, number])[] = [
  ['high_school_student', 3],
  ['university_student', 6],
  ['worker', 16],
  ['enterprise_manager', 3],
  ['farmer', 24],
  ['civil_servant', 27],
  ['armed_forces', 8],
  ['self_employed', 8],
  ['other', 5],
];

const EDUCATION_BY_WEIGHT: readonly (readonly [EducationLevel, number])[] = [
  ['primary', 1],
  ['lower_secondary', 6],
  ['upper_secondary', 33],
  ['vocational', 12],
  ['college', 10],
  ['university', 35],
  ['postgraduate', 3],
];

/** Age bands at the chi bộ vote, by weight: most new members are young. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 30], 70],
  [[31, 40], 20],
  [[41, 50], 8],
  [[51, 59], 2],
];

/** Anniversaries on which chi bộ like to hold admission ceremonies (3/2, 19/5, 2/9, 7/11). */
const ANNIVERSARIES = ['02-03', '05-19', '09-02', '11-07'];

// Units ----------------------------------------------------------------------------------------

interface UpperPlan {
  unit: Unit;
  /** Share of ethnic minorities among its people. */
  minorityRate: number;
  kind: 'commune' | 'ward' | 'agency' | 'armed' | 'enterprise';
  /** Leaf units (cells and chi bộ cơ sở) where people are developed. */
  leaves: Unit[];
  /** Relative size of the unit (people drawn to it). */
  weight: number;
  /** For a closed upper unit: its successor's plan. */
  successor?: UpperPlan;
}

interface UnitFactory {
  add(
    fields: Omit<Unit, 'id' | 'updatedAt' | 'sector' | 'openedOn' | 'closedOn' | 'successorId'> &
      Partial<Pick<Unit, 'sector' | 'openedOn' | 'closedOn' | 'successorId'>>,
  ): Unit;
}

function placeNames(draw: Draw, count: number): string[] {
  const all: string[] = [];
  for (const first of PLACE_FIRST) {
    for (const second of PLACE_SECOND) if (first !== second) all.push(`${first} ${second}`);
  }
  // Fisher–Yates with the seeded stream: distinct names in a seed-dependent order.
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(draw.next() * (i + 1));
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  const names = all.slice(0, count);
  for (let i = names.length; i < count; i += 1) names.push(`${all[i % all.length]} ${i}`);
  return names;
}

/** The same calendar day `years` earlier (29 February falls on the 28th in a common year). */
function yearsBefore(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) - years;
  const rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Grassroots units and their cells under an upper unit; returns the leaves. */
function buildSubtree(
  draw: Draw,
  factory: UnitFactory,
  upper: Unit,
  kind: UpperPlan['kind'],
  cells: number,
  place: string,
  closed: Pick<Unit, 'closedOn'> | null,
): Unit[] {
  const leaves: Unit[] = [];
  const grassroots = Math.max(1, Math.round(Math.sqrt(cells)));
  const perGrassroots = Math.max(1, Math.ceil(cells / grassroots));
  const extra = closed ? { closedOn: closed.closedOn } : {};
  for (let g = 1; g <= grassroots; g += 1) {
    const code = `${upper.code}.${pad(g)}`;
    const village = VILLAGES[(g - 1) % VILLAGES.length] as string;
    if (perGrassroots === 1 || draw.chance(0.25)) {
      // A chi bộ cơ sở: a grassroots unit without cells, people filed directly under it.
      const name =
        kind === 'enterprise'
          ? `Chi bộ ${draw.pick(ENTERPRISES)}`
          : kind === 'agency'
            ? `Chi bộ Sở ${draw.pick(['Tư pháp', 'Công Thương', 'Y tế', 'Giáo dục và Đào tạo', 'Tài chính', 'Xây dựng'])}`
            : kind === 'armed'
              ? `Chi bộ Đại đội ${g}`
              : `Chi bộ ${draw.pick(SCHOOLS)} ${place}`;
      const sector: UnitSector =
        kind === 'enterprise'
          ? 'non_state_enterprise'
          : kind === 'agency'
            ? 'state_agency'
            : kind === 'armed'
              ? 'armed_forces'
              : 'school';
      leaves.push(
        factory.add({ code, name, kind: 'grassroots_cell', parentId: upper.id, sector, ...extra }),
      );
      continue;
    }
    const committeeName =
      kind === 'armed'
        ? `Đảng bộ Tiểu đoàn ${g}`
        : kind === 'agency'
          ? `Đảng bộ Sở ${draw.pick(['Nội vụ', 'Nông nghiệp và Môi trường', 'Khoa học và Công nghệ', 'Văn hóa, Thể thao và Du lịch'])}`
          : kind === 'enterprise'
            ? `Đảng bộ ${draw.pick(ENTERPRISES)}`
            : `Đảng bộ cụm ${village}`;
    const committee = factory.add({
      code,
      name: committeeName,
      kind: 'grassroots_committee',
      parentId: upper.id,
      sector: kind === 'ward' ? 'ward' : kind === 'commune' ? 'commune' : null,
      ...extra,
    });
    for (let c = 1; c <= perGrassroots; c += 1) {
      const cellName =
        kind === 'ward'
          ? `Chi bộ tổ dân phố số ${c}`
          : kind === 'commune'
            ? `Chi bộ thôn ${VILLAGES[(g * 7 + c) % VILLAGES.length]}${c > VILLAGES.length ? ` ${c}` : ''}`
            : kind === 'armed'
              ? `Chi bộ Trung đội ${c}`
              : `Chi bộ phòng ${c}`;
      leaves.push(
        factory.add({
          code: `${code}.${pad(c)}`,
          name: cellName,
          kind: 'cell',
          parentId: committee.id,
          ...extra,
        }),
      );
    }
  }
  return leaves;
}

// People ---------------------------------------------------------------------------------------

interface Timeline {
  milestones: Milestones;
  /** The day the person's age is set against (the vote, or today for early stages). */
  ageDay: number;
  ageBand: readonly [number, number];
}

const NO_MILESTONES: Milestones = {
  sourcedOn: null,
  awarenessCertOn: null,
  applicationOn: null,
  cellResolutionOn: null,
  decisionOn: null,
  admittedOn: null,
  officialOn: null,
  removedOn: null,
};

/**
 * The tree, the classes as people are dated, and how one person is drawn: what generateProvince
 * and streamProvince share. `draw` is the stream the tree was drawn from.
 */
function provinceModel(options: GenerateProvinceOptions) {
  const draw = new Draw(createRandom(options.seed));
  const today = options.today ?? localIsoDate();
  const todayDay = toDayNumber(today);
  const fromYear = options.fromYear ?? 2020;
  const toYear = options.toYear ?? yearOf(today);
  const stamp = `${today}T00:00:00.000Z`;
  const peopleCount = Math.max(0, Math.floor(options.people));

  // The tree ---------------------------------------------------------------------------------
  const units: Unit[] = [];
  const factory: UnitFactory = {
    add(fields) {
      const unit: Unit = {
        id: draw.uuid(),
        updatedAt: stamp,
        sector: null,
        openedOn: null,
        closedOn: null,
        successorId: null,
        ...fields,
      };
      units.push(unit);
      return unit;
    },
  };
  const root = factory.add({
    code: 'TU',
    name: 'Đảng bộ tỉnh Sơn Hà (dữ liệu mẫu)',
    kind: 'province',
    parentId: null,
  });

  const upperCount = Math.max(
    options.closedUnits === 0 ? 1 : 2,
    options.units ?? Math.min(40, Math.max(4, Math.round(Math.sqrt(peopleCount) / 20))),
  );
  // About 120 people per leaf unit: enough cells to look like a province, few enough aggregate
  // rows for the dashboard to read quickly.
  const leavesPerUpper = Math.max(
    2,
    Math.round(peopleCount / (options.peoplePerLeaf ?? 120) / upperCount),
  );
  const places = placeNames(draw, upperCount + 2);
  const uppers: UpperPlan[] = [];
  const special: UpperPlan['kind'][] = ['agency', 'armed', 'enterprise'];
  let mountainNames = 0;
  for (let i = 0; i < upperCount; i += 1) {
    const kind: UpperPlan['kind'] =
      upperCount >= 8 && i < special.length
        ? (special[i] as UpperPlan['kind'])
        : i % 3 === 2
          ? 'ward'
          : 'commune';
    // Some communes lie in the mountains, where many people belong to a minority.
    const mountain = kind === 'commune' && (i % 4 === 1 || i % 4 === 3 || upperCount < 5);
    const place =
      (mountain ? MOUNTAIN_PLACES[mountainNames++] : undefined) ?? (places[i] as string);
    const name =
      kind === 'agency'
        ? 'Đảng bộ các cơ quan Đảng và chính quyền tỉnh'
        : kind === 'armed'
          ? 'Đảng bộ Quân sự tỉnh'
          : kind === 'enterprise'
            ? 'Đảng bộ Khối doanh nghiệp tỉnh'
            : `Đảng bộ ${kind === 'ward' ? 'phường' : 'xã'} ${place}`;
    const sector: UnitSector =
      kind === 'agency'
        ? 'state_agency'
        : kind === 'armed'
          ? 'armed_forces'
          : kind === 'enterprise'
            ? 'other'
            : kind;
    const unit = factory.add({
      code: `DB${pad(i + 1)}`,
      name,
      kind: 'upper',
      parentId: root.id,
      sector,
      openedOn: kind === 'commune' || kind === 'ward' ? REORGANISED_ON : null,
    });
    const plan: UpperPlan = {
      unit,
      kind,
      minorityRate: mountain ? 1 : 0,
      leaves: [],
      weight: 0.6 + draw.next() * 0.8,
    };
    plan.leaves = buildSubtree(draw, factory, unit, kind, leavesPerUpper, place, null);
    uppers.push(plan);
  }

  // One or two former district committees, closed by the 2025 reorganisation and merged into a
  // commune: their history (admissions before the merger) counts under the successor today.
  const closedPlans: UpperPlan[] = [];
  const canClose = today > REORGANISED_ON && fromYear <= TERM_END_YEAR;
  const closedCount = canClose ? (options.closedUnits ?? (upperCount >= 6 ? 2 : 1)) : 0;
  const communes = uppers.filter((plan) => plan.kind === 'commune' || plan.kind === 'ward');
  for (let i = 0; i < closedCount && communes.length > 0; i += 1) {
    const successor = communes[i % communes.length] as UpperPlan;
    const place = places[upperCount + i] as string;
    const unit = factory.add({
      code: `H${pad(i + 1)}`,
      name: `Đảng bộ huyện ${place}`,
      kind: 'upper',
      parentId: root.id,
      sector: 'other',
      closedOn: CLOSED_ON,
      successorId: successor.unit.id,
    });
    const leaves = buildSubtree(
      draw,
      factory,
      unit,
      'commune',
      Math.max(2, Math.round(leavesPerUpper / 2)),
      place,
      { closedOn: CLOSED_ON },
    );
    // Each closed grassroots unit or cell merged into a leaf of the successor.
    for (const leaf of leaves) leaf.successorId = draw.pick(successor.leaves).id;
    for (const unitOf of units) {
      if (unitOf.parentId === unit.id && unitOf.kind === 'grassroots_committee') {
        unitOf.successorId = successor.unit.id;
      }
    }
    closedPlans.push({
      unit,
      kind: 'commune',
      minorityRate: successor.minorityRate,
      leaves,
      weight: successor.weight * 0.5,
      successor,
    });
  }
  const allPlans = [...uppers, ...closedPlans];
  // Minority shares: 5% in the lowlands, the mountain communes' share chosen so that the province
  // as a whole comes to about 18% (its report's figure), whatever the units' sizes.
  const LOWLAND_MINORITY = 0.05;
  const PROVINCE_MINORITY = 0.18;
  let mountainWeight = 0;
  let totalWeight = 0;
  for (const plan of allPlans) {
    totalWeight += plan.weight;
    if (plan.minorityRate === 1) mountainWeight += plan.weight;
  }
  const mountainRate =
    mountainWeight > 0
      ? Math.min(
          0.95,
          (PROVINCE_MINORITY * totalWeight - LOWLAND_MINORITY * (totalWeight - mountainWeight)) /
            mountainWeight,
        )
      : LOWLAND_MINORITY;
  for (const plan of allPlans) {
    plan.minorityRate = plan.minorityRate === 1 ? mountainRate : LOWLAND_MINORITY;
  }
  const planWeights = allPlans.map((plan) => [plan, plan.weight] as const);

  // Classes, made as people are dated: one awareness class per upper unit and period of a few
  // months (its people's certificates are dated its last day), one new-member class per upper
  // unit and period for those admitted before it. The periods are as long as it takes to fill a
  // class of 40–60 (a month in a province, up to a year in a small demo). The organiser is the
  // upper unit open at the time.
  const monthsCovered = Math.max(1, (yearOf(today) - fromYear) * 12 + Number(today.slice(5, 7)));
  const perPlanMonthly = peopleCount / (allPlans.length * monthsCovered);
  const bucketMonths = (classSize: number, share: number) =>
    Math.min(12, Math.max(1, Math.round(classSize / Math.max(1e-9, perPlanMonthly * share))));
  const classSize = options.classSize ?? 60;
  const BUCKET = {
    awareness: bucketMonths(classSize, 0.9),
    new_member: bucketMonths(classSize * 0.75, 0.7),
  };
  const classes = new Map<number, TrainingClass & { linked: number }>();
  const planIndex = new Map(allPlans.map((plan, index) => [plan, index]));
  // Month (year × 12 + month − 1) of a day number, remembered: a few thousand distinct days
  // recur hundreds of thousands of times.
  const monthIndexMemo = new Map<number, number>();
  const monthIndexOf = (day: number): number => {
    let monthIndex = monthIndexMemo.get(day);
    if (monthIndex === undefined) {
      const date = fromDayNumber(day);
      monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
      monthIndexMemo.set(day, monthIndex);
    }
    return monthIndex;
  };
  /** The class a day falls in; a new class's dates and id come from `drawFor(its key)`. */
  const classFor = (
    plan: UpperPlan,
    kind: 'awareness' | 'new_member',
    day: number,
    drawFor: (key: number) => Draw,
  ): (TrainingClass & { linked: number }) | null => {
    // Awareness classes sit in the first month of their period (a certificate can only move
    // earlier, before the application), new-member classes in the last (after the admission).
    const monthIndex = monthIndexOf(day);
    const months = BUCKET[kind];
    const first = Math.floor(monthIndex / months) * months;
    const chosen = kind === 'awareness' ? first : first + months - 1;
    const closedOn = plan.unit.closedOn;
    const successorTakesOver =
      closedOn !== null &&
      plan.successor !== undefined &&
      chosen > monthIndexOf(toDayNumber(closedOn));
    const organiser = successorTakesOver ? (plan.successor as UpperPlan) : plan;
    const key =
      ((planIndex.get(organiser) as number) * 2 + (kind === 'awareness' ? 0 : 1)) * 1e6 + chosen;
    let klass = classes.get(key);
    if (!klass) {
      const monthStart = `${String(Math.floor(chosen / 12)).padStart(4, '0')}-${pad((chosen % 12) + 1)}-01`;
      const classDraw = drawFor(key);
      const startDay = toDayNumber(monthStart) + classDraw.int(2, 18);
      const endDay = startDay + (kind === 'awareness' ? classDraw.int(3, 5) : classDraw.int(2, 4));
      if (endDay > todayDay) return null;
      const number = classes.size + 1;
      klass = {
        id: classDraw.uuid(),
        updatedAt: stamp,
        unitId: organiser.unit.id,
        kind,
        title:
          kind === 'awareness'
            ? `Lớp bồi dưỡng nhận thức về Đảng khóa ${number}/${monthStart.slice(0, 4)}`
            : `Lớp bồi dưỡng đảng viên mới khóa ${number}/${monthStart.slice(0, 4)}`,
        startOn: fromDayNumber(startDay),
        endOn: fromDayNumber(endDay),
        attendeeCount: 0,
        linked: 0,
      };
      classes.set(key, klass);
    }
    return klass;
  };

  const firstDay = toDayNumber(`${fromYear}-01-01`);
  const admittedSpan = Math.max(1, todayDay - firstDay);

  /**
   * One person drawn for an upper unit, from `draw`; the plan returned is the unit the person
   * is filed under (the successor, for someone admitted after the merger or still a candidate).
   */
  const drawPerson = (
    draw: Draw,
    drawnPlan: UpperPlan,
    drawFor: (key: number) => Draw,
  ): { person: Person; plan: UpperPlan } => {
    let plan = drawnPlan;
    const gender = draw.chance(0.54) ? 'female' : 'male';

    // Where the person stands today.
    const stage = draw.weighted<string>([
      ['admitted', 70],
      ['source', 8],
      ['certified', 6],
      ['applied', 5],
      ['resolved', 4.5],
      ['decided', 3],
      ['removed', 3.5],
    ]);
    const milestones: Milestones = { ...NO_MILESTONES };
    let timeline: Timeline;
    let awarenessClass: (TrainingClass & { linked: number }) | null = null;
    let newMemberClass: (TrainingClass & { linked: number }) | null = null;
    const ageBand = draw.weighted(AGE_BANDS);

    if (stage === 'admitted') {
      let admittedDay = firstDay + draw.int(0, admittedSpan);
      if (draw.chance(0.3)) {
        // Many ceremonies fall on an anniversary of the year drawn.
        const anniversary = toDayNumber(
          `${fromDayNumber(admittedDay).slice(0, 4)}-${draw.pick(ANNIVERSARIES)}`,
        );
        if (anniversary >= firstDay && anniversary <= todayDay) admittedDay = anniversary;
      }
      if (plan.unit.closedOn && fromDayNumber(admittedDay) > plan.unit.closedOn) {
        plan = plan.successor ?? plan;
      }
      // Backwards from the ceremony, inside the legal limits (30 and 60 working days).
      const decisionDay = admittedDay - draw.int(3, 35);
      const resolutionDay = decisionDay - draw.int(10, 75);
      const applicationDay = resolutionDay - draw.int(20, 120);
      const certDay = applicationDay - draw.int(35, 200);
      awarenessClass = classFor(plan, 'awareness', certDay, drawFor);
      const cert = awarenessClass ? toDayNumber(awarenessClass.endOn) : certDay;
      milestones.sourcedOn = fromDayNumber(cert - draw.int(30, 400));
      milestones.awarenessCertOn = fromDayNumber(cert);
      milestones.applicationOn = fromDayNumber(applicationDay);
      milestones.cellResolutionOn = fromDayNumber(resolutionDay);
      milestones.decisionOn = fromDayNumber(decisionDay);
      milestones.admittedOn = fromDayNumber(admittedDay);
      const admittedOn = milestones.admittedOn;
      const probationEnd = toDayNumber(addMonths(admittedOn, 12));
      if (draw.chance(0.005)) {
        // Struck off during probation.
        const removed = admittedDay + draw.int(30, 300);
        if (removed <= todayDay) milestones.removedOn = fromDayNumber(removed);
      } else {
        const official = probationEnd + draw.int(1, 40);
        // A few files wait past the 30 working days: overdue official reviews.
        if (official <= todayDay && !draw.chance(0.03))
          milestones.officialOn = fromDayNumber(official);
      }
      const classDay = admittedDay + draw.int(30, 150);
      if (!milestones.removedOn && classDay <= todayDay) {
        newMemberClass = classFor(plan, 'new_member', classDay, drawFor);
      }
      timeline = { milestones, ageDay: resolutionDay, ageBand };
    } else {
      if (plan.unit.closedOn) plan = plan.successor ?? plan;
      // Candidates: the latest step taken recently; a few resolutions and decisions left waiting
      // past their deadline (overdue).
      const steps = ['source', 'certified', 'applied', 'resolved', 'decided'];
      const reached = stage === 'removed' ? draw.int(0, 2) : steps.indexOf(stage);
      const lastStepDay = [
        todayDay - draw.int(10, 700),
        todayDay - draw.int(10, 600),
        todayDay - draw.int(5, 300),
        todayDay - draw.int(1, 120),
        todayDay - draw.int(1, 50),
      ];
      let day = lastStepDay[reached] as number;
      if (reached >= 4) milestones.decisionOn = fromDayNumber(day);
      if (reached >= 3) {
        if (reached > 3) day -= draw.int(10, 75);
        milestones.cellResolutionOn = fromDayNumber(day);
      }
      if (reached >= 2) {
        if (reached > 2) day -= draw.int(20, 120);
        milestones.applicationOn = fromDayNumber(day);
      }
      if (reached >= 1) {
        if (reached > 1) day -= draw.int(35, 200);
        awarenessClass = classFor(plan, 'awareness', day, drawFor);
        // The certificate is dated the class's last day, unless that falls after the next step.
        const nextStep = milestones.applicationOn
          ? toDayNumber(milestones.applicationOn)
          : todayDay;
        const classEnd = awarenessClass ? toDayNumber(awarenessClass.endOn) : Infinity;
        if (classEnd <= nextStep) day = classEnd;
        else awarenessClass = null;
        milestones.awarenessCertOn = fromDayNumber(day);
        day -= draw.int(30, 400);
      }
      milestones.sourcedOn = fromDayNumber(day);
      if (stage === 'removed') {
        milestones.removedOn = fromDayNumber(Math.min(todayDay, day + draw.int(60, 500)));
        if (
          (milestones.applicationOn && milestones.applicationOn > milestones.removedOn) ||
          (milestones.awarenessCertOn && milestones.awarenessCertOn > milestones.removedOn)
        ) {
          milestones.removedOn = fromDayNumber(todayDay);
        }
      }
      timeline = {
        milestones,
        ageDay: milestones.cellResolutionOn ? toDayNumber(milestones.cellResolutionOn) : todayDay,
        ageBand,
      };
    }
    if (awarenessClass) awarenessClass.linked += 1;
    if (newMemberClass) newMemberClass.linked += 1;

    // Age: in its band on the day that matters (the vote; today for someone not yet voted on).
    const [minAge, maxAge] = timeline.ageBand;
    let occupation = draw.weighted(OCCUPATIONS_BY_WEIGHT);
    if (plan.kind === 'armed' && draw.chance(0.8)) occupation = 'armed_forces';
    if (plan.kind === 'agency' && draw.chance(0.7)) occupation = 'civil_servant';
    if (plan.kind === 'enterprise' && draw.chance(0.7))
      occupation = draw.chance(0.85) ? 'worker' : 'enterprise_manager';
    let age = draw.int(minAge, maxAge);
    if (occupation === 'high_school_student') age = 18;
    else if (occupation === 'university_student') age = draw.int(18, 23);
    const ageDate = fromDayNumber(timeline.ageDay);
    // Born 1–360 days before the birthday that makes them `age` on that day: exactly `age`.
    const birthDate = fromDayNumber(toDayNumber(yearsBefore(ageDate, age)) - draw.int(1, 360));
    // Đoàn viên are 16–30; most young new members are.
    const youthUnion = age <= 30 && draw.chance(0.87);

    const minority = draw.chance(plan.minorityRate);
    const group = minority ? draw.weighted(MINORITIES) : null;
    const family = group ? draw.pick(group.families) : draw.weighted(KINH_FAMILIES);
    const fullName =
      gender === 'female'
        ? `${family} ${draw.pick(FEMALE_MIDDLE)} ${draw.pick(FEMALE_GIVEN)}`
        : `${family} ${draw.pick(MALE_MIDDLE)} ${draw.pick(MALE_GIVEN)}`;
    const religion = draw.chance(0.02) ? draw.weighted(RELIGIONS_BY_WEIGHT) : null;

    let workplaceSector: WorkplaceSector | null = null;
    if (occupation === 'worker' && draw.chance(0.92))
      workplaceSector = draw.weighted([
        ['non_state', 60],
        ['fdi', 25],
        ['state', 15],
      ] as const);
    else if (occupation === 'enterprise_manager' && draw.chance(0.95))
      workplaceSector = draw.weighted([
        ['non_state', 70],
        ['state', 15],
        ['fdi', 15],
      ] as const);
    else if (occupation === 'civil_servant' && draw.chance(0.5)) workplaceSector = 'state';

    let education: EducationLevel | null;
    if (occupation === 'high_school_student' || occupation === 'university_student')
      education = 'upper_secondary';
    else if (occupation === 'civil_servant')
      education = draw.weighted([
        ['university', 70],
        ['college', 12],
        ['postgraduate', 10],
        ['vocational', 8],
      ] as const);
    else education = draw.chance(0.03) ? null : draw.weighted(EDUCATION_BY_WEIGHT);

    const leaf = draw.pick(plan.leaves);
    const person: Person = {
      id: draw.uuid(),
      updatedAt: stamp,
      unitId: leaf.id,
      fullName,
      gender,
      birthDate,
      ethnicity: group ? group.ethnicity : 'Kinh',
      religion,
      youthUnion,
      occupation,
      workplaceSector,
      education,
      nationalId: draw.chance(0.7)
        ? `0${pad(draw.int(1, 96))}${draw.int(0, 3)}${pad(draw.int(0, 99))}${pad(draw.int(0, 999_999), 6)}`
        : null,
      milestones,
      decisionNo: milestones.decisionOn ? `${draw.int(1, 999)}-QĐ/${plan.unit.code}` : null,
      awarenessClassId: awarenessClass?.id ?? null,
      newMemberClassId: newMemberClass?.id ?? null,
    };
    return { person, plan };
  };

  // Quotas and member counts per upper unit come from the admissions drawn.
  const upperOf = new Map<string, UpperPlan>();
  for (const plan of allPlans) for (const leaf of plan.leaves) upperOf.set(leaf.id, plan);
  /** Counts a person's admission under its upper unit and year (`admitted` holds the tally). */
  const tally = (admitted: Map<string, number>, person: Person): void => {
    const admittedOn = person.milestones.admittedOn;
    const plan = upperOf.get(person.unitId);
    if (!admittedOn || !plan) return;
    const key = `${plan.unit.id}|${admittedOn.slice(0, 4)}`;
    admitted.set(key, (admitted.get(key) ?? 0) + 1);
  };

  /** The classes with their attendees, quotas and member counts, once every person is drawn. */
  const finish = (
    admittedByUpperYear: ReadonlyMap<string, number>,
    draw: Draw,
  ): Pick<GeneratedProvince, 'classes' | 'targets' | 'memberCounts'> => {
    const classList: TrainingClass[] = [];
    for (const { linked, ...klass } of classes.values()) {
      // Some attendees are not in the app (people from outside the source, or who left).
      classList.push({ ...klass, attendeeCount: linked + Math.floor(linked * 0.08 * draw.next()) });
    }
    classList.sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));

    const admittedIn = (plan: UpperPlan, year: number) =>
      admittedByUpperYear.get(`${plan.unit.id}|${year}`) ?? 0;

    const targets: Target[] = [];
    const memberCounts: MemberCount[] = [];
    const spanEnd = Math.min(TERM_END_YEAR, toYear);
    for (const plan of allPlans) {
      const closedYear = plan.unit.closedOn ? yearOf(plan.unit.closedOn) : Infinity;
      if (fromYear <= spanEnd) {
        let admitted = 0;
        for (let year = fromYear; year <= spanEnd; year += 1) admitted += admittedIn(plan, year);
        targets.push({
          id: draw.uuid(),
          updatedAt: stamp,
          unitId: plan.unit.id,
          fromYear,
          toYear: spanEnd,
          admissions: Math.max(1, Math.round(admitted * (0.85 + draw.next() * 0.35))),
          document: 'Công văn 861-CV/TU ngày 18/11/2022 (dữ liệu mẫu)',
        });
      }
      for (let year = Math.max(TERM_END_YEAR + 1, fromYear); year <= toYear; year += 1) {
        if (year > closedYear) continue;
        const lastYear = admittedIn(plan, year - 1) || admittedIn(plan, year);
        targets.push({
          id: draw.uuid(),
          updatedAt: stamp,
          unitId: plan.unit.id,
          fromYear: year,
          toYear: year,
          admissions: Math.max(1, Math.round(lastYear * (0.95 + draw.next() * 0.3))),
          document: `Kế hoạch phát triển đảng viên năm ${year} (dữ liệu mẫu)`,
        });
      }
      // Members at the start of each year: admissions run at about 3–4% of them.
      let total = 0;
      for (let year = fromYear; year <= toYear && year <= closedYear; year += 1) {
        if (total === 0) {
          const annual = Math.max(1, admittedIn(plan, year) || admittedIn(plan, year + 1));
          total = Math.round(annual / (0.028 + draw.next() * 0.014));
        }
        memberCounts.push({
          id: draw.uuid(),
          updatedAt: stamp,
          unitId: plan.unit.id,
          year,
          total,
        });
        total = total + admittedIn(plan, year) - Math.round(total * 0.015);
      }
    }

    return { classes: classList, targets, memberCounts };
  };

  return { draw, units, allPlans, planWeights, peopleCount, drawPerson, tally, finish };
}

/**
 * Generates a province. Shares are drawn per person, so they come close to the targets for a few
 * thousand people and within a fraction of a percent for a province.
 */
export function generateProvince(options: GenerateProvinceOptions): GeneratedProvince {
  const model = provinceModel(options);
  const { draw } = model;
  const people: Person[] = [];
  const sameDraw = () => draw;
  for (let index = 0; index < model.peopleCount; index += 1) {
    const plan = draw.weighted(model.planWeights);
    people.push(model.drawPerson(draw, plan, sameDraw).person);
  }
  const admitted = new Map<string, number>();
  for (const person of people) model.tally(admitted, person);
  return { units: model.units, people, ...model.finish(admitted, draw) };
}

/** A 32-bit hash of a seed and a salt. */
function mixSeed(seed: number, salt: number): number {
  let h = Math.imul(seed ^ 0x85ebca6b, 0xcc9e2d51) ^ Math.imul(salt + 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * One of the province's independent streams (an upper unit's people, a class), from a seed and
 * a salt: sfc32, 128 bits of state. mulberry32's streams all walk one cycle of 2^32 states, so
 * two upper units' streams of a million-person province would run into each other and draw
 * the same people, ids included.
 */
function createStream(seed: number, salt: number): () => number {
  let a = mixSeed(seed, salt);
  let b = mixSeed(seed ^ 0x9e3779b9, salt);
  let c = mixSeed(seed, salt ^ 0x7f4a7c15);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  for (let warm = 0; warm < 15; warm += 1) next();
  return next;
}

/** The people of one upper unit, or a part of them when they fill more than one file. */
export interface ProvincePeoplePart {
  /** The upper unit the people are filed under (a closed one keeps those admitted before). */
  source: Unit;
  /** 1, 2, … within the unit. */
  part: number;
  people: Person[];
}

/** A province whose people are drawn a part at a time, never all in memory. */
export interface ProvinceStream {
  units: Unit[];
  peopleCount: number;
  /**
   * Draws the people, upper unit after upper unit (the closed ones first), handing them to
   * `onPart` in parts of at most `maxPerPart`; then returns the classes (with their attendees),
   * quotas and member counts they make. Each call draws the same province again.
   */
  draw(
    maxPerPart: number,
    onPart: (part: ProvincePeoplePart) => void,
  ): Pick<GeneratedProvince, 'classes' | 'targets' | 'memberCounts'>;
}

/**
 * A province like generateProvince's (not the same one: each upper unit draws its people from a
 * stream of its own, and holds a share of them set by its weight), for provinces too large to
 * hold in memory: the people go to a callback part by part, and only counts are kept of them.
 */
export function streamProvince(options: GenerateProvinceOptions): ProvinceStream {
  const first = provinceModel(options);

  function draw(
    maxPerPart: number,
    onPart: (part: ProvincePeoplePart) => void,
  ): Pick<GeneratedProvince, 'classes' | 'targets' | 'memberCounts'> {
    // A model of its own: the classes it makes count their attendees from zero.
    const model = provinceModel(options);
    const { allPlans } = model;
    const size = Math.max(1, Math.floor(maxPerPart));
    const classDraw = (key: number) => new Draw(createStream(options.seed, key));
    // Closed units first: the people they hand to their successor (admitted after the merger,
    // or still candidates) are then known when the successor's turn comes.
    const order = [
      ...allPlans.filter((plan) => plan.successor),
      ...allPlans.filter((plan) => !plan.successor),
    ];
    // Shares by weight, the remainder to the largest fractions.
    const totalWeight = allPlans.reduce((sum, plan) => sum + plan.weight, 0);
    const exact = allPlans.map((plan) => (model.peopleCount * plan.weight) / totalWeight);
    const counts = exact.map(Math.floor);
    let left = model.peopleCount - counts.reduce((sum, count) => sum + count, 0);
    const byFraction = exact
      .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
      .sort((a, b) => b.fraction - a.fraction);
    for (const { index } of byFraction) {
      if (left <= 0) break;
      counts[index] = (counts[index] ?? 0) + 1;
      left -= 1;
    }

    const admitted = new Map<string, number>();
    const handedOver = new Map<UpperPlan, Person[]>();
    for (const plan of order) {
      const index = allPlans.indexOf(plan);
      const personDraw = new Draw(createStream(options.seed, -1 - index));
      let people = handedOver.get(plan) ?? [];
      handedOver.delete(plan);
      let part = 0;
      const hand = (chunk: Person[]) => {
        part += 1;
        for (const person of chunk) model.tally(admitted, person);
        onPart({ source: plan.unit, part, people: chunk });
      };
      for (let count = counts[index] ?? 0; count > 0; count -= 1) {
        const drawn = model.drawPerson(personDraw, plan, classDraw);
        if (drawn.plan !== plan) {
          const list = handedOver.get(drawn.plan);
          if (list) list.push(drawn.person);
          else handedOver.set(drawn.plan, [drawn.person]);
          continue;
        }
        people.push(drawn.person);
        if (people.length >= size) hand(people.splice(0, size));
      }
      while (people.length > 0) {
        hand(people.slice(0, size));
        people = people.slice(size);
      }
    }
    return model.finish(admitted, new Draw(createStream(options.seed, -1_000)));
  }

  return { units: first.units, peopleCount: first.peopleCount, draw };
}
