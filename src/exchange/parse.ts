// Reads an exchange file: JSON → envelope → every record through the domain's zod schemas
// (which normalise NFC, resolve aliases of ethnic groups and religions, and turn omitted optional
// fields into null). The first fault refuses the file whole with an ImportError naming the file,
// the record and the field; unknown members and fields are warnings, never errors.
//
// Safety: JSON.parse creates "__proto__" as an ordinary own property, never a prototype; nothing
// here copies a parsed object as is. Records come out of zod (fresh objects with the schema's keys
// only), keys are copied member by member from a fixed list, and an unknown key (including
// "__proto__" or "constructor") is reported, not copied.
import {
  CLASS_KINDS,
  EDUCATION_LEVELS,
  GENDERS,
  MILESTONE_KEYS,
  OCCUPATIONS,
  RECORD_TYPES,
  UNIT_KINDS,
  UNIT_SECTORS,
  WORKPLACE_SECTORS,
  type RecordType,
} from '@/domain/code-lists';
import {
  KNOWN_FIELDS,
  dateTimeSchema,
  idSchema,
  memberCountSchema,
  personSchema,
  targetSchema,
  tombstoneSchema,
  trainingClassSchema,
  unitSchema,
  type Tombstone,
} from '@/domain/entities';
import { cleanText } from '@/domain/text';
import type { MessageKey } from '@/i18n/messages';
import {
  ARRAY_TYPE,
  BACKUP_MEMBER,
  CONTRACT_MEMBERS,
  DELETED_ARRAY,
  EXCHANGE_FORMAT,
  EXTENSION_MEMBERS,
  RECORD_ARRAYS,
  SUPPORTED_VERSIONS,
  utcStamp,
  type ExchangeArray,
  type ExchangeDocument,
  type ExchangeExtensions,
  type ExchangeScope,
  type ExchangeSource,
} from './format';
import { ImportError, receivedText, type ExpectedCode, type ImportErrorData } from './errors';
import { measurePhase, timed } from './timing';

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

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: Raw, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON

/**
 * Does the text stop in the middle of a JSON value (an open string, object or array)? Scans
 * brackets outside strings, so the answer does not depend on the engine's error message.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let sawValue = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) {
      inString = true;
      sawValue = true;
    } else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      sawValue = true;
    } else if (char === 0x7d || char === 0x5d) {
      depth -= 1;
      // More closing than opening brackets: broken, not cut short.
      if (depth < 0) return false;
    }
  }
  return sawValue && (inString || depth > 0);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function parseJson(text: string, fileName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError({ code: 'emptyFile', file: fileName });
  try {
    return timed('parse', () => JSON.parse(body) as unknown);
  } catch (error) {
    if (looksTruncated(body)) throw new ImportError({ code: 'truncated', file: fileName });
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined) {
      const { line, column } = lineAndColumn(body, Number(position));
      throw new ImportError({ code: 'notJson', file: fileName, params: { line, column } });
    }
    throw new ImportError({ code: 'notJson', file: fileName });
  }
}

// ---------------------------------------------------------------------------------------------
// What each field must hold, for the message (exchange.expected.*)

const nullable = (values: readonly string[]) => [...values, 'null'];

const ENUMS: Record<string, readonly string[]> = {
  'unit.kind': UNIT_KINDS,
  'unit.sector': nullable(UNIT_SECTORS),
  'person.gender': GENDERS,
  'person.occupation': OCCUPATIONS,
  'person.workplaceSector': nullable(WORKPLACE_SECTORS),
  'person.education': nullable(EDUCATION_LEVELS),
  'class.kind': CLASS_KINDS,
  'tombstone.type': RECORD_TYPES,
};

const FIELD_EXPECTED: Record<string, ExpectedCode> = {
  id: 'uuid',
  updatedAt: 'dateTime',
  deletedAt: 'dateTime',
  unitId: 'uuid',
  parentId: 'uuidOrNull',
  successorId: 'uuidOrNull',
  awarenessClassId: 'uuidOrNull',
  newMemberClassId: 'uuidOrNull',
  code: 'text',
  name: 'text',
  fullName: 'text',
  title: 'text',
  openedOn: 'dateOrNull',
  closedOn: 'dateOrNull',
  birthDate: 'date',
  startOn: 'date',
  endOn: 'date',
  ethnicity: 'ethnicity',
  religion: 'religion',
  youthUnion: 'boolean',
  nationalId: 'nationalId',
  milestones: 'milestones',
  decisionNo: 'textOrNull',
  document: 'textOrNull',
  attendeeCount: 'count',
  admissions: 'count',
  total: 'count',
  fromYear: 'year',
  toYear: 'year',
  year: 'year',
};

/** Zod messages that say more than the field's type. */
const MESSAGE_EXPECTED: Record<string, ExpectedCode> = {
  'validation.endBeforeStart': 'endOn',
  'validation.toYearBeforeFromYear': 'toYear',
};

