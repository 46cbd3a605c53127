import { describe, expect, it } from 'vitest';
import { parseClipboardTable, placeBlock } from './figure-paste';

describe('a block copied from a spreadsheet', () => {
  it('reads Excel’s CRLF lines and tab-separated cells, without a row for the last line break', () => {
    expect(parseClipboardTable('1.234\t56\triêng\r\n78\t\tghép\r\n')).toEqual([
      ['1.234', '56', 'riêng'],
      ['78', '', 'ghép'],
    ]);
  });

  it('reads LibreOffice’s LF lines and a block without a final line break', () => {
    expect(parseClipboardTable('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads a quoted cell holding a tab, a line break or a quote', () => {
    expect(parseClipboardTable('"a\tb"\t"line\r\nbreak"\t"say ""có"""\r\n')).toEqual([
      ['a\tb', 'line\nbreak', 'say "có"'],
    ]);
  });

  it('keeps empty rows inside the block, and reads one value as one cell', () => {
    expect(parseClipboardTable('5\n\n6\n')).toEqual([['5'], [''], ['6']]);
    expect(parseClipboardTable('42')).toEqual([['42']]);
    expect(parseClipboardTable('')).toEqual([]);
  });
});

describe('where a pasted block lands', () => {
  it('fills from the focused cell and counts what falls outside the grid', () => {
    const block = [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ];
    expect(placeBlock(block, { row: 0, column: 1 }, { rows: 5, columns: 3 })).toEqual({
      cells: [
        { row: 0, column: 1, text: '1' },
        { row: 0, column: 2, text: '2' },
        { row: 1, column: 1, text: '4' },
        { row: 1, column: 2, text: '5' },
      ],
      skipped: 2,
    });
    expect(placeBlock(block, { row: 4, column: 0 }, { rows: 5, columns: 3 }).skipped).toBe(3);
  });
});
