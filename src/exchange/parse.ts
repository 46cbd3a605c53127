// Reads an exchange file: JSON → envelope → every record through the domain's zod schemas
// (which normalise NFC, resolve aliases of ethnic groups and religions, and turn omitted optional
// fields into null), each described in document-schema.ts. The first fault refuses the file whole
// with an ImportError naming the file, the record and the field (issue-report.ts says which and
// what was expected); unknown members and fields are warnings, never errors.
//
// Safety: JSON.parse creates "__proto__" as an ordinary own property, never a prototype; nothing
// here copies a parsed object as is. The envelope and the records come out of zod (fresh objects
// with the schema's keys only), and an unknown key (including "__proto__" or "constructor") is
// reported, not copied.
import * as z from 'zod';
import type { Place, PlaceFigure, Tombstone } from '@/domain/entities';
import { isJsonObject, ownMember } from '@/domain/plain-data';
import {
  EXCHANGE_VOCABULARY,
  NEWER_VERSION,
  RECORD_SCHEMAS,
  envelopeSchema,
} from './document-schema';
import { ImportError, receivedText, type ImportErrorData } from './errors';
import {
  BACKUP_MEMBER,
  DELETED_ARRAY,
  EXCHANGE_FORMAT,
  RECORD_ARRAYS,
  SUPPORTED_VERSIONS,
  utcStamp,
  type ExchangeArray,
  type ExchangeDocument,
  type ExchangeExtensions,
} from './format';
import { importErrorFields, reportIssue } from './issue-report';
import { parseJsonFile } from './json-text';
import { measurePhase } from './timing';
import type { MessageKey } from '@/i18n/messages';

export interface ImportWarning {
  array?: string;
  index?: number;
  id?: string;
  field: string;
  /** i18n key (exchange.warning.*). */
  message: MessageKey;
  /** How many records share this warning (the first is at `index`). */
  count?: number;
}

export interface ParsedExchange {
  document: ExchangeDocument;
  warnings: ImportWarning[];
  /** The raw `installationBackup` member of a backup file (validated by backup.ts), if any. */
  backup?: unknown;
}

/** Progress of validation, in records checked (the worker reports it to the page). */
export type ValidateProgress = (done: number, total: number) => void;

// ---------------------------------------------------------------------------------------------
// Envelope

const KNOWN_MEMBERS: ReadonlySet<string> = new Set(Object.keys(envelopeSchema.shape));

function notThisFormat(fileName: string, format: unknown): ImportError {
  const data: ImportErrorData = {
    code: 'notThisFormat',
    file: fileName,
    field: 'format',
    expected: 'exchange.expected.format',
  };
  const received = receivedText(format);
  if (received !== undefined) data.received = received;
  return new ImportError(data);
}

/** The envelope's members, checked and normalised; ImportError on the first fault. */
function readEnvelope(root: unknown, fileName: string) {
  const format = isJsonObject(root) ? ownMember(root, 'format') : undefined;
  if (format !== EXCHANGE_FORMAT) throw notThisFormat(fileName, format);
  const result = envelopeSchema.safeParse(root);
  if (result.success) return result.data;
  const report = reportIssue(envelopeSchema, root, result.error, EXCHANGE_VOCABULARY);
  if (report.message === NEWER_VERSION) {
    const version = ownMember(root as Record<string, unknown>, 'version') as number;
    throw new ImportError({
      code: 'newerVersion',
      file: fileName,
      field: 'version',
      received: String(version),
      params: { version, supported: SUPPORTED_VERSIONS.join(', ') },
    });
  }
  throw new ImportError({ code: 'invalidEnvelope', file: fileName, ...importErrorFields(report) });
}

