// A year's figures of the places shown, typed in the grid and saved together. The unsaved cells
// live here (as text, figure-edits.ts), are kept as a draft, and are checked as they change:
// an invalid cell is marked where it is and named in the summary, and blocks the save.
import { useCallback, useMemo, useRef, useState, type FormEvent, type Ref } from 'react';
import type { Place, PlaceFigure } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { Alert } from '@/ui/components';
import { DraftBanner } from '@/ui/draft-banner';
import { FIGURE_COLUMNS, type FigureField } from './figure-columns';
import type { CellWords } from './figure-cells';
import {
  NO_EDITS,
  cellText,
  commitCell,
  countEdits,
  findProblems,
  setCellText,
  type CellProblem,
  type FigureEdits,
} from './figure-edits';
import { useFiguresDraft } from './figures-draft';
import { FiguresGrid, type GridCell, type GridHandle } from './figures-grid';
import { useSaveFigures } from './save-figures';

interface FiguresEditorProps {
  year: number;
  label: string;
  columns: readonly FigureField[];
  /** The places of the grid, in order. */
  rows: readonly Place[];
  /** Every place of the scope (edited cells of places hidden by the filters are saved too). */
  places: ReadonlyMap<string, Place>;
  figures: readonly PlaceFigure[];
  unitName: (id: string) => string;
}

