import { beforeEach, describe, expect, it } from 'vitest';
import { planOf, tree, units } from '../../test/import-plans';
import { applyImportPlan } from './import-apply';
import { resetDatabase } from './schema';
import { syncBoard } from './sync-board-repo';

beforeEach(async () => {
  await resetDatabase();
});

describe('syncBoard', () => {
  it('shows each sender’s last file and flags units with no file in the period', async () => {
    await applyImportPlan(planOf({ units }));
    const fromCommune = (exportedAt: string) =>
      planOf({}, [], {
        isProvinceFile: false,
        exportedAt,
        source: {
          unitId: tree.commune.id,
          unitCode: 'X0101',
          unitName: tree.commune.name,
          app: 't',
        },
      });
    await applyImportPlan(fromCommune('2026-08-20T02:00:00.000Z'));
    const last = await applyImportPlan(fromCommune('2026-10-03T02:00:00.000Z'));
    const board = await syncBoard(undefined, '2026-11-28');
    expect(board.period).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    const row = (id: string) => board.rows.find((item) => item.unit.id === id);
    expect(row(tree.commune.id)).toMatchObject({
      lastFile: last,
      filesInPeriod: 1,
      missing: false,
    });
    expect(row(tree.district.id)).toMatchObject({ missing: false }); // a descendant sent
    expect(row(tree.otherDistrict.id)?.missing).toBe(true);
    expect(board.missing).toEqual([tree.otherDistrict.id, tree.otherCommune.id]);
    expect(row(tree.cellA.id)).toBeUndefined(); // a chi bộ trực thuộc does not send files
    const previous = await syncBoard({ from: '2026-07-01', to: '2026-09-30' });
    expect(previous.rows.find((item) => item.unit.id === tree.commune.id)?.filesInPeriod).toBe(1);
  });
});