function memberWarnings(root: Record<string, unknown>): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const key of Object.keys(root)) {
    if (key === BACKUP_MEMBER) {
      warnings.push({ field: key, message: 'exchange.warning.backupMember' });
    } else if (!KNOWN_MEMBERS.has(key)) {
      warnings.push({ field: key, message: 'exchange.warning.unknownMember' });
    }
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// Records

/** The fields a record may have, and those of its fields that are objects (a person's milestones). */
interface KnownFields {
  fields: ReadonlySet<string>;
  nested: readonly [field: string, fields: ReadonlySet<string>][];
}

function knownFieldsOf(schema: (typeof RECORD_SCHEMAS)[ExchangeArray]): KnownFields {
  const nested: [string, ReadonlySet<string>][] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    if (fieldSchema instanceof z.ZodObject)
      nested.push([field, new Set(Object.keys(fieldSchema.shape))]);
  }
  return { fields: new Set(Object.keys(schema.shape)), nested };
}

const KNOWN = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([array, schema]) => [array, knownFieldsOf(schema)]),
) as Record<ExchangeArray, KnownFields>;

/** Unknown fields, one warning per array and field (30,000 alike would drown the preview). */
class WarningCollector {
  private readonly byKey = new Map<string, ImportWarning>();

  add(array: string, index: number, id: unknown, field: string): void {
    const key = `${array}\u0000${field}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count = (existing.count ?? 1) + 1;
      return;
    }
    const warning: ImportWarning = {
      array,
      index,
      field,
      message: 'exchange.warning.unknownField',
      count: 1,
    };
    if (typeof id === 'string') warning.id = id;
    this.byKey.set(key, warning);
  }

  /** Reports the fields of `raw` (and of its object fields) that `known` does not list. */
  scan(array: string, index: number, raw: Record<string, unknown>, known: KnownFields): void {
    for (const key of Object.keys(raw)) {
      if (!known.fields.has(key)) this.add(array, index, ownMember(raw, 'id'), key);
    }
    for (const [field, fields] of known.nested) {
      const inner = ownMember(raw, field);
      if (!isJsonObject(inner)) continue;
      for (const key of Object.keys(inner)) {
        if (!fields.has(key)) this.add(array, index, ownMember(raw, 'id'), `${field}.${key}`);
      }
    }
  }

  list(): ImportWarning[] {
    return [...this.byKey.values()];
  }
}

type ParsedRecord = { id: string; updatedAt?: string; deletedAt?: string; type?: string };

function parseArray(
  array: ExchangeArray,
  items: readonly unknown[],
  fileName: string,
  warnings: WarningCollector,
  onRecord: () => void,
): unknown[] {
  const schema = RECORD_SCHEMAS[array];
  const known = KNOWN[array];
  const out: unknown[] = new Array(items.length);
  const seen = new Map<string, number>();
  for (let index = 0; index < items.length; index += 1) {
    const raw = items[index];
    if (isJsonObject(raw)) warnings.scan(array, index, raw, known);
    const result = schema.safeParse(raw);
    if (!result.success) {
      const report = reportIssue(schema, raw, result.error, EXCHANGE_VOCABULARY);
      const id = isJsonObject(raw) ? ownMember(raw, 'id') : undefined;
      throw new ImportError({
        code: 'invalidRecord',
        file: fileName,
        array,
        index,
        ...(typeof id === 'string' ? { id } : {}),
        ...importErrorFields(report),
      });
    }
    const record = result.data as ParsedRecord;
    if (record.updatedAt !== undefined) record.updatedAt = utcStamp(record.updatedAt);
    if (record.deletedAt !== undefined) record.deletedAt = utcStamp(record.deletedAt);
    const first = seen.get(record.id);
    if (first !== undefined && array !== DELETED_ARRAY) {
      throw new ImportError({
        code: 'duplicateId',
        file: fileName,
        array,
        index,
        id: record.id,
        field: 'id',
        received: record.id,
        params: { otherIndex: first },
      });
    }
    if (array !== DELETED_ARRAY) seen.set(record.id, index);
    out[index] = record;
    onRecord();
  }
  return array === DELETED_ARRAY ? mergeTombstones(out as Tombstone[]) : out;
}

/** Two tombstones of one record (a tool that logs every delete): the later one counts. */
function mergeTombstones(tombstones: readonly Tombstone[]): Tombstone[] {
  const byKey = new Map<string, Tombstone>();
  for (const tombstone of tombstones) {
    const key = `${tombstone.type}:${tombstone.id}`;
    const existing = byKey.get(key);
    if (!existing || tombstone.deletedAt > existing.deletedAt) byKey.set(key, tombstone);
  }
  return [...byKey.values()];
}

/**
 * At most one figure per place and year in a file (exchange-format.md, PlaceFigure): a second is
 * refused, naming both records and the place.
 */
function checkOneFigurePerYear(
  figures: readonly PlaceFigure[],
  places: readonly Place[],
  fileName: string,
): void {
  const seen = new Map<string, number>();
  figures.forEach((figure, index) => {
    const key = `${figure.placeId}:${figure.year}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const place = places.find((candidate) => candidate.id === figure.placeId);
    throw new ImportError({
      code: 'duplicatePlaceYear',
      file: fileName,
      array: 'placeFigures',
      index,
      id: figure.id,
      field: 'year',
      received: String(figure.year),
      params: {
        otherIndex: first,
        year: figure.year,
        place: place ? `“${place.name}”` : figure.placeId,
      },
    });
  });
}

