// Admissions (lễ kết nạp) counted by unit and calendar year: what quota progress and the admission
// rate need. Screens build it from the stored aggregates (a few blocks, milliseconds at province
// scale); tests and small callers from people. Both give the same counts.
import { COLUMN, STAT_WIDTH, YEAR_CELLS, type AdmissionBlock } from './admission-stats';
import { yearOf } from './dates';
import type { Milestones } from './entities';

export interface AdmissionTally {
  /** People of the given units admitted in the years fromYear…toYear inclusive. */
  count(unitIds: ReadonlySet<string>, fromYear: number, toYear: number): number;
}

type YearCounts = Map<number, number>;

function tallyOf(byUnit: ReadonlyMap<string, YearCounts>): AdmissionTally {
  return {
    count(unitIds, fromYear, toYear) {
      let total = 0;
      for (const unitId of unitIds) {
        const years = byUnit.get(unitId);
        if (!years) continue;
        for (const [year, count] of years) {
          if (year >= fromYear && year <= toYear) total += count;
        }
      }
      return total;
    },
  };
}

function add(byUnit: Map<string, YearCounts>, unitId: string, year: number, count: number): void {
  let years = byUnit.get(unitId);
  if (!years) {
    years = new Map();
    byUnit.set(unitId, years);
  }
  years.set(year, (years.get(year) ?? 0) + count);
}

/**
 * A person struck off later still counts: the admission happened and the quota was used.
 */
export function tallyOfPeople(
  people: Iterable<{ unitId: string; milestones: Pick<Milestones, 'admittedOn'> }>,
): AdmissionTally {
  const byUnit = new Map<string, YearCounts>();
  for (const person of people) {
    const admittedOn = person.milestones.admittedOn;
    if (admittedOn) add(byUnit, person.unitId, yearOf(admittedOn), 1);
  }
  return tallyOf(byUnit);
}

/** The tally of the stored admission blocks (aggregates.ts): only their "admitted" cells are read. */
export function tallyOfBlocks(blocks: readonly AdmissionBlock[]): AdmissionTally {
  const byUnit = new Map<string, YearCounts>();
  const admitted = COLUMN.admitted;
  for (const block of blocks) {
    let start = 0;
    block.units.forEach((unitId, index) => {
      const end = block.ends[index] ?? start;
      for (let at = start; at < end; at += 2) {
        const cell = block.counts[at] ?? 0;
        if (cell % STAT_WIDTH !== admitted) continue;
        add(byUnit, unitId, Math.floor(cell / YEAR_CELLS), block.counts[at + 1] ?? 0);
      }
      start = end;
    });
  }
  return tallyOf(byUnit);
}
