// /people's rows over the list aggregate's records (people-list.ts) as they are stored: each
// unit's record is in the list's order already, so the list is a merge of sorted blocks, done
// lazily — the first screenful takes a few hundred comparisons, not a sort of every person — and
// a row becomes an object only when it is drawn. Columns are split from their stored strings
// only when a filter or a drawn row asks for them, and filters run over those column arrays.
import { toDayNumber, type IsoDate } from './dates';
import type { Person } from './entities';
import {
  columnOf,
  compareListOrder,
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

  /** Admission years present, newest first (read from the stored strings, nothing split). */
  admissionYears(): string[] {
    const years = new Set<string>();
    const pattern = new RegExp(`(?:^|${SEPARATOR})(\\d{4})-`, 'g');
    for (const { block } of this.blocks) {
      for (const match of block.admittedOn.matchAll(pattern)) years.add(match[1] as string);
    }
    return [...years].sort().reverse();
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
      birthDate: columns.get('birthDate')[row] ?? '',
      gender: (columns.get('gender')[row] ?? '') as Person['gender'],
      ethnicity: columns.get('ethnicity')[row] ?? '',
      stage: (columns.get('stage')[row] ?? '') as Stage,
      admittedOn: columns.get('admittedOn')[row] ?? '',
      overdue: (block.firstDue[row] ?? NO_DUE) < this.today,
    };
  }
}

/** The rows of a block a filter keeps (null: all of them, the filter asks nothing of rows). */
function matchingRows(columns: Columns, filter: ListFilter): Int32Array | null {
  const tests: ((row: number) => boolean)[] = [];
  const equal = (column: TextColumn, wanted: string) => {
    if (!wanted) return;
    const values = columns.get(column);
    tests.push((row) => values[row] === wanted);
  };
  equal('stage', filter.stage);
  equal('gender', filter.gender);
  equal('occupation', filter.occupation);
  if (filter.year) {
    const admitted = columns.get('admittedOn');
    const year = filter.year;
    tests.push((row) => (admitted[row] ?? '').slice(0, 4) === year);
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
  /** Each part's sort keys (every part's first row is compared at once). */
  private readonly keys: string[][];

  constructor(
    private readonly parts: readonly Part[],
    private readonly draw: (columns: Columns, row: number) => ListRow,
  ) {
    this.length = parts.reduce((sum, part) => sum + part.length, 0);
    this.fromPart = new Int32Array(this.length);
    this.fromRow = new Int32Array(this.length);
    this.next = new Int32Array(parts.length);
    this.keys = parts.map((part) => part.columns.get('sortKey'));
    this.heap = parts.map((_, index) => index);
    for (let at = (this.heap.length >> 1) - 1; at >= 0; at -= 1) this.down(at);
  }

  at(position: number): ListRow | undefined {
    if (!(position >= 0 && position < this.length)) return undefined;
    this.mergeTo(position + 1);
    const part = this.parts[this.fromPart[position] ?? 0] as Part;
    return this.draw(part.columns, this.fromRow[position] ?? 0);
  }

  private rowAt(part: number): number {
    const { rows } = this.parts[part] as Part;
    const at = this.next[part] ?? 0;
    return rows ? (rows[at] ?? 0) : at;
  }

  /** Is part a's next row before part b's? */
  private before(a: number, b: number): boolean {
    const rowA = this.rowAt(a);
    const rowB = this.rowAt(b);
    const keyA = this.keys[a]?.[rowA] ?? '';
    const keyB = this.keys[b]?.[rowB] ?? '';
    if (keyA !== keyB) return keyA < keyB;
    const idA = (this.parts[a] as Part).columns.get('id')[rowA] ?? '';
    const idB = (this.parts[b] as Part).columns.get('id')[rowB] ?? '';
    return compareListOrder(keyA, idA, keyB, idB) < 0;
  }

  private down(start: number): void {
    const heap = this.heap;
    let at = start;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      let least = left;
      if (right < heap.length && this.before(heap[right] ?? 0, heap[left] ?? 0)) least = right;
      if (!this.before(heap[least] ?? 0, heap[at] ?? 0)) return;
      [heap[at], heap[least]] = [heap[least] ?? 0, heap[at] ?? 0];
      at = least;
    }
  }

  private mergeTo(end: number): void {
    const heap = this.heap;
    while (this.merged < end && heap.length > 0) {
      const part = heap[0] ?? 0;
      this.fromPart[this.merged] = part;
      this.fromRow[this.merged] = this.rowAt(part);
      this.merged += 1;
      const next = (this.next[part] ?? 0) + 1;
      this.next[part] = next;
      if (next >= (this.parts[part] as Part).length) {
        const last = heap.pop() ?? 0;
        if (heap.length === 0) return;
        heap[0] = last;
      }
      this.down(0);
    }
  }
}