// ---------------------------------------------------------------------------------------------

/**
 * Parses and validates an exchange file. Throws ImportError on the first fault (the file is
 * refused whole); returns the normalised document and the warnings (unknown members and fields).
 */
export function parseExchange(
  text: string,
  fileName: string,
  onProgress?: ValidateProgress,
): ParsedExchange {
  const root = parseJsonFile(text, fileName);
  const envelope = readEnvelope(root, fileName);
  const warnings = memberWarnings(root as Record<string, unknown>);

  const arrays = [...RECORD_ARRAYS, DELETED_ARRAY] as const;
  // The arrays added after version 1 was published may be absent: absent is empty.
  const items = (array: ExchangeArray): readonly unknown[] => envelope[array] ?? [];
  const total = arrays.reduce((sum, array) => sum + items(array).length, 0);
  const step = Math.max(1, Math.floor(total / 50));
  let done = 0;
  const onRecord = () => {
    done += 1;
    if (onProgress && (done % step === 0 || done === total)) onProgress(done, total);
  };
  const collector = new WarningCollector();
  const parsed = {} as Record<ExchangeArray, unknown[]>;
  const validating = performance.now();
  for (const array of arrays) {
    parsed[array] = parseArray(array, items(array), fileName, collector, onRecord);
  }
  checkOneFigurePerYear(parsed.placeFigures as PlaceFigure[], parsed.places as Place[], fileName);
  measurePhase('validate', validating);
  warnings.push(...collector.list());

  const extensions: ExchangeExtensions = {};
  if (envelope.provincePublicKey) extensions.provincePublicKey = envelope.provincePublicKey;
  if (envelope.unitKeys) extensions.unitKeys = envelope.unitKeys;
  const document: ExchangeDocument = {
    format: EXCHANGE_FORMAT,
    version: envelope.version,
    exportId: envelope.exportId,
    exportedAt: envelope.exportedAt,
    source: envelope.source,
    scope: envelope.scope,
    units: parsed.units as ExchangeDocument['units'],
    people: parsed.people as ExchangeDocument['people'],
    classes: parsed.classes as ExchangeDocument['classes'],
    targets: parsed.targets as ExchangeDocument['targets'],
    memberCounts: parsed.memberCounts as ExchangeDocument['memberCounts'],
    deleted: parsed.deleted as ExchangeDocument['deleted'],
    places: parsed.places as ExchangeDocument['places'],
    placeFigures: parsed.placeFigures as ExchangeDocument['placeFigures'],
    ...extensions,
  };
  const backup = ownMember(root as Record<string, unknown>, BACKUP_MEMBER);
  return backup === undefined ? { document, warnings } : { document, warnings, backup };
}
