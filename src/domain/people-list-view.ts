// /people's rows over the list aggregate's records (people-list.ts) as they are stored: each
// unit's record is in the list's order already, so the list is a merge of sorted blocks, done
// lazily — the first screenful takes a few hundred comparisons, not a sort of every person — and
// a row becomes an object only when it is drawn. Columns are split from their stored strings
// only when a filter or a drawn row asks for them, and filters run over those column arrays.
import { fromDayNumber, toDayNumber, type IsoDate } from './dates';
import type { Person } from './entities';
import {
  codeOf,
  columnOf,
  compareListOrder,
  dayText,
  LIST_CODES,
  NO_DAY,
  NO_DUE,
  SEPARATOR,
  type PeopleListBlock,
  type TextColumn,
} from './people-list';
import type { Stage } from './pipeline-types';

/** One drawn row of the list. */
export interface ListRow {
  id: string;
  unitId: string;
  fullName: string;
  birthDate: string;
  gender: Person['gender'];
  ethnicity: string;
  stage: Stage;
  /** The admission day, '' when not admitted. */
  admittedOn: string;
  /** Some legal deadline is past and not met. */
  overdue: boolean;
}

/** The rows a filter keeps, in the list's order; `at` draws one (undefined past the end). */
export interface ListRows {
  readonly length: number;
  at(position: number): ListRow | undefined;
  /** Orders up to `count` more rows ahead of need (idle time); true once all are. */
  mergeAhead(count: number): boolean;
}

/** What a row must match; '' or null: anything. */
export interface ListFilter {
  /** The units kept (a subtree), null: every unit. */
  units: ReadonlySet<string> | null;
  stage: string;
  /** Admission year. */
  year: string;
  gender: string;
  occupation: string;
  ethnicity: ((ethnicity: string) => boolean) | null;
  /** The search: the row's search key and, under the app lock, its CCCD token. */
  text: ((searchKey: string, token: string) => boolean) | null;
}

/** One block's columns, split from the stored strings once, when first asked for. */
class Columns {
  private readonly split = new Map<TextColumn, string[]>();
  constructor(readonly block: PeopleListBlock) {}

  get(column: TextColumn): string[] {
    let values = this.split.get(column);
    if (!values) {
      values = columnOf(this.block, column);
      this.split.set(column, values);
    }
    return values;
  }

  /** The column's values if split already. */
  peek(column: TextColumn): string[] | undefined {
    return this.split.get(column);
  }
}

/**
 * A column's values read in row order straight from the stored string (or from its split array
 * when a filter split it already): the merge reads each part's sort keys one row after another,
 * and splitting 250,000 of them before the first row was drawn cost more than the merge itself.
 */
class ColumnReader {
  private row = 0;
  private start = 0;
  private value: string | null = null;

  constructor(
    private readonly columns: Columns,
    private readonly column: TextColumn,
  ) {}

  /** The value of `row`; rows are asked in order (never an earlier one than the last). */
  at(row: number): string {
    const split = this.columns.peek(this.column);
    if (split) return split[row] ?? '';
    const text = this.columns.block[this.column];
    if (row < this.row) [this.row, this.start] = [0, 0];
    for (; this.row < row; this.row += 1) {
      const end = text.indexOf(SEPARATOR, this.start);
      this.start = end < 0 ? text.length : end + 1;
      this.value = null;
    }
    if (this.value === null) {
      const end = text.indexOf(SEPARATOR, this.start);
      this.value = text.slice(this.start, end < 0 ? text.length : end);
    }
    return this.value;
  }
}

/** A block taking part in a merge, and which of its rows (all of them when null). */
interface Part {
  columns: Columns;
  rows: Int32Array | null;
  length: number;
}

export class PeopleListView {
  readonly total: number;
  private readonly blocks: Columns[];
  private readonly today: number;

  constructor(blocks: readonly PeopleListBlock[], today: IsoDate) {
    this.blocks = blocks.map((block) => new Columns(block));
    this.total = blocks.reduce((sum, block) => sum + block.count, 0);
    this.today = toDayNumber(today);
  }

