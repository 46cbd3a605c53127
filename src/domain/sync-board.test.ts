import { describe, expect, it } from 'vitest';
import { buildTree, treeUnits } from '../../test/exchange-documents';
import { buildUnit } from '../../test/builders';
import { syncBoardOf, type ReceivedFile } from './sync-board';

const tree = buildTree();
const units = treeUnits(tree);
const QUARTER_IV = { from: '2026-10-01', to: '2026-12-31' };

/** A file received from a unit (the store's import log entries have these fields and more). */
function file(
  sourceUnitId: string,
  exportedAt: string,
  extra: Partial<ReceivedFile> & { name?: string } = {},
): ReceivedFile & { name: string } {
  return {
    sourceUnitId,
    exportedAt,
    importedAt: exportedAt,
    isProvinceFile: false,
    name: `${sourceUnitId}@${exportedAt}`,
    ...extra,
  };
}

describe('syncBoardOf: who sent what', () => {
  it('lists the units that send files, in tree order, and flags those with nothing in the period', () => {
    const board = syncBoardOf(units, [], QUARTER_IV);
    expect(board.period).toEqual(QUARTER_IV);
    // The province (the root) and the chi bộ trực thuộc send no files.
    expect(board.rows.map((row) => row.unit.id)).toEqual([
      tree.district.id,
      tree.commune.id,
      tree.otherDistrict.id,
      tree.otherCommune.id,
    ]);
    expect(board.rows.map((row) => row.depth)).toEqual([1, 2, 1, 2]);
    expect(board.missing).toEqual(board.rows.map((row) => row.unit.id));
    expect(board.rows.every((row) => row.expected && row.lastFile === null)).toBe(true);
  });

  it('counts the files whose local export day lies in the period, and keeps the last one', () => {
    const files = [
      file(tree.commune.id, '2026-08-20T02:00:00.000Z'),
      // 1 October at 01:00 in Hà Nội: in quarter IV although 30 September in UTC.
      file(tree.commune.id, '2026-09-30T18:00:00.000Z', { importedAt: '2026-10-02T00:00:00.000Z' }),
      file(tree.commune.id, '2026-10-03T02:00:00.000Z', { importedAt: '2026-10-04T00:00:00.000Z' }),
    ];
    const row = syncBoardOf(units, files, QUARTER_IV).rows.find(
      (item) => item.unit.id === tree.commune.id,
    );
    expect(row).toMatchObject({ filesInPeriod: 2, missing: false, coveredBy: null });
    expect(row?.lastFile).toBe(files[2]);
  });

  it('takes the later export as the last file when two were imported at the same instant', () => {
    const importedAt = '2026-11-01T00:00:00.000Z';
    const files = [
      file(tree.commune.id, '2026-10-20T09:00:00+07:00', { importedAt }),
      file(tree.commune.id, '2026-10-20T03:00:00.000Z', { importedAt }),
      file(tree.commune.id, '2026-10-20T08:00:00+07:00', { importedAt }),
    ];
    const board = syncBoardOf(units, files, QUARTER_IV);
    expect(board.rows.find((row) => row.unit.id === tree.commune.id)?.lastFile).toBe(files[1]);
  });

  it('leaves the province’s own files out', () => {
    const files = [file(tree.commune.id, '2026-10-03T02:00:00.000Z', { isProvinceFile: true })];
    const board = syncBoardOf(units, files, QUARTER_IV);
    expect(board.rows.find((row) => row.unit.id === tree.commune.id)).toMatchObject({
      lastFile: null,
      filesInPeriod: 0,
      missing: true,
    });
  });
});

describe('syncBoardOf: units in touch through others', () => {
  it('does not flag a unit whose ancestor or descendant sent a file of the period', () => {
    const board = syncBoardOf(
      units,
      [file(tree.district.id, '2026-10-03T02:00:00.000Z')],
      QUARTER_IV,
    );
    const row = (id: string) => board.rows.find((item) => item.unit.id === id);
    expect(row(tree.commune.id)).toMatchObject({ coveredBy: tree.district.id, missing: false });
    expect(board.missing).toEqual([tree.otherDistrict.id, tree.otherCommune.id]);

    const fromBelow = syncBoardOf(
      units,
      [file(tree.commune.id, '2026-10-03T02:00:00.000Z')],
      QUARTER_IV,
    );
    expect(fromBelow.rows.find((item) => item.unit.id === tree.district.id)).toMatchObject({
      coveredBy: null,
      filesInPeriod: 0,
      missing: false,
    });
  });

  it('lists a closed unit or one of a kind that sends nothing only when it sent a file', () => {
    const closed = { ...tree.otherCommune, closedOn: '2026-01-01' };
    const all = units.map((unit) => (unit.id === closed.id ? closed : unit));
    expect(syncBoardOf(all, [], QUARTER_IV).missing).toEqual([
      tree.district.id,
      tree.commune.id,
      tree.otherDistrict.id,
    ]);
    const board = syncBoardOf(all, [file(tree.cellA.id, '2026-10-03T02:00:00.000Z')], QUARTER_IV);
    expect(board.rows.find((row) => row.unit.id === tree.cellA.id)).toMatchObject({
      expected: false,
      filesInPeriod: 1,
      missing: false,
    });
    expect(board.rows.some((row) => row.unit.id === closed.id)).toBe(false);
  });

  it('ends its walk up a tree whose parents form a cycle', () => {
    const a = buildUnit({ kind: 'upper', parentId: null });
    const b = buildUnit({ kind: 'grassroots_committee', parentId: a.id });
    const c = buildUnit({ kind: 'grassroots_committee', parentId: b.id });
    // A broken store: a's parent is c.
    const looped = [{ ...a, parentId: c.id }, b, c];
    const board = syncBoardOf(looped, [file(b.id, '2026-10-03T02:00:00.000Z')], QUARTER_IV);
    expect(board.missing).toEqual([]);
  });
});
