// Why a file is refused, with every fact the message needs: the file, the record (array, index,
// id), the field, what was expected and what was found. Errors cross from the worker to the page
// as plain objects (ImportErrorData); importErrorMessage turns either form into a sentence.
import type { ImportApplyError } from '@/db/import-errors';
import type { Translate } from '@/i18n/translate';
import type { MessageKey } from '@/i18n/messages';

export const IMPORT_ERROR_CODES = [
  'emptyFile',
  'unreadable',
  'notUtf8',
  'notJson',
  'truncated',
  'notThisFormat',
  'newerVersion',
  'invalidEnvelope',
  'invalidRecord',
  'missingReference',
  'duplicateId',
  // Two figures of one place for one year in a file (at most one each).
  'duplicatePlaceYear',
  'sealedNoKey',
  'sealedTampered',
  'sealedWrongSigner',
  'sealedNotForUs',
  // The plan of a preview is gone from the import worker (it restarted): preview again.
  'previewExpired',
  // The app lock: locked (no keys to seal the CCCDs with), or turned on, off or changed (or being
  // so) while the file was applied. Nothing of the file was written; apply it again.
  'appLocked',
  'lockChanged',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** What a field of an exchange file must hold: the end of its key (exchange.expected.*). */
export type ExpectedCode = ExpectedSuffix<MessageKey>;
type ExpectedSuffix<K> = K extends `exchange.expected.${infer Code}` ? Code : never;

export interface ImportErrorData {
  code: ImportErrorCode;
  file: string;
  /** The array of the record at fault (`people`), absent for the envelope. */
  array?: string;
  index?: number;
  id?: string;
  /** The field at fault, dotted for nested ones (`milestones.admittedOn`, `source.unitId`). */
  field?: string;
  /** An i18n key (exchange.expected.*, sync.sealed.expected.*) saying what the field must hold. */
  expected?: MessageKey;
  /** The value found, as text; absent when the field is missing. */
  received?: string;
  /** Further facts for the message: allowed values, a version, a line and column, a unit. */
  params?: Record<string, string | number>;
}

export class ImportError extends Error implements ImportErrorData {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly array?: string;
  readonly index?: number;
  readonly id?: string;
  readonly field?: string;
  readonly expected?: MessageKey;
  readonly received?: string;
  readonly params?: Record<string, string | number>;

  constructor(data: ImportErrorData) {
    super(`${data.code}: ${data.file}${describeLocation(data)}`);
    this.name = 'ImportError';
    this.code = data.code;
    this.file = data.file;
    if (data.array !== undefined) this.array = data.array;
    if (data.index !== undefined) this.index = data.index;
    if (data.id !== undefined) this.id = data.id;
    if (data.field !== undefined) this.field = data.field;
    if (data.expected !== undefined) this.expected = data.expected;
    if (data.received !== undefined) this.received = data.received;
    if (data.params !== undefined) this.params = data.params;
  }

  /** The structured-clone-safe form, for postMessage. */
  toData(): ImportErrorData {
    return toImportErrorData(this);
  }
}

function describeLocation(data: ImportErrorData): string {
  const record = data.array === undefined ? '' : ` ${data.array}[${data.index ?? '?'}]`;
  const id = data.id === undefined ? '' : ` (${data.id})`;
  const field = data.field === undefined ? '' : ` .${data.field}`;
  return `${record}${id}${field}`;
}

export function isImportErrorData(value: unknown): value is ImportErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ImportErrorData).file === 'string' &&
    (IMPORT_ERROR_CODES as readonly string[]).includes((value as ImportErrorData).code)
  );
}

export function toImportErrorData(error: ImportErrorData): ImportErrorData {
  const data: ImportErrorData = { code: error.code, file: error.file };
  if (error.array !== undefined) data.array = error.array;
  if (error.index !== undefined) data.index = error.index;
  if (error.id !== undefined) data.id = error.id;
  if (error.field !== undefined) data.field = error.field;
  if (error.expected !== undefined) data.expected = error.expected;
  if (error.received !== undefined) data.received = error.received;
  if (error.params !== undefined) data.params = { ...error.params };
  return data;
}

/** A refusal the store finds while applying (it may not throw ImportError), as the same refusal. */
export function applyErrorData(error: ImportApplyError): ImportErrorData {
  return { code: error.code, file: error.file, params: { ...error.params } };
}

/** A value found in a file, as the message shows it: short, one line. */
export function receivedText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The message of a refusal, in the user's language. Vietnamese: «Tệp “a.ptdv.json” bị từ chối:
 * bản ghi people[1204] (id …) — trường “birthDate”: cần một ngày dạng YYYY-MM-DD, nhận được
 * “1999-02-30”.»
 */
export function importErrorMessage(error: ImportErrorData, t: Translate): string {
  const params: Record<string, string | number> = { ...error.params, file: error.file };
  if (error.array !== undefined) params.array = error.array;
  if (error.index !== undefined) params.index = error.index;
  if (error.id !== undefined) params.id = error.id;
  const where =
    error.array === undefined
      ? t('exchange.where.envelope')
      : error.id === undefined
        ? t('exchange.where.record', { array: error.array, index: error.index ?? '?' })
        : t('exchange.where.recordWithId', {
            array: error.array,
            index: error.index ?? '?',
            id: error.id,
          });
  const found =
    error.received === undefined
      ? t('exchange.found.missing')
      : t('exchange.found.value', { value: error.received });
  const expected = error.expected ? t(error.expected, params) : '';
  let key: MessageKey = `exchange.error.${error.code}`;
  if (error.code === 'notJson' && params.line !== undefined) key = 'exchange.error.notJsonAt';
  if (error.code === 'invalidRecord' && error.field === undefined) {
    key = 'exchange.error.invalidRecordWhole';
  }
  const unitLabel = params.unitName ?? params.unitId;
  const detail = t(key, {
    ...params,
    where,
    field: error.field ?? '',
    expected,
    found,
    unit: unitLabel === undefined ? '' : ` “${unitLabel}”`,
  });
  return t('exchange.refused', { file: error.file, detail });
}
