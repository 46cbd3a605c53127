// A block copied from Excel or LibreOffice arrives as text/plain: one line per row (CRLF from
// Excel on Windows), cells separated by tabs, a cell holding a tab, a line break or a quote
// written in double quotes with quotes doubled. The block fills the grid from the focused cell.

/** The rows and cells of a copied block; the line break after the last row is not a row. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  const input = text.replace(/\r\n?/g, '\n');
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index] as string;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PastedCell {
  row: number;
  column: number;
  text: string;
}

/**
 * Where each cell of a block lands when pasted at (row, column) of a grid of `rows` × `columns`;
 * cells beyond the grid's edge are counted as skipped, not wrapped.
 */
export function placeBlock(
  block: readonly (readonly string[])[],
  at: { row: number; column: number },
  size: { rows: number; columns: number },
): { cells: PastedCell[]; skipped: number } {
  const cells: PastedCell[] = [];
  let skipped = 0;
  block.forEach((line, rowOffset) => {
    line.forEach((text, columnOffset) => {
      const row = at.row + rowOffset;
      const column = at.column + columnOffset;
      if (row < size.rows && column < size.columns) cells.push({ row, column, text });
      else skipped += 1;
    });
  });
  return { cells, skipped };
}
