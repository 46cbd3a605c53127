import { beforeEach, describe, expect, it } from 'vitest';
import { buildClass, buildMemberCount, buildPerson, buildTarget } from '../../test/builders';
import { planOf, tree, units } from '../../test/import-plans';
import { applyImportPlan } from './import-apply';
import { deletePerson } from './people-repo';
import { resetDatabase } from './schema';
import { readStoreSnapshot } from './store-snapshot';

beforeEach(async () => {
  await resetDatabase();
});

describe('readStoreSnapshot', () => {
  it('reads ids, stamps, owners, tombstones and imported files without reading records', async () => {
    const klass = buildClass({ unitId: tree.commune.id });
    const person = buildPerson({ unitId: tree.cellA.id });
    const count = buildMemberCount({ unitId: tree.commune.id });
    const target = buildTarget({ unitId: tree.district.id, updatedAt: '2026-02-02T00:00:00.000Z' });
    const plan = planOf({
      units,
      people: [person],
      classes: [klass],
      memberCounts: [count],
      targets: [target],
    });
    await applyImportPlan(plan);
    await deletePerson(person.id);
    const snapshot = await readStoreSnapshot();
    expect(snapshot.units).toHaveLength(units.length);
    expect(snapshot.stamps.person.size).toBe(0);
    expect(snapshot.tombstones.get(`person:${person.id}`)).toBeDefined();
    expect(snapshot.stamps.class.get(klass.id)).toBe(klass.updatedAt);
    expect(snapshot.stamps.target.get(target.id)).toBe('2026-02-02T00:00:00.000Z');
    expect(snapshot.owners.memberCount.get(count.id)).toBe(tree.commune.id);
    expect(snapshot.owners.target.get(target.id)).toBe(tree.district.id);
    expect(snapshot.classIds).toEqual(new Set([klass.id]));
    expect(snapshot.importedExportIds).toEqual(new Set([plan.exportId]));
  });

  const stamp = (day: string) => `2026-${day}T00:00:00.000Z`;

  it('looks up only the files’ people, by reading the stored ids or by fetching each', async () => {
    await applyImportPlan(planOf({ units }));
    const stored = Array.from({ length: 20 }, (_, index) =>
      buildPerson({ unitId: index % 2 ? tree.cellA.id : tree.cellB.id, updatedAt: stamp('01-02') }),
    );
    await applyImportPlan(planOf({ people: stored }));
    const everything = await readStoreSnapshot();
    const absent = buildPerson({ unitId: tree.cellA.id }).id;
    // 2 ids against 20 stored: each is fetched; 5 ids: the stored ids are read, then fetched.
    for (const wanted of [
      [stored[3]!.id, absent],
      [stored[0]!.id, stored[7]!.id, stored[19]!.id, absent, absent],
    ]) {
      const scoped = await readStoreSnapshot({ personIds: wanted });
      const found = wanted.filter((id) => id !== absent);
      expect([...scoped.stamps.person.keys()].sort()).toEqual([...new Set(found)].sort());
      for (const id of found) {
        expect(scoped.stamps.person.get(id)).toBe(everything.stamps.person.get(id));
        expect(scoped.owners.person.get(id)).toBe(everything.owners.person.get(id));
      }
      expect(scoped.units).toEqual(everything.units);
      expect(scoped.tombstones).toEqual(everything.tombstones);
    }
  });
});