function expectedFor(
  type: RecordType | 'tombstone',
  field: string,
  message: string,
): { expected: MessageKey; params?: Record<string, string> } {
  const special = MESSAGE_EXPECTED[message];
  if (special) return { expected: `exchange.expected.${special}` };
  const allowed = ENUMS[`${type}.${field}`];
  if (allowed)
    return { expected: 'exchange.expected.enum', params: { allowed: allowed.join(', ') } };
  if (field.startsWith('milestones.')) return { expected: 'exchange.expected.dateOrNull' };
  return { expected: `exchange.expected.${FIELD_EXPECTED[field] ?? 'valid'}` };
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (!isObject(value) && !Array.isArray(value)) return undefined;
    value = own(value as Raw, String(key));
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Envelope

function envelopeError(
  fileName: string,
  field: string,
  expected: ExpectedCode,
  value: unknown,
  params?: Record<string, string | number>,
): ImportError {
  const data: ImportErrorData = {
    code: 'invalidEnvelope',
    file: fileName,
    field,
    expected: `exchange.expected.${expected}`,
  };
  const received = receivedText(value);
  if (received !== undefined) data.received = received;
  if (params) data.params = params;
  return new ImportError(data);
}

function checkVersion(root: Raw, fileName: string): number {
  const version = own(root, 'version');
  const supported = SUPPORTED_VERSIONS.join(', ');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw envelopeError(fileName, 'version', 'version', version, { supported });
  }
  if (version > Math.max(...SUPPORTED_VERSIONS)) {
    throw new ImportError({
      code: 'newerVersion',
      file: fileName,
      field: 'version',
      received: String(version),
      params: { version, supported },
    });
  }
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw envelopeError(fileName, 'version', 'version', version, { supported });
  }
  return version;
}

function requiredText(object: Raw, key: string, field: string, fileName: string): string {
  const value = own(object, key);
  const text = typeof value === 'string' ? cleanText(value) : '';
  if (text === '') throw envelopeError(fileName, field, 'text', value);
  return text;
}

function checkSource(root: Raw, fileName: string): ExchangeSource {
  const source = own(root, 'source');
  if (!isObject(source)) throw envelopeError(fileName, 'source', 'source', source);
  const unitId = own(source, 'unitId');
  if (!idSchema.safeParse(unitId).success) {
    throw envelopeError(fileName, 'source.unitId', 'uuid', unitId);
  }
  return {
    unitId: unitId as string,
    unitCode: requiredText(source, 'unitCode', 'source.unitCode', fileName),
    unitName: requiredText(source, 'unitName', 'source.unitName', fileName),
    app: requiredText(source, 'app', 'source.app', fileName),
  };
}

function checkScope(root: Raw, fileName: string): ExchangeScope {
  const scope = own(root, 'scope');
  if (!isObject(scope)) throw envelopeError(fileName, 'scope', 'scope', scope);
  const type = own(scope, 'type');
  if (type === 'full') return { type: 'full' };
  if (type === 'changes') {
    const since = own(scope, 'since');
    if (!dateTimeSchema.safeParse(since).success) {
      throw envelopeError(fileName, 'scope.since', 'dateTime', since);
    }
    return { type: 'changes', since: utcStamp(since as string) };
  }
  throw envelopeError(fileName, 'scope.type', 'scopeType', type);
}

const JWK_STRING_MEMBERS = ['kty', 'crv', 'x', 'y', 'n', 'e', 'alg', 'use'] as const;

