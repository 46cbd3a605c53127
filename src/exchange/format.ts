// The province exchange format, version 1 (../shared/exchange-format.md; our optional additions
// in docs/exchange-format.md). One constant per fact of the envelope, so that the writer
// (export.ts) and the reader (parse.ts) cannot drift apart.
import type { RecordType } from '@/domain/code-lists';
import type {
  MemberCount,
  Person,
  Place,
  PlaceFigure,
  Target,
  Tombstone,
  TrainingClass,
  Unit,
} from '@/domain/entities';
import { RECORD_ARRAYS } from '@/domain/store-tables';

export const EXCHANGE_FORMAT = 'ptdv-exchange';
export const EXCHANGE_VERSION = 1;
/** Every version ever published: each must stay importable (e2e/fixtures holds one file of each). */
export const SUPPORTED_VERSIONS: readonly number[] = [1];
/** What `source.app` says in the files this app writes. */
export const APP_ID = 'PTĐV 0.1';
export const FILE_EXTENSION = '.ptdv.json';

/** The arrays of records, in the order the contract lists them (and the order files are written). */
export { RECORD_ARRAYS };
export type RecordArray = (typeof RECORD_ARRAYS)[number];

/**
 * The arrays added to version 1 after it was published (2026-12): a file may leave them out
 * (absent = empty), and this app leaves them out when they are empty, so that a file without
 * places reads in an older PTĐV without a warning.
 */
export const OPTIONAL_ARRAYS: ReadonlySet<RecordArray> = new Set(['places', 'placeFigures']);

/** The tombstones' array. */
export const DELETED_ARRAY = 'deleted';
export type ExchangeArray = RecordArray | typeof DELETED_ARRAY;

export const ARRAY_TYPE: Record<RecordArray, RecordType> = {
  units: 'unit',
  people: 'person',
  classes: 'class',
  targets: 'target',
  memberCounts: 'memberCount',
  places: 'place',
  placeFigures: 'placeFigure',
};

export const TYPE_ARRAY: Record<RecordType, RecordArray> = {
  unit: 'units',
  person: 'people',
  class: 'classes',
  target: 'targets',
  memberCount: 'memberCounts',
  place: 'places',
  placeFigure: 'placeFigures',
};

/** Top-level members of the contract. */
export const CONTRACT_MEMBERS = [
  'format',
  'version',
  'exportId',
  'exportedAt',
  'source',
  'scope',
  ...RECORD_ARRAYS,
  DELETED_ARRAY,
] as const;

/**
 * Our optional top-level members (docs/exchange-format.md): the province's public key for sealed
 * files, and the units' signing keys the province vouches for. Other tools may omit them.
 */
export const EXTENSION_MEMBERS = ['provincePublicKey', 'unitKeys'] as const;

/**
 * A full backup of an installation (src/exchange/backup.ts) is a full export plus this member:
 * settings, history, logs and keys. An import reads it as a plain file and says so in a warning.
 */
export const BACKUP_MEMBER = 'installationBackup';

export interface ExchangeSource {
  unitId: string;
  unitCode: string;
  unitName: string;
  app: string;
}

export type ExchangeScope = { type: 'full' } | { type: 'changes'; since: string };

export interface ExchangeExtensions {
  provincePublicKey?: JsonWebKey;
  /** unitId → the unit's ECDSA P-256 public key (JWK), as the province knows it. */
  unitKeys?: Record<string, JsonWebKey>;
}

/** A version-1 document, every record validated and normalised (NFC, aliases, nulls, UTC stamps). */
export interface ExchangeDocument extends ExchangeExtensions {
  format: typeof EXCHANGE_FORMAT;
  version: number;
  exportId: string;
  exportedAt: string;
  source: ExchangeSource;
  scope: ExchangeScope;
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
  deleted: Tombstone[];
  places: Place[];
  placeFigures: PlaceFigure[];
}

/** How many records of each array a document holds (for logs and previews). */
export type ArrayCounts = Record<ExchangeArray, number>;

export function arrayCounts(document: ExchangeDocument): ArrayCounts {
  return {
    units: document.units.length,
    people: document.people.length,
    classes: document.classes.length,
    targets: document.targets.length,
    memberCounts: document.memberCounts.length,
    deleted: document.deleted.length,
    places: document.places.length,
    placeFigures: document.placeFigures.length,
  };
}

/** An instant in the one form the store keeps (UTC, milliseconds): comparable as a string. */
export function utcStamp(instant: string): string {
  return new Date(Date.parse(instant)).toISOString();
}

/** Compares two ISO 8601 instants as instants ("…T07:00+07:00" equals "…T00:00Z"). */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
