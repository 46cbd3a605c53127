// Which column of a province's own spreadsheet holds which value of a place: the fields a list
// may carry, and a first guess from the header's words (Vietnamese or English, compared without
// diacritics or case), which the user then corrects.
import type { PlaceKind } from './code-lists';
import { cellText, isEmptyCell, type SheetRow } from './sheet-table';
import { searchKey } from './text';

/** The place's own values. */
export const PLACE_LIST_FIELDS = [
  'name',
  'kind',
  'unit',
  'code',
  'enterpriseSector',
  'openedOn',
] as const;
/** The figures of the chosen year (PlaceFigure). */
export const FIGURE_LIST_FIELDS = [
  'households',
  'grade12Students',
  'workers',
  'partyMembers',
  'partyOrganisation',
  'tradeUnion',
] as const;
export const LIST_FIELDS = [...PLACE_LIST_FIELDS, ...FIGURE_LIST_FIELDS] as const;

export type PlaceListField = (typeof PLACE_LIST_FIELDS)[number];
export type FigureListField = (typeof FIGURE_LIST_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];

/** Each field's column (0 for A), or none. */
export type ColumnChoice = Partial<Record<ListField, number>>;

/**
 * Header words per field, with how surely each names it. An exact header scores its weight + 1,
 * a header holding the words among others (“Số hộ gia đình”) its weight. Where one header could
 * be two fields (“Tên đơn vị”: the place's name, or the party unit's), the field with the surer
 * words elsewhere in the header row takes it.
 */
const HEADER_WORDS: Record<ListField, readonly (readonly [string, number])[]> = {
  name: [
    ['tên', 1],
    ['tên địa bàn', 3],
    ['tên thôn', 3],
    ['tên thôn, tổ dân phố', 3],
    ['tên tổ dân phố', 3],
    ['tên khu phố', 3],
    ['tên bản', 3],
    ['tên ấp', 3],
    ['tên khu dân cư', 3],
    ['tên trường', 3],
    ['tên doanh nghiệp', 3],
    ['tên công ty', 3],
    ['tên cơ sở', 3],
    ['địa bàn', 2.5],
    ['thôn', 2.5],
    ['thôn, tổ dân phố', 2.5],
    ['tổ dân phố', 2.5],
    ['trường', 2.5],
    ['doanh nghiệp', 2.5],
    ['tên đơn vị', 2],
    ['name', 3],
    ['place', 2.5],
    ['place name', 3],
  ],
  kind: [
    ['loại', 3],
    ['loại địa bàn', 3],
    ['phân loại', 3],
    ['kind', 3],
    ['type', 3],
    ['place kind', 3],
  ],
  unit: [
    ['đơn vị', 2.5],
    ['mã đơn vị', 3],
    ['đơn vị quản lý', 3],
    ['tổ chức đảng quản lý', 3],
    ['chi bộ quản lý', 3],
    ['đảng bộ quản lý', 3],
    ['tên chi bộ', 3],
    ['mã chi bộ', 3],
    ['chi bộ', 2.5],
    ['đảng bộ', 2.5],
    ['tên đơn vị', 1.5],
    ['unit', 3],
    ['unit code', 3],
    ['party unit', 3],
  ],
  code: [
    ['mã', 3],
    ['mã số', 3],
    ['mã số thuế', 3],
    ['mst', 3],
    ['mã trường', 3],
    ['mã địa bàn', 3],
    ['mã doanh nghiệp', 3],
    ['mã số doanh nghiệp', 3],
    ['code', 3],
    ['tax code', 3],
    ['school code', 3],
  ],
  enterpriseSector: [
    ['khu vực', 3],
    ['khu vực kinh tế', 3],
    ['thành phần kinh tế', 3],
    ['loại hình doanh nghiệp', 3],
    ['loại hình', 2.5],
    ['loại hình sở hữu', 3],
    ['hình thức sở hữu', 3],
    ['sở hữu', 2.5],
    ['sector', 3],
    ['ownership', 3],
  ],
  openedOn: [
    ['ngày thành lập', 3],
    ['thành lập', 2.5],
    ['opened', 3],
    ['opened on', 3],
    ['founded', 3],
  ],
  households: [
    ['số hộ', 3],
    ['hộ', 2.5],
    ['số hộ dân', 3],
    ['hộ dân', 3],
    ['số hộ gia đình', 3],
    ['hộ gia đình', 3],
    ['households', 3],
  ],
  grade12Students: [
    ['học sinh lớp 12', 3],
    ['số học sinh lớp 12', 3],
    ['hs lớp 12', 3],
    ['lớp 12', 3],
    ['khối 12', 3],
    ['học sinh khối 12', 3],
    ['số học sinh', 2],
    ['học sinh', 2],
    ['grade 12', 3],
    ['grade 12 students', 3],
    ['students', 2],
  ],
  workers: [
    ['số công nhân', 3],
    ['công nhân', 3],
    ['số lao động', 3],
    ['lao động', 3],
    ['người lao động', 3],
    ['số người lao động', 3],
    ['công nhân lao động', 3],
    ['workers', 3],
    ['employees', 3],
  ],
  partyMembers: [
    ['đảng viên', 3],
    ['số đảng viên', 3],
    ['số đv', 3],
    ['đv', 2.5],
    ['party members', 3],
    ['members', 2],
  ],
  partyOrganisation: [
    ['có chi bộ', 3],
    ['chi bộ riêng, ghép', 3],
    ['tình trạng chi bộ', 3],
    ['có tổ chức đảng', 3],
    ['tổ chức đảng', 2.5],
    ['chi bộ', 2],
    ['party organisation', 3],
    ['party organization', 3],
  ],
  tradeUnion: [
    ['công đoàn', 3],
    ['có công đoàn', 3],
    ['công đoàn cơ sở', 3],
    ['trade union', 3],
    ['union', 2.5],
  ],
};

