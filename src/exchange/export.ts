// Writes an exchange document (pure: the records are collected by db/export-collect.ts). Every
// record is rebuilt from the contract's field list, so a stored row's derived columns (a person's
// stage and search key) or any other local field never leak into a file.
import { MILESTONE_KEYS } from '@/domain/code-lists';
import { localIsoDate } from '@/domain/dates';
import { fileSlug } from '@/domain/file-slug';
import {
  KNOWN_FIELDS,
  newId,
  type MemberCount,
  type Person,
  type Place,
  type PlaceFigure,
  type Target,
  type Tombstone,
  type TrainingClass,
  type Unit,
} from '@/domain/entities';
import { flattenTree } from '@/domain/unit-tree';
import {
  APP_ID,
  DELETED_ARRAY,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  FILE_EXTENSION,
  OPTIONAL_ARRAYS,
  RECORD_ARRAYS,
  type ExchangeDocument,
  type ExchangeExtensions,
  type ExchangeScope,
} from './format';

export interface ExportInput {
  source: { unitId: string; unitCode: string; unitName: string };
  scope: ExchangeScope;
  units: readonly Unit[];
  people: readonly Person[];
  classes: readonly TrainingClass[];
  targets: readonly Target[];
  memberCounts: readonly MemberCount[];
  deleted: readonly Tombstone[];
  places: readonly Place[];
  placeFigures: readonly PlaceFigure[];
  extensions?: ExchangeExtensions;
}

function pick<T>(record: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = (record as Record<string, unknown>)[field] ?? null;
  return out as T;
}

function personRecord(person: Person): Person {
  const record = pick(person, KNOWN_FIELDS.person);
  const milestones: Record<string, string | null> = {};
  for (const key of MILESTONE_KEYS) milestones[key] = person.milestones[key] ?? null;
  record.milestones = milestones as Person['milestones'];
  return record;
}

/**
 * A record as a line of the file. A person's `placeId` (added 2026-12) is left out when empty,
 * so that an older PTĐV reads a file without places with no warning (absent is null).
 */
function recordLine(array: string, record: unknown): string {
  if (array === 'people' && (record as Person).placeId === null) {
    const { placeId: _none, ...rest } = record as Person;
    return JSON.stringify(rest);
  }
  return JSON.stringify(record);
}

/** Parents before children (any order imports; this one reads well). */
function treeOrder(units: readonly Unit[]): Unit[] {
  const ordered = flattenTree(units).map((node) => node.unit);
  const placed = new Set(ordered.map((unit) => unit.id));
  return [...ordered, ...units.filter((unit) => !placed.has(unit.id))];
}

export function buildExport(input: ExportInput, now: Date = new Date()): ExchangeDocument {
  const document: ExchangeDocument = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportId: newId(),
    exportedAt: now.toISOString(),
    source: {
      unitId: input.source.unitId,
      unitCode: input.source.unitCode,
      unitName: input.source.unitName,
      app: APP_ID,
    },
    scope:
      input.scope.type === 'full'
        ? { type: 'full' }
        : { type: 'changes', since: input.scope.since },
    units: treeOrder(input.units).map((unit) => pick(unit, KNOWN_FIELDS.unit)),
    people: input.people.map(personRecord),
    classes: input.classes.map((item) => pick(item, KNOWN_FIELDS.class)),
    targets: input.targets.map((target) => pick(target, KNOWN_FIELDS.target)),
    memberCounts: input.memberCounts.map((count) => pick(count, KNOWN_FIELDS.memberCount)),
    deleted: input.deleted.map(({ type, id, deletedAt }) => ({ type, id, deletedAt })),
    places: input.places.map((place) => pick(place, KNOWN_FIELDS.place)),
    placeFigures: input.placeFigures.map((figure) => pick(figure, KNOWN_FIELDS.placeFigure)),
  };
  if (input.extensions?.provincePublicKey) {
    document.provincePublicKey = input.extensions.provincePublicKey;
  }
  if (input.extensions?.unitKeys && Object.keys(input.extensions.unitKeys).length > 0) {
    document.unitKeys = input.extensions.unitKeys;
  }
  return document;
}

/**
 * The file's text: the header indented, one record per line (a file of 30,000 people stays
 * readable in a text editor and diffs line by line), UTF-8 and NFC as the contract asks.
 */
export function serializeExport(document: ExchangeDocument): string {
  const members: string[] = [];
  const member = (name: string, value: unknown) =>
    members.push(`  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  member('format', document.format);
  member('version', document.version);
  member('exportId', document.exportId);
  member('exportedAt', document.exportedAt);
  member('source', document.source);
  member('scope', document.scope);
  if (document.provincePublicKey) member('provincePublicKey', document.provincePublicKey);
  if (document.unitKeys) member('unitKeys', document.unitKeys);
  for (const array of [...RECORD_ARRAYS, DELETED_ARRAY] as const) {
    const records = document[array] as readonly unknown[];
    if (records.length === 0 && array !== DELETED_ARRAY && OPTIONAL_ARRAYS.has(array)) continue;
    if (records.length === 0) {
      members.push(`  ${JSON.stringify(array)}: []`);
      continue;
    }
    const lines = records.map((record) => `    ${recordLine(array, record)}`);
    members.push(`  ${JSON.stringify(array)}: [\n${lines.join(',\n')}\n  ]`);
  }
  return `{\n${members.join(',\n')}\n}\n`.normalize('NFC');
}

/** e.g. `ptdv-xa-tan-lap-2026-11-28-changes.ptdv.json` (the local date of the export). */
export function exportFileName(document: ExchangeDocument): string {
  const code = fileSlug(document.source.unitCode, 'don-vi');
  const day = localIsoDate(new Date(document.exportedAt));
  return `ptdv-${code}-${day}-${document.scope.type}${FILE_EXTENSION}`;
}