  /** Admission years present, newest first. */
  admissionYears(): string[] {
    const days = new Set<number>();
    for (const { block } of this.blocks) {
      for (const day of block.admittedDay) if (day !== NO_DAY) days.add(day);
    }
    const years = new Set<string>();
    for (const day of days) years.add(fromDayNumber(day).slice(0, 4));
    return [...years].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  }

  /** Every row, or those a filter keeps. */
  select(filter?: ListFilter): ListRows {
    const parts: Part[] = [];
    for (const columns of this.blocks) {
      if (columns.block.count === 0) continue;
      if (filter?.units && !filter.units.has(columns.block.unitId)) continue;
      const rows = filter ? matchingRows(columns, filter) : null;
      const length = rows ? rows.length : columns.block.count;
      if (length > 0) parts.push({ columns, rows, length });
    }
    return new MergedRows(parts, (columns, row) => this.rowOf(columns, row));
  }

  private rowOf(columns: Columns, row: number): ListRow {
    const { block } = columns;
    return {
      id: columns.get('id')[row] ?? '',
      unitId: block.unitId,
      fullName: columns.get('fullName')[row] ?? '',
      birthDate: dayText(block.birthDay[row] ?? NO_DAY),
      gender: LIST_CODES.gender[block.gender[row] ?? 0] as Person['gender'],
      ethnicity: columns.get('ethnicity')[row] ?? '',
      stage: LIST_CODES.stage[block.stage[row] ?? 0] as Stage,
      admittedOn: dayText(block.admittedDay[row] ?? NO_DAY),
      overdue: (block.firstDue[row] ?? NO_DUE) < this.today,
    };
  }
}

/** The rows of a block a filter keeps (null: all of them, the filter asks nothing of rows). */
function matchingRows(columns: Columns, filter: ListFilter): Int32Array | null {
  const tests: ((row: number) => boolean)[] = [];
  const equal = (column: keyof typeof LIST_CODES, wanted: string) => {
    if (!wanted) return;
    // A value of no list (a hand-typed URL) is no row's: −1 is no byte.
    const values = columns.block[column];
    const code = codeOf(column, wanted);
    tests.push((row) => values[row] === code);
  };
  equal('stage', filter.stage);
  equal('gender', filter.gender);
  equal('occupation', filter.occupation);
  if (filter.year) {
    const admitted = columns.block.admittedDay;
    const year = Number(filter.year);
    // Days of the year, or none for a year no date has (a hand-typed URL).
    const [from, to] =
      Number.isInteger(year) && year >= 1 && year <= 9999
        ? [
            toDayNumber(`${String(year).padStart(4, '0')}-01-01`),
            toDayNumber(`${String(year).padStart(4, '0')}-12-31`),
          ]
        : [1, 0];
    tests.push((row) => {
      const day = admitted[row] ?? NO_DAY;
      return day !== NO_DAY && day >= from && day <= to;
    });
  }
  if (filter.ethnicity) {
    const values = columns.get('ethnicity');
    const keep = filter.ethnicity;
    tests.push((row) => keep(values[row] ?? ''));
  }
  if (filter.text) {
    const keys = columns.get('searchKey');
    const tokens = columns.get('token');
    const matches = filter.text;
    tests.push((row) => matches(keys[row] ?? '', tokens[row] ?? ''));
  }
  if (tests.length === 0) return null;
  const kept: number[] = [];
  const { count } = columns.block;
  for (let row = 0; row < count; row += 1) {
    if (tests.every((test) => test(row))) kept.push(row);
  }
  return Int32Array.from(kept);
}

/**
 * The parts' rows in the list's order, merged as far as asked: a binary heap of the parts by
 * their next row. Drawing row n merges the first n + 1; each merged row is remembered.
 */
