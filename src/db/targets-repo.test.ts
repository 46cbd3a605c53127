import { beforeEach, describe, expect, it } from 'vitest';
import type { MemberCount, Target } from '@/domain/entities';
import { buildMemberCount, buildTarget, buildUnit } from '../../test/builders';
import { db, resetDatabase } from './schema';
import {
  TargetRuleError,
  deleteMemberCount,
  deleteTarget,
  listMemberCounts,
  listTargets,
  saveMemberCount,
  saveTarget,
} from './targets-repo';

beforeEach(async () => {
  await resetDatabase();
});

const unit = buildUnit();
const otherUnit = buildUnit();

function target(overrides: Partial<Target> = {}): Omit<Target, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = buildTarget({ unitId: unit.id, ...overrides });
  return rest;
}

function count(overrides: Partial<MemberCount> = {}): Omit<MemberCount, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = buildMemberCount({ unitId: unit.id, ...overrides });
  return rest;
}

describe('targets repository', () => {
  it('saves a quota with a stamp, and a later stamp on edit', async () => {
    const quota = target({ document: '  Công văn 861-CV/TU ngày 18/11/2022 ' });
    const first = await saveTarget(quota);
    expect(first.document).toBe('Công văn 861-CV/TU ngày 18/11/2022');
    const second = await saveTarget({ ...quota, admissions: 120 });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await listTargets(new Set([unit.id]))).toEqual([second]);
  });

  it('refuses a span that overlaps another quota of the same unit', async () => {
    await saveTarget(target({ fromYear: 2023, toYear: 2025 }));
    for (const [fromYear, toYear] of [
      [2025, 2027],
      [2021, 2023],
      [2024, 2024],
      [2020, 2030],
    ] as const) {
      const error = await saveTarget(target({ fromYear, toYear })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TargetRuleError);
      expect((error as TargetRuleError).code).toBe('overlappingSpan');
    }
    expect(await listTargets()).toHaveLength(1);
  });

  it('allows adjacent spans, the same span for another unit, and editing a quota in place', async () => {
    const current = target({ fromYear: 2023, toYear: 2025 });
    await saveTarget(current);
    await saveTarget(target({ fromYear: 2026, toYear: 2030 }));
    await saveTarget(target({ fromYear: 2022, toYear: 2022 }));
    await saveTarget(target({ unitId: otherUnit.id, fromYear: 2023, toYear: 2025 }));
    // Its own span does not count as an overlap.
    await saveTarget({ ...current, toYear: 2025, admissions: 7 });
    expect(await listTargets(new Set([unit.id]))).toHaveLength(3);
    expect(await listTargets()).toHaveLength(4);
  });

  it('refuses a span that ends before it starts', async () => {
    await expect(saveTarget(target({ fromYear: 2025, toYear: 2023 }))).rejects.toThrow();
    expect(await listTargets()).toEqual([]);
  });

  it('leaves a tombstone when a quota is deleted', async () => {
    const quota = await saveTarget(target());
    await deleteTarget(quota.id);
    expect(await listTargets()).toEqual([]);
    expect(await db().tombstones.get(['target', quota.id])).toMatchObject({
      type: 'target',
      id: quota.id,
    });
  });
});

describe('member counts', () => {
  it('saves one count per unit and year, and refuses a second for the same year', async () => {
    const first = await saveMemberCount(count({ year: 2026, total: 250 }));
    const error = await saveMemberCount(count({ year: 2026, total: 260 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetRuleError);
    expect((error as TargetRuleError).code).toBe('duplicateYear');
    expect(await listMemberCounts()).toEqual([first]);
  });

  it('allows editing a count, another year, and the same year for another unit', async () => {
    const first = await saveMemberCount(count({ year: 2026, total: 250 }));
    const edited = await saveMemberCount({ ...first, total: 255 });
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    await saveMemberCount(count({ year: 2025 }));
    await saveMemberCount(count({ unitId: otherUnit.id, year: 2026 }));
    expect(await listMemberCounts(new Set([unit.id]))).toHaveLength(2);
    expect((await listMemberCounts()).find((row) => row.id === first.id)?.total).toBe(255);
  });

  it('refuses a negative total', async () => {
    await expect(saveMemberCount(count({ total: -1 }))).rejects.toThrow();
    expect(await listMemberCounts()).toEqual([]);
  });

  it('leaves a tombstone when a count is deleted', async () => {
    const saved = await saveMemberCount(count());
    await deleteMemberCount(saved.id);
    expect(await listMemberCounts()).toEqual([]);
    expect(await db().tombstones.get(['memberCount', saved.id])).toMatchObject({
      type: 'memberCount',
      id: saved.id,
    });
  });
});
