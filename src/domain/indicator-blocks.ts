// A block of admissions (admission-stats.ts) made ready for summing, once per block: the dashboard
// keeps its blocks for the page load, so that only the first view pays for this.
import { COLUMN, STAT_WIDTH, YEAR_CELLS, type AdmissionBlock } from './admission-stats';
import { addAt, float64At, int32At } from './indicator-arrays';

const ADMITTED = COLUMN.admitted;

/**
 * A cell is monthIndex × STAT_WIDTH + column (YEAR_CELLS = 12 × STAT_WIDTH), so a unit's pairs,
 * ascending by cell, are ascending by month: the pairs of a period are found by a binary search
 * and read in one run. Each unit's admitted count per month is listed apart: the quotas and the
 * run rate sum it over any months.
 */
export interface PreparedBlock {
  /** The block's pairs, less those of months without an admission (stored data has none). */
  pairs: Int32Array;
  /** Where each unit's pairs end in `pairs`. */
  pairEnds: Int32Array;
  /** Each unit's months with an admission, ascending, and the people admitted in each. */
  months: Int32Array;
  admitted: Int32Array;
  /** Where each unit's months end in `months`. */
  monthEnds: Int32Array;
  /** The block's first year and how many years follow it (0 for an empty block). */
  firstYear: number;
  yearCount: number;
  /**
   * Each unit's structure vectors summed over its years, running: unit u's sum of the years
   * before firstYear + y starts at ((u × (yearCount + 1)) + y) × STAT_WIDTH. The whole years of a
   * period then cost one subtraction per column, whatever their number.
   */
  yearSums: Float64Array;
}

const preparedBlocks = new WeakMap<AdmissionBlock, PreparedBlock>();

export function prepareBlock(block: AdmissionBlock): PreparedBlock {
  const known = preparedBlocks.get(block);
  if (known) return known;
  const prepared =
    prepareCounts(block.ends, block.counts) ?? prepareCounts(...withoutOrphans(block));
  if (!prepared) throw new Error('prepareBlock: cells left after removing the orphans');
  preparedBlocks.set(block, prepared);
  return prepared;
}

/**
 * The pairs of a block less those of months without an 'admitted' cell: every admitted person
 * adds 1 to it, so the other cells of such a month are not counted. Stored data holds none; only
 * hand-made rows can.
 */
function withoutOrphans(block: AdmissionBlock): [Int32Array, Int32Array] {
  const { ends, counts } = block;
  const pairs: number[] = [];
  const pairEnds = new Int32Array(ends.length);
  let start = 0;
  for (let unit = 0; unit < ends.length; unit += 1) {
    const end = int32At(ends, unit);
    let admittedMonth = -1;
    for (let pair = start; pair < end; pair += 2) {
      const cell = int32At(counts, pair);
      const month = Math.floor(cell / STAT_WIDTH);
      if (cell - month * STAT_WIDTH === ADMITTED) admittedMonth = month;
      else if (month !== admittedMonth) continue;
      pairs.push(cell, int32At(counts, pair + 1));
    }
    pairEnds[unit] = pairs.length;
    start = end;
  }
  return [pairEnds, Int32Array.from(pairs)];
}

/** The first and last year of a block's pairs (each unit's pairs are ascending). */
function yearBounds(
  ends: Int32Array,
  counts: Int32Array,
): { firstYear: number; yearCount: number } {
  let firstYear = Infinity;
  let lastYear = -Infinity;
  let start = 0;
  for (let unit = 0; unit < ends.length; unit += 1) {
    const end = int32At(ends, unit);
    if (end > start) {
      firstYear = Math.min(firstYear, Math.floor(int32At(counts, start) / YEAR_CELLS));
      lastYear = Math.max(lastYear, Math.floor(int32At(counts, end - 2) / YEAR_CELLS));
    }
    start = end;
  }
  const yearCount = lastYear >= firstYear ? lastYear - firstYear + 1 : 0;
  return { firstYear: yearCount === 0 ? 0 : firstYear, yearCount };
}

