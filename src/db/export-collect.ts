// Collecting an export: the records of a unit's subtree (all, or changed since the last export)
// and the tombstones to send, read in one read transaction. The file itself is built in
// src/exchange/export.ts; the export log is exchange-logs.ts.
import type { RecordType } from '@/domain/code-lists';
import {
  nowStamp,
  type MemberCount,
  type Person,
  type Place,
  type PlaceFigure,
  type Target,
  type Tombstone,
  type TrainingClass,
  type Unit,
} from '@/domain/entities';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { openPeopleRows } from './app-lock';
import type { ExportContent } from './exchange-logs';
import { exchangeReadTables, later } from './exchange-tables';
import { fromRow } from './people-repo';
import type { PersonRow, TombstoneRow } from './rows';
import { PEOPLE_PER_READ, readInChunks } from './read-in-chunks';
import { db } from './schema';

/** What buildExport (src/exchange/export.ts) takes, plus when the reading began. */
export interface CollectedExport {
  source: { unitId: string; unitCode: string; unitName: string };
  scope: { type: 'full' } | { type: 'changes'; since: string };
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
  deleted: Tombstone[];
  places: Place[];
  placeFigures: PlaceFigure[];
  /** The instant the reading began: pass it to recordExport, the next "changes" starts there. */
  asOf: string;
}

export class ExportError extends Error {
  constructor(readonly code: 'unknownUnit') {
    super(code);
    this.name = 'ExportError';
  }
}

/**
 * The records of a unit's subtree (full, or changed after `since`) and the tombstones to send:
 * those written here (deletions made on this computer) and those an import recorded for a unit
 * of the subtree. `content: 'provinceTree'` is the province's downward file: the unit tree,
 * quotas, member counts and the places the units answer for (with their figures), no people and
 * no classes.
 *
 * A unit that relays files from below (a commune's grassroots committees send it theirs) must
 * pass on what they brought even though it changed before `since`: records keep the instant of
 * their last change, not of their arrival here. So a "changes" export also holds, for every file
 * imported after `since` from a unit of the subtree, the records that file could have brought
 * (its sender's subtree, changed after the file's own `since`).
 */
export async function collectExport(options: {
  rootUnitId: string;
  since?: string | null;
  content?: ExportContent;
}): Promise<CollectedExport> {
  const d = db();
  const since = options.since ?? null;
  const content = options.content ?? 'subtree';
  const asOf = nowStamp();
  const tables = exchangeReadTables(d);
  type Read = Omit<CollectedExport, 'people'> & { peopleRows: PersonRow[] };
  const { peopleRows, ...collected } = await d.transaction('r', tables, async (): Promise<Read> => {
    const allUnits = await d.units.toArray();
    const root = allUnits.find((unit) => unit.id === options.rootUnitId);
    if (!root) throw new ExportError('unknownUnit');
    const subtree = subtreeIdsOf(allUnits, root.id);
    const relays =
      since === null
        ? []
        : (await d.importLog.where('importedAt').above(since).toArray())
            .filter((entry) => !entry.isProvinceFile && subtree.has(entry.sourceUnitId))
            .map((entry) => ({
              units: subtreeIdsOf(allUnits, entry.sourceUnitId),
              floor: entry.scope.type === 'changes' ? entry.scope.since : null,
            }));
    const relayed = (unitId: string, instant: string) =>
      relays.some(
        (relay) => relay.units.has(unitId) && (relay.floor === null || later(instant, relay.floor)),
      );
    const changed = (unitId: string, instant: string) =>
      since === null || later(instant, since) || relayed(unitId, instant);
    const inScope = <R extends { unitId: string; updatedAt: string }>(rows: R[]) =>
      rows.filter((row) => subtree.has(row.unitId) && changed(row.unitId, row.updatedAt));
    // Every record, or (a file of changes relaying none) those changed since the last export.
    const whole = since === null || relays.length > 0;
    const read = <R>(table: {
      toArray(): Promise<R[]>;
      where(index: string): { above(key: string): { toArray(): Promise<R[]> } };
    }) => (whole ? table.toArray() : table.where('updatedAt').above(since).toArray());
    const withPeople = content === 'subtree';
    const [people, classes, targets, memberCounts, places, figures, tombstones] = await Promise.all(
      [
        // Every person of a province in one read would pass what one request may return.
        withPeople
          ? whole
            ? readInChunks(d.people, PEOPLE_PER_READ)
            : read<PersonRow>(d.people)
          : Promise.resolve([]),
        withPeople ? read<TrainingClass>(d.classes) : Promise.resolve([]),
        read<Target>(d.targets),
        read<MemberCount>(d.memberCounts),
        // Every place: a figure's owner is its place's unit, whenever the place last changed.
        d.places.toArray(),
        read<PlaceFigure>(d.placeFigures),
        (since === null || relays.length > 0
          ? d.tombstones.toArray()
          : d.tombstones.where('deletedAt').above(since).toArray()) as Promise<TombstoneRow[]>,
      ],
    );
    const types: ReadonlySet<RecordType> = withPeople
      ? new Set(['unit', 'person', 'class', 'target', 'memberCount', 'place', 'placeFigure'])
      : new Set(['unit', 'target', 'memberCount', 'place', 'placeFigure']);
    const placeUnit = new Map(places.map((place) => [place.id, place.unitId]));
    return {
      source: { unitId: root.id, unitCode: root.code, unitName: root.name },
      scope: since === null ? { type: 'full' } : { type: 'changes', since },
      units: allUnits.filter((unit) => subtree.has(unit.id) && changed(unit.id, unit.updatedAt)),
      peopleRows: inScope(people),
      classes: inScope(classes),
      targets: inScope(targets),
      memberCounts: inScope(memberCounts),
      places: inScope(places),
      placeFigures: inScope(
        figures.flatMap((figure) => {
          const unitId = placeUnit.get(figure.placeId);
          return unitId === undefined ? [] : [{ figure, unitId, updatedAt: figure.updatedAt }];
        }),
      ).map(({ figure }) => figure),
      deleted: tombstones
        .filter(
          (row) =>
            types.has(row.type) &&
            (row.unitId === undefined
              ? since === null || later(row.deletedAt, since)
              : subtree.has(row.unitId) && changed(row.unitId, row.deletedAt)),
        )
        .map(({ type, id, deletedAt }) => ({ type, id, deletedAt })),
      asOf,
    };
  });
  // The province's file carries the CCCD in clear (its format seals whole files, not fields):
  // CCCDs sealed by the app lock are opened here, after the read transaction.
  const people = (await openPeopleRows(peopleRows)).map(fromRow);
  return { ...collected, people };
}