const HEADER_KEYS = Object.entries(HEADER_WORDS).map(
  ([field, words]) =>
    [
      field as ListField,
      words.map(([word, weight]) => [searchKey(word), weight] as const),
    ] as const,
);

/** How surely a header names a field (0: not at all). */
function headerScore(key: string, words: readonly (readonly [string, number])[]): number {
  let best = 0;
  const padded = ` ${key} `;
  for (const [word, weight] of words) {
    if (key === word) best = Math.max(best, weight + 1);
    else if (padded.includes(` ${word} `)) best = Math.max(best, weight);
  }
  return best;
}

/**
 * The columns a header row suggests: each field to the column whose header names it most
 * surely, no column for two fields. Ties go to the leftmost column.
 */
export function suggestColumns(header: SheetRow): { columns: ColumnChoice; score: number } {
  const candidates: { column: number; field: ListField; score: number }[] = [];
  header.forEach((cell, column) => {
    const key = searchKey(cellText(cell));
    if (!key) return;
    for (const [field, words] of HEADER_KEYS) {
      const score = headerScore(key, words);
      if (score > 0) candidates.push({ column, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: ColumnChoice = {};
  const taken = new Set<number>();
  let score = 0;
  for (const candidate of candidates) {
    if (columns[candidate.field] !== undefined || taken.has(candidate.column)) continue;
    columns[candidate.field] = candidate.column;
    taken.add(candidate.column);
    score += candidate.score;
  }
  return { columns, score };
}

/** How far down a sheet the header row is looked for (titles and blank lines above it). */
const HEADER_SEARCH_LINES = 20;

/**
 * The line (1-based) that most likely holds the headers: among the first lines, the one whose
 * words name the most fields, a name among them; else the first line that is not empty.
 */
export function suggestHeaderLine(rows: readonly SheetRow[]): number {
  let best: { line: number; score: number } | null = null;
  let firstFilled: number | null = null;
  rows.slice(0, HEADER_SEARCH_LINES).forEach((row, index) => {
    if (row.every((cell) => isEmptyCell(cell))) return;
    firstFilled ??= index + 1;
    const { columns, score } = suggestColumns(row);
    if (columns.name === undefined) return;
    if (!best || score > best.score) best = { line: index + 1, score };
  });
  return (best as { line: number } | null)?.line ?? firstFilled ?? 1;
}

const KIND_HINTS: readonly (readonly [PlaceKind, readonly string[]])[] = [
  [
    'residential',
    ['thon', 'to dan pho', 'ban', 'ap', 'buon', 'lang', 'khu pho', 'khu dan cu', 'hamlet'],
  ],
  ['school', ['truong', 'thpt', 'school']],
  ['enterprise', ['doanh nghiep', 'cong ty', 'dn', 'enterprise', 'company']],
];

/**
 * The kind of every line, when the file has no column for it but says it elsewhere: in the
 * name column's header ("Tên thôn", "Tên trường") or the sheet's name ("Doanh nghiệp").
 */
export function suggestKind(...texts: readonly string[]): PlaceKind | null {
  for (const text of texts) {
    const padded = ` ${searchKey(text)} `;
    const found = KIND_HINTS.filter(([, words]) =>
      words.some((word) => padded.includes(` ${word} `)),
    );
    if (found.length === 1) return found[0]![0];
  }
  return null;
}
