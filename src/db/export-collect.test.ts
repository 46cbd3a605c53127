import { beforeEach, describe, expect, it } from 'vitest';
import { buildClass, buildMemberCount, buildPerson, buildTarget } from '../../test/builders';
import { planOf, tree, units } from '../../test/import-plans';
import { collectExport } from './export-collect';
import { applyImportPlan } from './import-apply';
import { deletePerson, savePerson } from './people-repo';
import { resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

describe('collectExport', () => {
  async function seedStore() {
    await applyImportPlan(planOf({ units }));
    const klass = buildClass({ unitId: tree.commune.id, updatedAt: '2026-01-05T00:00:00.000Z' });
    const inside = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-01-05T00:00:00.000Z' });
    const outside = buildPerson({
      unitId: tree.otherCommune.id,
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
    const target = buildTarget({ unitId: tree.commune.id, updatedAt: '2026-01-05T00:00:00.000Z' });
    const count = buildMemberCount({
      unitId: tree.otherCommune.id,
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
    await applyImportPlan(
      planOf({
        people: [inside, outside],
        classes: [klass],
        targets: [target],
        memberCounts: [count],
      }),
    );
    return { klass, inside, outside, target, count };
  }

  it('a full export holds the subtree’s records and no derived columns', async () => {
    const { klass, inside, target } = await seedStore();
    const collected = await collectExport({ rootUnitId: tree.commune.id });
    expect(collected.source).toEqual({
      unitId: tree.commune.id,
      unitCode: 'X0101',
      unitName: tree.commune.name,
    });
    expect(collected.scope).toEqual({ type: 'full' });
    expect(collected.units.map((unit) => unit.id).sort()).toEqual(
      [tree.commune.id, tree.cellA.id, tree.cellB.id].sort(),
    );
    expect(collected.people).toEqual([inside]);
    expect(collected.classes).toEqual([klass]);
    expect(collected.targets).toEqual([target]);
    expect(collected.memberCounts).toEqual([]);
  });

  it('changes since an instant, with the tombstones of the subtree and of this computer', async () => {
    const { inside, outside } = await seedStore();
    const since = '2026-06-01T00:00:00.000Z';
    await savePerson({ ...inside, fullName: 'Đã sửa' });
    await deletePerson(outside.id); // a deletion made here: owner unknown, sent
    await applyImportPlan(
      planOf({}, [
        {
          type: 'person',
          id: buildPerson().id,
          deletedAt: '2026-07-01T00:00:00.000Z',
          unitId: tree.otherCommune.id,
        },
        {
          type: 'person',
          id: buildPerson().id,
          deletedAt: '2026-07-01T00:00:00.000Z',
          unitId: tree.cellB.id,
        },
      ]),
    );
    const collected = await collectExport({ rootUnitId: tree.commune.id, since });
    expect(collected.scope).toEqual({ type: 'changes', since });
    expect(collected.units).toEqual([]);
    expect(collected.people.map((person) => person.fullName)).toEqual(['Đã sửa']);
    expect(collected.deleted.map((tombstone) => tombstone.id).sort()).toHaveLength(2);
    expect(collected.deleted.every((tombstone) => !('unitId' in tombstone))).toBe(true);
  });

  it('relays what files from below brought after the last export, however old', async () => {
    await applyImportPlan(planOf({ units }));
    const since = '2026-06-01T00:00:00.000Z';
    // A commune's file arrives after the district's last export, with records changed before.
    const relayed = buildPerson({ unitId: tree.cellA.id, updatedAt: '2026-03-01T00:00:00.000Z' });
    const old = buildPerson({ unitId: tree.cellB.id, updatedAt: '2026-01-01T00:00:00.000Z' });
    await applyImportPlan(
      planOf(
        { people: [relayed, old] },
        [
          {
            type: 'person',
            id: buildPerson().id,
            deletedAt: '2026-02-01T00:00:00.000Z',
            unitId: tree.cellA.id,
          },
        ],
        {
          isProvinceFile: false,
          scope: { type: 'changes', since: '2026-02-15T00:00:00.000Z' },
          source: {
            unitId: tree.commune.id,
            unitCode: 'X0101',
            unitName: tree.commune.name,
            app: 't',
          },
        },
      ),
    );
    const collected = await collectExport({ rootUnitId: tree.district.id, since });
    // What that file could have brought: changed after its own `since`.
    expect(collected.people).toEqual([relayed]);
    expect(collected.deleted).toEqual([]);
    expect(collected.units).toEqual([]);
    // Nothing imported since: only what changed.
    const later = await collectExport({
      rootUnitId: tree.district.id,
      since: new Date(Date.now() + 1000).toISOString(),
    });
    expect(later.people).toEqual([]);
  });

  it('the province’s downward file: units, quotas and member counts only', async () => {
    const { target, count } = await seedStore();
    const collected = await collectExport({
      rootUnitId: tree.province.id,
      content: 'provinceTree',
    });
    expect(collected.units).toHaveLength(units.length);
    expect(collected.people).toEqual([]);
    expect(collected.classes).toEqual([]);
    expect(collected.targets).toEqual([target]);
    expect(collected.memberCounts).toEqual([count]);
  });
});
