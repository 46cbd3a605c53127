// The per-unit aggregates of people (the people list, the duplicate keys): one record per unit,
// a write's changes gathered by unit as entries taken out (−1) and put in (1), in the order they
// came. What the two share: gathering the changes, and applying them to a unit's entries.
export type UnitChanges<Entry> = Map<string, [Entry, 1 | -1][]>;

export function addUnitChange<Entry>(
  changes: UnitChanges<Entry>,
  unitId: string,
  entry: Entry,
  sign: 1 | -1,
): void {
  const list = changes.get(unitId);
  if (list) list.push([entry, sign]);
  else changes.set(unitId, [[entry, sign]]);
}

/** A unit's entries after a list of changes: removals first, so a person changed is replaced. */
export function entriesAfter<Entry extends { id: string }>(
  entries: Map<string, Entry>,
  changes: readonly [Entry, 1 | -1][],
): Map<string, Entry> {
  for (const [entry, sign] of changes) if (sign === -1) entries.delete(entry.id);
  for (const [entry, sign] of changes) if (sign === 1) entries.set(entry.id, entry);
  return entries;
}

/** The records of units computed from scratch, in unit order (units left empty have none). */
export function unitRecordsOf<Entry extends { id: string }, Block extends { unitId: string }>(
  changes: UnitChanges<Entry>,
  pack: (unitId: string, entries: Iterable<Entry>) => Block,
): Block[] {
  const rows: Block[] = [];
  for (const [unitId, list] of changes) {
    const entries = entriesAfter(new Map(), list);
    if (entries.size > 0) rows.push(pack(unitId, entries.values()));
  }
  return rows.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