class MergedRows implements ListRows {
  readonly length: number;
  private readonly fromPart: Int32Array;
  private readonly fromRow: Int32Array;
  private merged = 0;
  private readonly next: Int32Array;
  private readonly heap: number[];
  /** Each part's sort keys and ids, read in order as the merge goes. */
  private readonly keys: ColumnReader[];
  private readonly ids: ColumnReader[];
  /** Each part's next row, its sort key and (once asked) its id. */
  private readonly headRow: Int32Array;
  private readonly headKey: string[];
  private readonly headId: (string | null)[];

  constructor(
    private readonly parts: readonly Part[],
    private readonly draw: (columns: Columns, row: number) => ListRow,
  ) {
    this.length = parts.reduce((sum, part) => sum + part.length, 0);
    this.fromPart = new Int32Array(this.length);
    this.fromRow = new Int32Array(this.length);
    this.next = new Int32Array(parts.length);
    this.keys = parts.map((part) => new ColumnReader(part.columns, 'sortKey'));
    this.ids = parts.map((part) => new ColumnReader(part.columns, 'id'));
    this.headRow = new Int32Array(parts.length);
    this.headKey = new Array<string>(parts.length);
    this.headId = new Array<string | null>(parts.length).fill(null);
    parts.forEach((_, part) => this.advance(part));
    this.heap = parts.map((_, index) => index);
    for (let at = (this.heap.length >> 1) - 1; at >= 0; at -= 1) this.down(at);
  }

  at(position: number): ListRow | undefined {
    if (!(position >= 0 && position < this.length)) return undefined;
    this.mergeTo(position + 1);
    const part = this.parts[this.fromPart[position] ?? 0] as Part;
    return this.draw(part.columns, this.fromRow[position] ?? 0);
  }

  /** Merges up to `count` more rows ahead of need; true once every row is merged. */
  mergeAhead(count: number): boolean {
    this.mergeTo(Math.min(this.length, this.merged + count));
    return this.merged >= this.length;
  }

  /** Part p's next row, its sort key; its id read only when two keys tie. */
  private advance(part: number): void {
    const { rows } = this.parts[part] as Part;
    const at = this.next[part] ?? 0;
    const row = rows ? (rows[at] ?? 0) : at;
    this.headRow[part] = row;
    this.headKey[part] = (this.keys[part] as ColumnReader).at(row);
    this.headId[part] = null;
  }

  private idOf(part: number): string {
    let id = this.headId[part];
    if (id === null || id === undefined) {
      id = (this.ids[part] as ColumnReader).at(this.headRow[part] ?? 0);
      this.headId[part] = id;
    }
    return id;
  }

  /** Is part a's next row before part b's? */
  private before(a: number, b: number): boolean {
    const keyA = this.headKey[a] as string;
    const keyB = this.headKey[b] as string;
    if (keyA !== keyB) return keyA < keyB;
    return compareListOrder(keyA, this.idOf(a), keyB, this.idOf(b)) < 0;
  }

  /** Sifts the part at `start` down to its place (a hole moved down, no swaps). */
  private down(start: number): void {
    const heap = this.heap;
    const size = heap.length;
    const moving = heap[start] ?? 0;
    let at = start;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= size) break;
      const right = left + 1;
      let least = heap[left] ?? 0;
      let child = left;
      if (right < size && this.before(heap[right] ?? 0, least)) {
        least = heap[right] ?? 0;
        child = right;
      }
      if (!this.before(least, moving)) break;
      heap[at] = least;
      at = child;
    }
    heap[at] = moving;
  }

  private mergeTo(end: number): void {
    const heap = this.heap;
    while (this.merged < end && heap.length > 0) {
      const part = heap[0] ?? 0;
      this.fromPart[this.merged] = part;
      this.fromRow[this.merged] = this.headRow[part] ?? 0;
      this.merged += 1;
      const next = (this.next[part] ?? 0) + 1;
      this.next[part] = next;
      if (next < (this.parts[part] as Part).length) this.advance(part);
      else {
        const last = heap.pop() ?? 0;
        if (heap.length === 0) return;
        heap[0] = last;
      }
      this.down(0);
    }
  }
}