export function useCellWords(): CellWords {
  const { t, number } = useI18n();
  return useMemo(
    () => ({
      own: t('places.word.own'),
      shared: t('places.word.shared'),
      none: t('places.word.none'),
      yes: t('places.word.yes'),
      no: t('places.word.no'),
      number: (value: number) => number(value),
    }),
    [t, number],
  );
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;

export function FiguresEditor(props: FiguresEditorProps) {
  const { year, label, columns, rows, places, figures, unitName } = props;
  const { t, number } = useI18n();
  const words = useCellWords();
  const save = useSaveFigures();
  const grid = useRef<GridHandle>(null);
  const summary = useRef<HTMLElement>(null);
  const [edits, setEdits] = useState<FigureEdits>(NO_EDITS);
  const [notice, setNotice] = useState<Notice>(null);
  const [announce, setAnnounce] = useState('');
  const [blocked, setBlocked] = useState(false);
  const placeIds = useMemo(() => new Set(places.keys()), [places]);
  const draft = useFiguresDraft(`place-figures:${year}`, edits, setEdits, placeIds);
  const stored = useMemo(() => new Map(figures.map((row) => [row.placeId, row])), [figures]);
  const problems = useMemo(() => findProblems(edits), [edits]);
  const problemAt = useMemo(
    () =>
      new Map(problems.map((problem) => [`${problem.placeId}:${problem.field}`, problem.error])),
    [problems],
  );
  const rowIndex = useMemo(() => new Map(rows.map((place, index) => [place.id, index])), [rows]);
  const edited = countEdits(edits);
  const hiddenEdits = Object.entries(edits).reduce(
    (sum, [placeId, row]) => sum + (rowIndex.has(placeId) ? 0 : Object.keys(row).length),
    0,
  );

  const text = useCallback(
    (placeId: string, field: FigureField) =>
      cellText(edits, stored.get(placeId), placeId, field, words),
    [edits, stored, words],
  );
  const problem = useCallback(
    (placeId: string, field: FigureField) => problemAt.get(`${placeId}:${field}`),
    [problemAt],
  );
  const onChange = useCallback((placeId: string, field: FigureField, value: string) => {
    setNotice(null);
    setEdits((current) => setCellText(current, placeId, field, value));
  }, []);
  const onCommit = useCallback(
    (placeId: string, field: FigureField) =>
      setEdits((current) => commitCell(current, stored.get(placeId), placeId, field, words)),
    [stored, words],
  );
  const onPaste = useCallback(
    (cells: (GridCell & { text: string })[], skipped: number) => {
      setNotice(null);
      setEdits((current) =>
        cells.reduce(
          (next, cell) =>
            commitCell(
              setCellText(next, cell.placeId, cell.field, cell.text),
              stored.get(cell.placeId),
              cell.placeId,
              cell.field,
              words,
            ),
          current,
        ),
      );
      const count = number(cells.length);
      setAnnounce(
        skipped > 0
          ? t('places.figures.pastedOverflow', { count, skipped: number(skipped) })
          : t('places.figures.pasted', { count }),
      );
    },
    [stored, words, number, t],
  );

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (problems.length > 0) {
      setBlocked(true);
      summary.current?.focus();
      return;
    }
    const ids = new Set(rows.map((place) => place.id));
    for (const placeId of Object.keys(edits)) if (places.has(placeId)) ids.add(placeId);
    try {
      const saved = await save.mutateAsync({ year, placeIds: [...ids], edits });
      draft.clear();
      setEdits(NO_EDITS);
      setBlocked(false);
      setNotice({
        tone: 'ok',
        text: t('places.figures.saved', {
          year,
          written: number(saved.written),
          unchanged: number(saved.unchanged),
        }),
      });
    } catch (error) {
      setNotice({ tone: 'error', text: storageErrorMessage(t, error, 'save') });
    }
  };

  const discard = () => {
    if (!window.confirm(t('places.figures.discardConfirm', { count: number(edited) }))) return;
    draft.clear();
    setEdits(NO_EDITS);
    setNotice(null);
  };

  return (
    <form className="figures-editor" onSubmit={onSave} noValidate>
      <DraftBanner draft={draft} />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {problems.length > 0 ? (
        <ProblemSummary
          ref={summary}
          problems={problems}
          blocked={blocked}
          rowIndex={rowIndex}
          places={places}
          onPick={(cell) => grid.current?.focusCell(cell)}
        />
      ) : null}
      {rows.length > 0 ? (
        <FiguresGrid
          handle={grid}
          label={label}
          rows={rows}
          columns={columns}
          unitName={unitName}
          text={text}
          problem={problem}
          onChange={onChange}
          onCommit={onCommit}
          onPaste={onPaste}
        />
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <EditorActions
        year={year}
        pending={save.isPending}
        edited={edited}
        hiddenEdits={hiddenEdits}
        onDiscard={discard}
      />
    </form>
  );
}

interface EditorActionsProps {
  year: number;
  pending: boolean;
  edited: number;
  hiddenEdits: number;
  onDiscard: () => void;
}

/** Save, discard, and how many cells wait to be saved. */
function EditorActions({ year, pending, edited, hiddenEdits, onDiscard }: EditorActionsProps) {
  const { t, number } = useI18n();
  return (
    <div className="form-actions figures-editor__actions">
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t('common.saving') : t('places.figures.save', { year })}
      </button>
      {edited > 0 ? (
        <>
          <button type="button" className="button" onClick={onDiscard}>
            {t('places.figures.discard')}
          </button>
          <p className="figures-editor__pending" role="status">
            {t('places.figures.pending', { count: number(edited) })}
            {hiddenEdits > 0
              ? ` ${t('places.figures.pendingHidden', { count: number(hiddenEdits) })}`
              : ''}
          </p>
        </>
      ) : null}
    </div>
  );
}

interface ProblemSummaryProps {
  ref: Ref<HTMLElement>;
  problems: readonly CellProblem[];
  /** A save was refused for them: say so first. */
  blocked: boolean;
  rowIndex: ReadonlyMap<string, number>;
  places: ReadonlyMap<string, Place>;
  onPick: (cell: GridCell) => void;
}

/** Every invalid cell by row and column, each a button that moves to the cell. */
function ProblemSummary({ ref, problems, blocked, rowIndex, places, onPick }: ProblemSummaryProps) {
  const { t, number } = useI18n();
  const position = (problem: CellProblem) => {
    const kind = places.get(problem.placeId)?.kind ?? 'residential';
    return [
      rowIndex.get(problem.placeId) ?? Number.MAX_SAFE_INTEGER,
      FIGURE_COLUMNS[kind].indexOf(problem.field),
    ] as const;
  };
  const sorted = [...problems].sort((a, b) => {
    const [rowA, columnA] = position(a);
    const [rowB, columnB] = position(b);
    return rowA - rowB || columnA - columnB;
  });
  return (
    <section className="alert alert--error figures-summary" ref={ref} tabIndex={-1}>
      <h3>
        {blocked
          ? t('places.figures.blocked', { count: number(problems.length) })
          : t('places.figures.summaryTitle', { count: number(problems.length) })}
      </h3>
      <ul>
        {sorted.map((problem) => {
          const row = rowIndex.get(problem.placeId);
          const params = {
            place: places.get(problem.placeId)?.name ?? '',
            figure: t(`places.figure.${problem.field}`),
            error: t(`places.figures.error.${problem.error}`),
          };
          const text =
            row === undefined
              ? t('places.figures.summaryItemHidden', params)
              : t('places.figures.summaryItem', { ...params, row: number(row + 1) });
          return (
            <li key={`${problem.placeId}:${problem.field}`}>
              {row === undefined ? (
                text
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick({ placeId: problem.placeId, field: problem.field })}
                >
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
