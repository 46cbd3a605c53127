import { beforeEach, describe, expect, it } from 'vitest';
import { tree } from '../../test/import-plans';
import { lastExport, listExports, recordExport } from './exchange-logs';
import { resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

describe('the export log', () => {
  it('logs exports, newest first, and finds the last one of a unit', async () => {
    const entry = (exportId: string, exportedAt: string) => ({
      exportId,
      exportedAt,
      fileName: `${exportId}.ptdv.json`,
      rootUnitId: tree.commune.id,
      content: 'subtree' as const,
      scope: { type: 'full' as const },
      asOf: exportedAt,
      fileCounts: { people: 3 },
      sealed: true,
    });
    await recordExport(entry('a', '2026-10-01T00:00:00.000Z'));
    await recordExport(entry('b', '2026-11-01T00:00:00.000Z'));
    expect((await listExports()).map((item) => item.exportId)).toEqual(['b', 'a']);
    expect((await lastExport(tree.commune.id))?.exportId).toBe('b');
    expect(await lastExport(tree.cellA.id)).toBeNull();
  });
});
