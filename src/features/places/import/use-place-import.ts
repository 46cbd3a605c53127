// The import of a spreadsheet of places, step by step: the file read in the spreadsheet worker,
// the columns mapped (a first guess from the header's words), the lines planned against the
// store in slices, then written in one transaction. Nothing is written before "Nhập".
import { useCallback, useRef, useState } from 'react';
import type { PlaceKind } from '@/domain/code-lists';
import { localIsoDate, yearOf } from '@/domain/dates';
import { newId } from '@/domain/ids';
import {
  suggestColumns,
  suggestHeaderLine,
  suggestKind,
  type ColumnChoice,
} from '@/domain/place-list-mapping';
import type { PlaceListPlan } from '@/domain/place-list-plan';
import { cellText, isEmptyCell, type SheetBook } from '@/domain/sheet-table';
import {
  importPlaceList,
  type PlaceListImported,
  type PlaceListWrite,
} from '@/db/place-list-import';
import { listPlaceFigures, listPlaces } from '@/db/places-repo';
import {
  readSpreadsheetFile,
  SpreadsheetError,
  type SpreadsheetPhase,
} from '@/exchange/spreadsheet-client';
import type { I18n } from '@/i18n/i18n';
import { useLocalMutation } from '@/queries/mutation';
import type { Scope } from '@/queries/units';
import { planInSlices } from './plan-in-slices';
import { importFailureText, spreadsheetErrorText } from './problem-text';

export type ImportStep = 'file' | 'map' | 'preview' | 'done';

/** What the mapping step holds: the sheet, the header line and each field's column. */
export interface MappingChoice {
  sheet: number;
  headerLine: number;
  columns: ColumnChoice;
  /** Every line's kind or unit when no column gives it. */
  kind: PlaceKind | null;
  unitId: string | null;
  year: number;
}

export interface Progress {
  done: number;
  total: number;
}

/** The sheet to start from: the first that holds anything. */
function firstFilledSheet(book: SheetBook): number {
  const index = book.sheets.findIndex((sheet) =>
    sheet.rows.some((row) => row.some((cell) => !isEmptyCell(cell))),
  );
  return Math.max(0, index);
}

/** The first guess for a sheet: its header line, the columns its words name, a kind, a unit. */
export function suggestChoice(
  book: SheetBook,
  sheet: number,
  scope: Scope,
  keep: Pick<MappingChoice, 'year'> & Partial<Pick<MappingChoice, 'headerLine'>>,
): MappingChoice {
  const table = book.sheets[sheet] ?? book.sheets[0]!;
  const headerLine = keep.headerLine ?? suggestHeaderLine(table.rows);
  const header = table.rows[headerLine - 1] ?? [];
  const { columns } = suggestColumns(header);
  const nameHeader = columns.name === undefined ? '' : cellText(header[columns.name]);
  return {
    sheet,
    headerLine,
    columns,
    kind: columns.kind === undefined ? suggestKind(nameHeader, table.name) : null,
    // A commune's list of its hamlets names no unit: they are the home unit's.
    unitId: columns.unit === undefined ? (scope.homeUnit?.id ?? null) : null,
    year: keep.year,
  };
}

export function usePlaceImport(scope: Scope, t: I18n['t']) {
  const [step, setStep] = useState<ImportStep>('file');
  const [reading, setReading] = useState<{ file: string; phase: SpreadsheetPhase } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [book, setBook] = useState<SheetBook | null>(null);
  const [choice, setChoice] = useState<MappingChoice | null>(null);
  const [planning, setPlanning] = useState<Progress | null>(null);
  const [plan, setPlan] = useState<PlaceListPlan | null>(null);
  const [writing, setWriting] = useState<Progress | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [result, setResult] = useState<PlaceListImported | null>(null);
  // Each file and each preview gets a number: the answer of one the user left is dropped.
  const generation = useRef(0);

  const reset = useCallback(() => {
    generation.current += 1;
    setStep('file');
    setReading(null);
    setBook(null);
    setChoice(null);
    setPlanning(null);
    setPlan(null);
    setWriting(null);
    setWriteError(null);
    setResult(null);
  }, []);

  const chooseFile = useCallback(
    async (file: File) => {
      reset();
      setFileError(null);
      const mine = generation.current;
      setReading({ file: file.name, phase: 'read' });
      try {
        const read = await readSpreadsheetFile(file, (phase) => {
          if (generation.current === mine) setReading({ file: file.name, phase });
        });
        if (generation.current !== mine) return;
        const year = yearOf(localIsoDate());
        setBook(read);
        setChoice(suggestChoice(read, firstFilledSheet(read), scope, { year }));
        setStep('map');
      } catch (error) {
        if (generation.current !== mine) return;
        setFileError(
          error instanceof SpreadsheetError
            ? spreadsheetErrorText(t, error.data)
            : t('placeImport.file.error.other', {
                file: file.name,
                message: error instanceof Error ? error.message : String(error),
              }),
        );
      } finally {
        if (generation.current === mine) setReading(null);
      }
    },
    [reset, scope, t],
  );

  const preview = useCallback(
    async (chosen: MappingChoice) => {
      if (!book) return;
      generation.current += 1;
      const mine = generation.current;
      setChoice(chosen);
      setPlan(null);
      setWriteError(null);
      setStep('preview');
      setPlanning({ done: 0, total: 0 });
      const [places, figures] = await Promise.all([listPlaces(), listPlaceFigures(chosen.year)]);
      const rows = book.sheets[chosen.sheet]?.rows ?? [];
      const planned = await planInSlices(
        rows,
        chosen,
        { units: scope.units, places, figures, scopeUnitIds: scope.unitIds, newId },
        (done, total) => {
          if (generation.current === mine) setPlanning({ done, total });
        },
        () => generation.current !== mine,
      );
      if (planned === null || generation.current !== mine) return;
      setPlan(planned);
      setPlanning(null);
    },
    [book, scope],
  );

  const backToMap = useCallback(() => {
    generation.current += 1;
    setPlan(null);
    setPlanning(null);
    setWriteError(null);
    setStep('map');
  }, []);

  const mutation = useLocalMutation(
    ({ year, writes }: { year: number; writes: PlaceListWrite[] }) =>
      importPlaceList(year, writes, (done, total) => setWriting({ done, total })),
  );

  const write = useCallback(async () => {
    if (!plan || plan.counts.refused > 0) return;
    setWriteError(null);
    setWriting({ done: 0, total: 0 });
    const writes: PlaceListWrite[] = plan.rows.flatMap((row) =>
      row.place && row.action !== 'unchanged'
        ? [
            {
              place: row.place,
              stored: row.stored,
              figure: row.figure,
              storedFigure: row.storedFigure,
            },
          ]
        : [],
    );
    try {
      const written = await mutation.mutateAsync({ year: plan.year, writes });
      setResult({ ...written, unchanged: written.unchanged + plan.counts.unchanged });
      setStep('done');
    } catch (error) {
      setWriteError(importFailureText(t, error));
    } finally {
      setWriting(null);
    }
  }, [mutation, plan, t]);

  return {
    step,
    reading,
    fileError,
    book,
    choice,
    planning,
    plan,
    writing,
    writeError,
    result,
    chooseFile,
    preview,
    backToMap,
    write,
    reset,
  };
}

export type PlaceImportState = ReturnType<typeof usePlaceImport>;
