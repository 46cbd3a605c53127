// The words of the import's refusals: a line's problems ("Dòng 14: thiếu tên địa bàn"), a file
// that could not be read, and a write that found the store changed under its preview.
import type { ListField } from '@/domain/place-list-mapping';
import type { PlannedRow } from '@/domain/place-list-plan';
import type { RowProblem } from '@/domain/place-list-rows';
import { PlaceListImportError } from '@/db/place-list-import';
import type { SpreadsheetErrorData } from '@/exchange/spreadsheet-client';
import type { I18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';

type T = I18n['t'];

export function problemText(t: T, problem: RowProblem, unitName: (id: string) => string): string {
  switch (problem.code) {
    case 'countInvalid':
      return t('placeImport.problem.countInvalid', {
        field: t(`placeImport.short.${problem.field}`),
        value: problem.value,
      });
    case 'textInvalid':
      return t('placeImport.problem.textInvalid', {
        field: t(`placeImport.short.${problem.field}`),
        value: problem.value,
      });
    case 'duplicateRow':
      return t('placeImport.problem.duplicateRow', { line: problem.line });
    case 'placeOutOfScope':
      return t('placeImport.problem.placeOutOfScope', {
        name: problem.name,
        unit: unitName(problem.unitId),
      });
    case 'unitAmbiguous':
      return t('placeImport.problem.unitAmbiguous', {
        value: problem.value,
        count: problem.count,
      });
    case 'nameAmbiguous':
      return t('placeImport.problem.nameAmbiguous', { count: problem.count });
    case 'nameMissing':
    case 'kindMissing':
    case 'unitMissing':
      return t(`placeImport.problem.${problem.code}`);
    default:
      return t(`placeImport.problem.${problem.code}`, { value: problem.value });
  }
}

/** "Dòng 14: thiếu tên địa bàn; số hộ phải là số nguyên không âm (“12,5”)". */
export function refusedLineText(t: T, row: PlannedRow, unitName: (id: string) => string): string {
  return t('placeImport.preview.refusedLine', {
    line: row.line,
    reasons: row.problems.map((problem) => problemText(t, problem, unitName)).join('; '),
  });
}

export function spreadsheetErrorText(t: T, data: SpreadsheetErrorData): string {
  return t(`placeImport.file.error.${data.code}`, {
    file: data.file,
    line: data.line ?? '',
    extension: data.extension ?? '',
  });
}

/** A record's field (Place or PlaceFigure) as the list's field it came from. */
function listFieldOf(field: string): ListField | null {
  const known: Record<string, ListField> = {
    name: 'name',
    kind: 'kind',
    unitId: 'unit',
    code: 'code',
    enterpriseSector: 'enterpriseSector',
    openedOn: 'openedOn',
    households: 'households',
    grade12Students: 'grade12Students',
    workers: 'workers',
    partyMembers: 'partyMembers',
    partyOrganisation: 'partyOrganisation',
    tradeUnion: 'tradeUnion',
  };
  return known[field] ?? null;
}

/** Why the write stopped, writing nothing. */
export function importFailureText(t: T, error: unknown): string {
  if (error instanceof PlaceListImportError) {
    const fields = error.conflicts
      .map((conflict) => listFieldOf(conflict.field))
      .filter((field): field is ListField => field !== null)
      .map((field) => t(`placeImport.short.${field}`))
      .join(', ');
    return t(`placeImport.preview.failed.${error.problem}`, { name: error.placeName, fields });
  }
  return storageErrorMessage(t, error, 'import');
}
