// The tables of the records (with the history and the tombstones) and of their aggregates: what
// the demo fills and clears, and what a backup reads and restores besides the settings and logs.
import { aggregateTables } from './aggregates';
import type { PtdvDatabase } from './schema';

export function dataTables(d: PtdvDatabase) {
  return [
    d.units,
    d.people,
    d.classes,
    d.targets,
    d.memberCounts,
    d.places,
    d.placeFigures,
    d.tombstones,
    d.unitEvents,
    ...aggregateTables(d),
  ];
}