/** One pass over a block's pairs; null when a month has cells but no 'admitted' one. */
function prepareCounts(ends: Int32Array, counts: Int32Array): PreparedBlock | null {
  const { firstYear, yearCount } = yearBounds(ends, counts);
  const stride = (yearCount + 1) * STAT_WIDTH;
  const yearSums = new Float64Array(ends.length * stride);
  // At most one month per 'admitted' cell: sized for the worst case, trimmed below.
  const months = new Int32Array(counts.length / 2);
  const admitted = new Int32Array(counts.length / 2);
  const monthEnds = new Int32Array(ends.length);
  let listed = 0;
  let start = 0;
  for (let unit = 0; unit < ends.length; unit += 1) {
    const end = int32At(ends, unit);
    const base = unit * stride - (firstYear - 1) * STAT_WIDTH;
    let admittedMonth = -1;
    for (let pair = start; pair < end; pair += 2) {
      const cell = int32At(counts, pair);
      const value = int32At(counts, pair + 1);
      const month = Math.floor(cell / STAT_WIDTH);
      const column = cell - month * STAT_WIDTH;
      if (column === ADMITTED) {
        admittedMonth = month;
        months[listed] = month;
        admitted[listed] = value;
        listed += 1;
      } else if (month !== admittedMonth) {
        return null;
      }
      // Added to the sum after its year; the running sums are completed below.
      addAt(yearSums, base + Math.floor(month / 12) * STAT_WIDTH + column, value);
    }
    const unitBase = unit * stride;
    for (let slot = STAT_WIDTH; slot < stride; slot += 1) {
      addAt(yearSums, unitBase + slot, float64At(yearSums, unitBase + slot - STAT_WIDTH));
    }
    monthEnds[unit] = listed;
    start = end;
  }
  return {
    pairs: counts,
    pairEnds: ends,
    months: months.subarray(0, listed),
    admitted: admitted.subarray(0, listed),
    monthEnds,
    firstYear,
    yearCount,
    yearSums,
  };
}

/**
 * Adds to `vector` (from `target`) a unit's structure counts over the months [from, to]: its
 * running year sums for the whole years within, its pairs for the months around them.
 */
export function addUnitMonths(
  block: PreparedBlock,
  unit: number,
  pairStart: number,
  from: number,
  to: number,
  vector: Float64Array,
  target: number,
): void {
  const { pairs, firstYear, yearCount, yearSums } = block;
  const pairEnd = int32At(block.pairEnds, unit);
  // Whole years of the period, within the years the block holds.
  const wholeFrom = Math.max(Math.ceil(from / 12), firstYear);
  const wholeTo = Math.min(Math.floor((to + 1) / 12) - 1, firstYear + yearCount - 1);
  if (wholeFrom > wholeTo) {
    addPairs(pairs, pairStart, pairEnd, from, to, vector, target);
    return;
  }
  const base = unit * (yearCount + 1) * STAT_WIDTH;
  const after = base + (wholeTo - firstYear + 1) * STAT_WIDTH;
  const before = base + (wholeFrom - firstYear) * STAT_WIDTH;
  for (let column = 0; column < STAT_WIDTH; column += 1) {
    addAt(
      vector,
      target + column,
      float64At(yearSums, after + column) - float64At(yearSums, before + column),
    );
  }
  if (from < wholeFrom * 12) {
    addPairs(pairs, pairStart, pairEnd, from, wholeFrom * 12 - 1, vector, target);
  }
  if (to > wholeTo * 12 + 11) {
    addPairs(pairs, pairStart, pairEnd, wholeTo * 12 + 12, to, vector, target);
  }
}

/** Adds to `vector` (from `target`) the pairs in [pairStart, pairEnd) of the months [from, to]. */
function addPairs(
  pairs: Int32Array,
  pairStart: number,
  pairEnd: number,
  from: number,
  to: number,
  vector: Float64Array,
  target: number,
): void {
  const endCell = (to + 1) * STAT_WIDTH;
  for (
    let pair = firstPairFrom(pairs, pairStart, pairEnd, from * STAT_WIDTH);
    pair < pairEnd && int32At(pairs, pair) < endCell;
    pair += 2
  ) {
    addAt(vector, target + (int32At(pairs, pair) % STAT_WIDTH), int32At(pairs, pair + 1));
  }
}

/** The first index in [from, to) (steps of 2) whose pair's cell is at least `cell`. */
function firstPairFrom(pairs: Int32Array, from: number, to: number, cell: number): number {
  let low = from / 2;
  let high = to / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (int32At(pairs, middle * 2) < cell) low = middle + 1;
    else high = middle;
  }
  return low * 2;
}

/** The first and last month with an admission in the blocks (0, -1 when there is none). */
export function monthRange(blocks: readonly PreparedBlock[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const { months, monthEnds } of blocks) {
    let start = 0;
    for (let unit = 0; unit < monthEnds.length; unit += 1) {
      const end = int32At(monthEnds, unit);
      if (end > start) {
        first = Math.min(first, int32At(months, start));
        last = Math.max(last, int32At(months, end - 1));
      }
      start = end;
    }
  }
  return last >= first ? { first, last } : { first: 0, last: -1 };
}
