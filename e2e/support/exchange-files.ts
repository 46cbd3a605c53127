// Exchange files written by the test itself (as another tool would), handed to the file input
// as in-memory files.
import type {
  MemberCount,
  Person,
  Place,
  PlaceFigure,
  Target,
  Tombstone,
  TrainingClass,
  Unit,
} from '../../src/domain/entities';

export interface DocumentParts {
  source: Unit;
  exportId?: string;
  exportedAt?: string;
  units?: Unit[];
  people?: Person[];
  classes?: TrainingClass[];
  targets?: Target[];
  memberCounts?: MemberCount[];
  deleted?: Tombstone[];
  /** Written only when given (a file without them stays a file of before places). */
  places?: Place[];
  placeFigures?: PlaceFigure[];
}

let exportCounter = 0;

/** A version-1 document, as plain JSON-ready data. */
export function exchangeDocument(parts: DocumentParts): Record<string, unknown> {
  exportCounter += 1;
  return {
    format: 'ptdv-exchange',
    version: 1,
    exportId:
      parts.exportId ?? `e2e00000-0000-4000-8000-${exportCounter.toString(16).padStart(12, '0')}`,
    exportedAt: parts.exportedAt ?? '2026-11-27T16:00:00+07:00',
    source: {
      unitId: parts.source.id,
      unitCode: parts.source.code,
      unitName: parts.source.name,
      app: 'e2e generator',
    },
    scope: { type: 'full' },
    units: parts.units ?? [],
    people: parts.people ?? [],
    classes: parts.classes ?? [],
    targets: parts.targets ?? [],
    memberCounts: parts.memberCounts ?? [],
    deleted: parts.deleted ?? [],
    ...(parts.places ? { places: parts.places } : {}),
    ...(parts.placeFigures ? { placeFigures: parts.placeFigures } : {}),
  };
}

export interface InputFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function inputFile(name: string, text: string): InputFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}