/** A public JWK copied member by member (a JWK with a private member "d" is refused). */
function readJwk(value: unknown): JsonWebKey | null {
  if (!isObject(value) || typeof own(value, 'kty') !== 'string' || own(value, 'd') !== undefined) {
    return null;
  }
  const jwk: JsonWebKey = {};
  for (const key of JWK_STRING_MEMBERS) {
    const member = own(value, key);
    if (member === undefined) continue;
    if (typeof member !== 'string') return null;
    jwk[key] = member;
  }
  const ext = own(value, 'ext');
  if (ext !== undefined) {
    if (typeof ext !== 'boolean') return null;
    jwk.ext = ext;
  }
  const keyOps = own(value, 'key_ops');
  if (keyOps !== undefined) {
    if (!Array.isArray(keyOps) || !keyOps.every((op) => typeof op === 'string')) return null;
    jwk.key_ops = [...(keyOps as string[])];
  }
  return jwk;
}

function checkExtensions(root: Raw, fileName: string): ExchangeExtensions {
  const extensions: ExchangeExtensions = {};
  const provinceKey = own(root, 'provincePublicKey');
  if (provinceKey !== undefined && provinceKey !== null) {
    const jwk = readJwk(provinceKey);
    if (!jwk) throw envelopeError(fileName, 'provincePublicKey', 'jwk', provinceKey);
    extensions.provincePublicKey = jwk;
  }
  const unitKeys = own(root, 'unitKeys');
  if (unitKeys !== undefined && unitKeys !== null) {
    if (!isObject(unitKeys)) throw envelopeError(fileName, 'unitKeys', 'unitKeys', unitKeys);
    const keys: Record<string, JsonWebKey> = Object.create(null) as Record<string, JsonWebKey>;
    for (const [unitId, value] of Object.entries(unitKeys)) {
      if (!idSchema.safeParse(unitId).success) {
        throw envelopeError(fileName, 'unitKeys', 'unitKeys', unitId);
      }
      const jwk = readJwk(value);
      if (!jwk) throw envelopeError(fileName, `unitKeys.${unitId}`, 'jwk', value);
      keys[unitId] = jwk;
    }
    extensions.unitKeys = { ...keys };
  }
  return extensions;
}

// ---------------------------------------------------------------------------------------------
// Records

const SCHEMAS = {
  units: unitSchema,
  people: personSchema,
  classes: trainingClassSchema,
  targets: targetSchema,
  memberCounts: memberCountSchema,
  deleted: tombstoneSchema,
} as const;

const KNOWN: Record<ExchangeArray, ReadonlySet<string>> = {
  units: new Set(KNOWN_FIELDS.unit),
  people: new Set(KNOWN_FIELDS.person),
  classes: new Set(KNOWN_FIELDS.class),
  targets: new Set(KNOWN_FIELDS.target),
  memberCounts: new Set(KNOWN_FIELDS.memberCount),
  deleted: new Set(['type', 'id', 'deletedAt']),
};
const KNOWN_MILESTONES: ReadonlySet<string> = new Set(MILESTONE_KEYS);
const KNOWN_MEMBERS: ReadonlySet<string> = new Set([...CONTRACT_MEMBERS, ...EXTENSION_MEMBERS]);

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

  list(): ImportWarning[] {
    return [...this.byKey.values()];
  }
}

function recordError(
  fileName: string,
  array: string,
  index: number,
  raw: unknown,
  field: string | undefined,
  expected: { expected: MessageKey; params?: Record<string, string> },
  value: unknown,
): ImportError {
  const data: ImportErrorData = {
    code: 'invalidRecord',
    file: fileName,
    array,
    index,
    expected: expected.expected,
  };
  const id = isObject(raw) ? own(raw, 'id') : undefined;
  if (typeof id === 'string') data.id = id;
  if (field !== undefined) data.field = field;
  const received = receivedText(value);
  if (received !== undefined) data.received = received;
  if (expected.params) data.params = expected.params;
  return new ImportError(data);
}

function typeOfArray(array: ExchangeArray): RecordType | 'tombstone' {
  return array === DELETED_ARRAY ? 'tombstone' : ARRAY_TYPE[array];
}

