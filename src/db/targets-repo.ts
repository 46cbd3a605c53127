// Admission quotas (chỉ tiêu kết nạp) and member counts at the start of a year.
import type { MemberCount, Target } from '@/domain/entities';
import { recordSchemas } from './record-schemas';
import { saveAgainstStored, type AssertUnchanged } from './save-conflict';
import { db } from './schema';
import { nextStamp, writeTombstone } from './stamp';

export class TargetRuleError extends Error {
  constructor(readonly code: 'overlappingSpan' | 'duplicateYear') {
    super(code);
  }
}

export async function listTargets(unitIds?: ReadonlySet<string>): Promise<Target[]> {
  const rows = await db().targets.toArray();
  return unitIds ? rows.filter((row) => unitIds.has(row.unitId)) : rows;
}

/** Saves a quota. A unit cannot have two quotas whose spans overlap: which one would count? */
// With `base`, the version the form loaded, an edit made meanwhile in another tab is merged
// with this one, or nothing is saved (save-conflict.ts).
export async function saveTarget(input: Omit<Target, 'updatedAt'>, base?: Target): Promise<Target> {
  return saveAgainstStored(base, input, () => db().targets.get(input.id), writeTarget);
}

async function writeTarget(
  input: Omit<Target, 'updatedAt'>,
  assertUnchanged: AssertUnchanged,
): Promise<Target> {
  const { targetSchema } = await recordSchemas();
  const d = db();
  return d.transaction('rw', d.targets, async () => {
    const current = await d.targets.get(input.id);
    assertUnchanged(current);
    const record = targetSchema.parse({ ...input, updatedAt: nextStamp(current?.updatedAt) });
    const sameUnit = await d.targets.where('unitId').equals(record.unitId).toArray();
    const overlaps = sameUnit.some(
      (other) =>
        other.id !== record.id &&
        other.fromYear <= record.toYear &&
        record.fromYear <= other.toYear,
    );
    if (overlaps) throw new TargetRuleError('overlappingSpan');
    await d.targets.put(record);
    return record;
  });
}

export async function deleteTarget(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.targets, d.tombstones, async () => {
    await d.targets.delete(id);
    await writeTombstone('target', id);
  });
}

export async function listMemberCounts(unitIds?: ReadonlySet<string>): Promise<MemberCount[]> {
  const rows = await db().memberCounts.toArray();
  return unitIds ? rows.filter((row) => unitIds.has(row.unitId)) : rows;
}

/** One count per unit and year: saving a second one for the same year is refused. */
export async function saveMemberCount(
  input: Omit<MemberCount, 'updatedAt'>,
  base?: MemberCount,
): Promise<MemberCount> {
  return saveAgainstStored(base, input, () => db().memberCounts.get(input.id), writeMemberCount);
}

async function writeMemberCount(
  input: Omit<MemberCount, 'updatedAt'>,
  assertUnchanged: AssertUnchanged,
): Promise<MemberCount> {
  const { memberCountSchema } = await recordSchemas();
  const d = db();
  return d.transaction('rw', d.memberCounts, async () => {
    const current = await d.memberCounts.get(input.id);
    assertUnchanged(current);
    const record = memberCountSchema.parse({ ...input, updatedAt: nextStamp(current?.updatedAt) });
    const sameYear = await d.memberCounts
      .where('[unitId+year]')
      .equals([record.unitId, record.year])
      .toArray();
    if (sameYear.some((other) => other.id !== record.id))
      throw new TargetRuleError('duplicateYear');
    await d.memberCounts.put(record);
    return record;
  });
}

export async function deleteMemberCount(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.memberCounts, d.tombstones, async () => {
    await d.memberCounts.delete(id);
    await writeTombstone('memberCount', id);
  });
}
