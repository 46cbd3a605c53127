// The yearly figures as a grid typed like a spreadsheet: one row per place, one column per
// figure of the kind. A real <table role="grid">; each cell an input named by its place and
// figure. Keys: arrows, Tab/Shift+Tab and Enter/Shift+Enter move (the cell left is written the
// grid's way); typing replaces (a cell's text is selected when it gets the focus); Delete clears;
// Esc brings back what the cell held; a block pasted from a spreadsheet fills the cells from the
// focused one. One cell is in the tab order (a roving tabindex): Tab from outside lands on it.
// A stable hook for tests and the bench: data-testid="place-figures-grid" on the table; each
// cell is the textbox named "<place>, <figure>"; a save leaves the measure ptdv:place-figures-save.
import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Place } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { FIELD_TYPES, type FigureField } from './figure-columns';
import type { CellError } from './figure-cells';
import { parseClipboardTable, placeBlock } from './figure-paste';
import { useWindowedRows } from './windowed-rows';

const ROW_HEIGHT = 44;
/** Rows moved by Page Up and Page Down. */
const PAGE = 10;

export interface GridCell {
  placeId: string;
  field: FigureField;
}

/** What the page may ask of the grid: the summary of errors moves to a cell. */
export interface GridHandle {
  focusCell: (cell: GridCell) => void;
}

interface FiguresGridProps {
  label: string;
  rows: readonly Place[];
  columns: readonly FigureField[];
  unitName: (id: string) => string;
  text: (placeId: string, field: FigureField) => string;
  problem: (placeId: string, field: FigureField) => CellError | undefined;
  onChange: (placeId: string, field: FigureField, text: string) => void;
  onCommit: (placeId: string, field: FigureField) => void;
  onPaste: (cells: (GridCell & { text: string })[], skipped: number) => void;
  handle: RefObject<GridHandle | null>;
}

interface Position {
  row: number;
  column: number;
}