function parseArray<A extends ExchangeArray>(
  array: A,
  items: readonly unknown[],
  fileName: string,
  warnings: WarningCollector,
  onRecord: () => void,
): unknown[] {
  const schema = SCHEMAS[array];
  const known = KNOWN[array];
  const type = typeOfArray(array);
  const out: unknown[] = new Array(items.length);
  const seen = new Map<string, number>();
  for (let index = 0; index < items.length; index += 1) {
    const raw = items[index];
    if (!isObject(raw)) {
      throw recordError(
        fileName,
        array,
        index,
        raw,
        undefined,
        { expected: 'exchange.expected.record' },
        raw,
      );
    }
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) warnings.add(array, index, own(raw, 'id'), key);
    }
    if (array === 'people') {
      const milestones = own(raw, 'milestones');
      if (isObject(milestones)) {
        for (const key of Object.keys(milestones)) {
          if (!KNOWN_MILESTONES.has(key)) {
            warnings.add(array, index, own(raw, 'id'), `milestones.${key}`);
          }
        }
      }
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue?.path ?? [];
      const field = path.length > 0 ? path.map(String).join('.') : undefined;
      throw recordError(
        fileName,
        array,
        index,
        raw,
        field,
        expectedFor(type, field ?? '', issue?.message ?? ''),
        field === undefined ? raw : valueAt(raw, path),
      );
    }
    const record = result.data as {
      id: string;
      updatedAt?: string;
      deletedAt?: string;
      type?: string;
    };
    if (record.updatedAt !== undefined) record.updatedAt = utcStamp(record.updatedAt);
    if (record.deletedAt !== undefined) record.deletedAt = utcStamp(record.deletedAt);
    const key = array === DELETED_ARRAY ? `${record.type}:${record.id}` : record.id;
    const first = seen.get(key);
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
    seen.set(key, index);
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
  const root = parseJson(text, fileName);
  if (!isObject(root) || own(root, 'format') !== EXCHANGE_FORMAT) {
    const format = isObject(root) ? own(root, 'format') : undefined;
    const data: ImportErrorData = {
      code: 'notThisFormat',
      file: fileName,
      field: 'format',
      expected: 'exchange.expected.format',
    };
    const received = receivedText(format);
    if (received !== undefined) data.received = received;
    throw new ImportError(data);
  }
  const version = checkVersion(root, fileName);

  const exportId = own(root, 'exportId');
  if (!idSchema.safeParse(exportId).success) {
    throw envelopeError(fileName, 'exportId', 'uuid', exportId);
  }
  const exportedAt = own(root, 'exportedAt');
  if (!dateTimeSchema.safeParse(exportedAt).success) {
    throw envelopeError(fileName, 'exportedAt', 'dateTime', exportedAt);
  }
  const source = checkSource(root, fileName);
  const scope = checkScope(root, fileName);
  const arrays = {} as Record<ExchangeArray, unknown[]>;
  for (const array of [...RECORD_ARRAYS, DELETED_ARRAY] as const) {
    const value = own(root, array);
    if (!Array.isArray(value)) throw envelopeError(fileName, array, 'array', value);
    arrays[array] = value;
  }
  const extensions = checkExtensions(root, fileName);

  const warnings: ImportWarning[] = [];
  for (const key of Object.keys(root)) {
    if (key === BACKUP_MEMBER) {
      warnings.push({ field: key, message: 'exchange.warning.backupMember' });
    } else if (!KNOWN_MEMBERS.has(key)) {
      warnings.push({ field: key, message: 'exchange.warning.unknownMember' });
    }
  }

  const total = Object.values(arrays).reduce((sum, items) => sum + items.length, 0);
  const step = Math.max(1, Math.floor(total / 50));
  let done = 0;
  const onRecord = () => {
    done += 1;
    if (onProgress && (done % step === 0 || done === total)) onProgress(done, total);
  };
  const collector = new WarningCollector();
  const parsed = {} as Record<ExchangeArray, unknown[]>;
  const validating = performance.now();
  for (const array of [...RECORD_ARRAYS, DELETED_ARRAY] as const) {
    parsed[array] = parseArray(array, arrays[array], fileName, collector, onRecord);
  }
  measurePhase('validate', validating);
  warnings.push(...collector.list());

  const document: ExchangeDocument = {
    format: EXCHANGE_FORMAT,
    version,
    exportId: exportId as string,
    exportedAt: utcStamp(exportedAt as string),
    source,
    scope,
    units: parsed.units as ExchangeDocument['units'],
    people: parsed.people as ExchangeDocument['people'],
    classes: parsed.classes as ExchangeDocument['classes'],
    targets: parsed.targets as ExchangeDocument['targets'],
    memberCounts: parsed.memberCounts as ExchangeDocument['memberCounts'],
    deleted: parsed.deleted as ExchangeDocument['deleted'],
    ...extensions,
  };
  const backup = own(root, BACKUP_MEMBER);
  return backup === undefined ? { document, warnings } : { document, warnings, backup };
}
