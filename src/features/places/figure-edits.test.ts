import { describe, expect, it } from 'vitest';
import { buildPlaceFigure } from '../../../test/builders';
import {
  NO_EDITS,
  cellText,
  commitCell,
  countEdits,
  editsFromDraft,
  findProblems,
  rowValues,
  setCellText,
} from './figure-edits';

const words = {
  own: 'riêng',
  shared: 'ghép',
  none: 'chưa có',
  yes: 'có',
  no: 'không',
  number: (value: number) => new Intl.NumberFormat('vi-VN').format(value),
};
const stored = buildPlaceFigure({ placeId: 'p1', households: 1234, partyOrganisation: 'own' });

describe('the grid’s unsaved cells', () => {
  it('shows the stored figure until a cell is typed in, then the text as typed', () => {
    expect(cellText(NO_EDITS, stored, 'p1', 'households', words)).toBe('1.234');
    expect(cellText(NO_EDITS, stored, 'p1', 'partyOrganisation', words)).toBe('riêng');
    expect(cellText(NO_EDITS, undefined, 'p2', 'households', words)).toBe('');
    const edits = setCellText(NO_EDITS, 'p1', 'households', '99x');
    expect(cellText(edits, stored, 'p1', 'households', words)).toBe('99x');
  });

  it('writes a left cell the grid’s way, and forgets it when it equals the stored figure', () => {
    let edits = setCellText(NO_EDITS, 'p1', 'households', '2000');
    edits = commitCell(edits, stored, 'p1', 'households', words);
    expect(edits).toEqual({ p1: { households: '2.000' } });
    edits = setCellText(edits, 'p1', 'households', '1234');
    expect(commitCell(edits, stored, 'p1', 'households', words)).toEqual({});
    edits = setCellText(NO_EDITS, 'p1', 'partyOrganisation', 'chua co');
    expect(commitCell(edits, stored, 'p1', 'partyOrganisation', words)).toEqual({
      p1: { partyOrganisation: 'chưa có' },
    });
  });

  it('keeps an invalid entry as typed and names it', () => {
    let edits = setCellText(NO_EDITS, 'p1', 'households', '-4');
    edits = setCellText(edits, 'p2', 'tradeUnion', 'maybe');
    edits = commitCell(edits, stored, 'p1', 'households', words);
    expect(edits.p1?.households).toBe('-4');
    expect(findProblems(edits)).toEqual([
      { placeId: 'p1', field: 'households', error: 'count' },
      { placeId: 'p2', field: 'tradeUnion', error: 'boolean' },
    ]);
    expect(countEdits(edits)).toBe(2);
  });

  it('saves the stored figures with the edited cells over them; an empty cell is no figure', () => {
    const edits = setCellText(
      setCellText(NO_EDITS, 'p1', 'partyMembers', '7'),
      'p1',
      'households',
      '',
    );
    expect(rowValues(stored, edits.p1)).toEqual({
      households: null,
      grade12Students: null,
      workers: null,
      partyMembers: 7,
      partyOrganisation: 'own',
      tradeUnion: null,
    });
    expect(() => rowValues(stored, { households: 'x' })).toThrow();
  });

  it('reads back from a draft only text cells of known fields and places', () => {
    const draft = {
      p1: { households: '12', nonsense: '3', workers: 5 },
      gone: { households: '1' },
      p2: 'not a row',
      __proto__: { households: '1' },
    };
    expect(editsFromDraft(draft, new Set(['p1', 'p2']))).toEqual({ p1: { households: '12' } });
    expect(editsFromDraft(null, new Set(['p1']))).toEqual({});
  });
});