export function FiguresGrid(props: FiguresGridProps) {
  const { label, rows, columns, handle } = props;
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const view = useWindowedRows(rows.length, ROW_HEIGHT, scrollRef);
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  // Set by a move made with the keyboard (or the summary): the new cell takes the focus once
  // it is drawn. A click focuses by itself.
  const wantFocus = useRef(false);
  const row = Math.min(active.row, Math.max(rows.length - 1, 0));
  const column = Math.min(active.column, Math.max(columns.length - 1, 0));

  const moveTo = useCallback(
    (next: Position) => {
      const clamped = {
        row: Math.max(0, Math.min(next.row, rows.length - 1)),
        column: Math.max(0, Math.min(next.column, columns.length - 1)),
      };
      wantFocus.current = true;
      setActive(clamped);
    },
    [rows.length, columns.length],
  );

  useEffect(() => {
    if (!wantFocus.current) return;
    const input = inputs.current.get(`${row}:${column}`);
    if (input) {
      wantFocus.current = false;
      input.focus();
    } else {
      view.reveal(row);
    }
  }, [row, column, view]);

  useImperativeHandle(
    handle,
    () => ({
      focusCell: ({ placeId, field }) => {
        const at = rows.findIndex((place) => place.id === placeId);
        const to = columns.indexOf(field);
        if (at >= 0 && to >= 0) moveTo({ row: at, column: to });
      },
    }),
    [rows, columns, moveTo],
  );

  const register = (key: string) => (element: HTMLInputElement | null) => {
    if (element) inputs.current.set(key, element);
    else inputs.current.delete(key);
  };

  const handleKey = useGridKeys(props, rows.length, columns.length, moveTo);

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>, at: Position) => {
    const block = parseClipboardTable(event.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    event.preventDefault();
    const { cells, skipped } = placeBlock(block, at, {
      rows: rows.length,
      columns: columns.length,
    });
    props.onPaste(
      cells.map((cell) => ({
        placeId: (rows[cell.row] as Place).id,
        field: columns[cell.column] as FigureField,
        text: cell.text,
      })),
      skipped,
    );
  };

  return (
    <div ref={scrollRef} className="places-scroll figures-scroll" role="region" aria-label={label}>
      <table
        className="table figures-grid"
        data-testid="place-figures-grid"
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('places.figures.col.place')}</th>
            {columns.map((field) => (
              <th key={field} scope="col" className={FIELD_TYPES[field] === 'count' ? 'num' : ''}>
                {t(`places.figure.${field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.above > 0 ? (
            <tr className="places-spacer" aria-hidden="true" style={{ height: view.above }}>
              <td colSpan={columns.length + 1} />
            </tr>
          ) : null}
          {rows.slice(view.start, view.end).map((place, offset) => {
            const at = view.start + offset;
            return (
              <GridRow
                key={place.id}
                {...props}
                place={place}
                index={at}
                activeColumn={at === row ? column : -1}
                register={register}
                onKey={handleKey}
                onPasteAt={handlePaste}
                onFocusCell={(cellColumn) => setActive({ row: at, column: cellColumn })}
              />
            );
          })}
          {view.below > 0 ? (
            <tr className="places-spacer" aria-hidden="true" style={{ height: view.below }}>
              <td colSpan={columns.length + 1} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

interface GridRowProps extends FiguresGridProps {
  place: Place;
  index: number;
  /** The column of this row in the tab order, or -1. */
  activeColumn: number;
  register: (key: string) => (element: HTMLInputElement | null) => void;
  onKey: (event: KeyboardEvent<HTMLInputElement>, at: Position, place: Place) => void;
  onPasteAt: (event: ClipboardEvent<HTMLInputElement>, at: Position) => void;
  onFocusCell: (column: number) => void;
}

function GridRow({
  place,
  index,
  columns,
  activeColumn,
  unitName,
  text,
  problem,
  onChange,
  onCommit,
  register,
  onKey,
  onPasteAt,
  onFocusCell,
}: GridRowProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <tr aria-rowindex={index + 2} className="figures-row">
      <th scope="row" className="figures-grid__place">
        <span className="figures-grid__name">{place.name}</span>
        <span className="figures-grid__unit">
          {unitName(place.unitId)}
          {place.closedOn ? ` · ${t('places.figures.closedTag')}` : ''}
        </span>
      </th>
      {columns.map((field, column) => {
        const error = problem(place.id, field);
        const errorId = `${id}-${field}`;
        const figure = t(`places.figure.${field}`);
        return (
          <td key={field} className={error ? 'figures-cell figures-cell--invalid' : 'figures-cell'}>
            <input
              ref={register(`${index}:${column}`)}
              type="text"
              inputMode={FIELD_TYPES[field] === 'count' ? 'numeric' : 'text'}
              autoComplete="off"
              spellCheck={false}
              className={FIELD_TYPES[field] === 'count' ? 'figures-input num' : 'figures-input'}
              tabIndex={column === activeColumn ? 0 : -1}
              aria-label={t('places.figures.cellLabel', { place: place.name, figure })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              value={text(place.id, field)}
              onChange={(event) => onChange(place.id, field, event.target.value)}
              onFocus={(event) => {
                onFocusCell(column);
                event.currentTarget.dataset.before = event.currentTarget.value;
                event.currentTarget.select();
              }}
              onBlur={() => onCommit(place.id, field)}
              onKeyDown={(event) => onKey(event, { row: index, column }, place)}
              onPaste={(event) => onPasteAt(event, { row: index, column })}
            />
            {error ? (
              <span id={errorId} className="figures-cell__error">
                {t(`places.figures.error.${error}`)}
              </span>
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}

/** The spreadsheet keys of a cell: where each one moves, clears or restores. */
function useGridKeys(
  { columns, onChange }: Pick<FiguresGridProps, 'columns' | 'onChange'>,
  rowCount: number,
  columnCount: number,
  moveTo: (next: Position) => void,
) {
  return (event: KeyboardEvent<HTMLInputElement>, at: Position, place: Place) => {
    const input = event.currentTarget;
    const length = input.value.length;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? 0;
    const allSelected = start === 0 && end === length;
    const field = columns[at.column] as FigureField;
    const go = (next: Position) => {
      event.preventDefault();
      moveTo(next);
    };
    switch (event.key) {
      case 'ArrowUp':
        return go({ row: event.ctrlKey ? 0 : at.row - 1, column: at.column });
      case 'ArrowDown':
        return go({ row: event.ctrlKey ? rowCount - 1 : at.row + 1, column: at.column });
      case 'ArrowLeft':
        if (allSelected || (start === 0 && end === 0)) go({ row: at.row, column: at.column - 1 });
        return undefined;
      case 'ArrowRight':
        if (allSelected || (start === length && end === length))
          go({ row: at.row, column: at.column + 1 });
        return undefined;
      case 'PageUp':
        return go({ row: at.row - PAGE, column: at.column });
      case 'PageDown':
        return go({ row: at.row + PAGE, column: at.column });
      case 'Enter':
        return go({ row: at.row + (event.shiftKey ? -1 : 1), column: at.column });
      case 'Tab': {
        const flat = at.row * columnCount + at.column + (event.shiftKey ? -1 : 1);
        // Past the first or the last cell, Tab leaves the grid as usual.
        if (flat < 0 || flat >= rowCount * columnCount) return undefined;
        return go({ row: Math.floor(flat / columnCount), column: flat % columnCount });
      }
      case 'Delete':
        if (allSelected || start === length) {
          event.preventDefault();
          onChange(place.id, field, '');
        }
        return undefined;
      case 'Escape': {
        const before = input.dataset.before;
        if (before !== undefined && before !== input.value) {
          event.preventDefault();
          onChange(place.id, field, before);
          requestAnimationFrame(() => input.select());
        }
        return undefined;
      }
      default:
        return undefined;
    }
  };
}
