import { beforeEach, describe, expect, it } from 'vitest';
import { buildUnit } from '../../test/builders';
import { aggregateRowsOf } from './aggregates';
import { ensureAggregates } from './dashboard-repo';
import { DemoError, isDemoLoaded, loadDemoProvince, removeDemo } from './demo-repo';
import { db, resetDatabase } from './schema';
import { getInstallation, getLanguage, saveInstallation, saveLanguage } from './settings-repo';

beforeEach(async () => {
  await resetDatabase();
});

const TODAY = '2026-11-28';

async function tableCounts() {
  const d = db();
  return Object.fromEntries(
    await Promise.all(d.tables.map(async (table) => [table.name, await table.count()] as const)),
  );
}

describe('demo province', () => {
  it('fills an empty store: records, aggregates, the province installation and the demo marker', async () => {
    const progress: [number, number][] = [];
    const summary = await loadDemoProvince(
      { seed: 7, size: 'small', today: TODAY },
      (done, total) => progress.push([done, total]),
    );
    expect(summary.counts.people).toBe(5_000);
    expect(progress.at(-1)).toEqual([5_000, 5_000]);
    const counts = await tableCounts();
    expect(counts.people).toBe(5_000);
    expect(counts.units).toBe(summary.counts.units);
    expect(counts.classes).toBe(summary.counts.classes);
    expect(counts.targets).toBe(summary.counts.targets);
    expect(counts.memberCounts).toBe(summary.counts.memberCounts);
    expect(counts.classes).toBeGreaterThan(0);
    // Its places and their figures, every person from one of them, counted in the aggregate.
    expect(counts.places).toBeGreaterThan(100);
    expect(counts.placeFigures).toBeGreaterThan(4 * (counts.places ?? 0));
    const placeIds = new Set(await db().places.toCollection().primaryKeys());
    const people = await db().people.toArray();
    expect(people.every((person) => placeIds.has(person.placeId ?? ''))).toBe(true);

    const installation = await getInstallation();
    const root = await db().units.get(installation!.homeUnitId);
    expect(installation?.kind).toBe('province');
    expect(root?.parentId).toBeNull();
    expect(root?.kind).toBe('province');
    expect(await isDemoLoaded()).toEqual(summary);

    // The aggregates were written with the people: nothing to rebuild, and they are right.
    expect(await ensureAggregates(undefined, { force: true })).toEqual({ rebuilt: false });
    const expected = aggregateRowsOf(await db().people.toArray());
    expect(await db().admissionStats.count()).toBe(expected.admissionStats.length);
    expect(await db().unitStats.count()).toBe(expected.unitStats.length);
    expect(await db().placeStats.count()).toBe(expected.placeStats.length);
    expect(expected.placeStats.length).toBeGreaterThan(0);
  });

  it('refuses a store that holds records or an installation', async () => {
    await db().units.put(buildUnit());
    await expect(loadDemoProvince({ today: TODAY })).rejects.toBeInstanceOf(DemoError);
    expect(await db().people.count()).toBe(0);

    await resetDatabase();
    await saveInstallation({ kind: 'unit', homeUnitId: buildUnit().id, setUpAt: TODAY });
    await expect(loadDemoProvince({ today: TODAY })).rejects.toMatchObject({
      code: 'storeNotEmpty',
    });
    expect(await db().units.count()).toBe(0);
  });

  it('removes the demo in one go: every table emptied, the language kept', async () => {
    await saveLanguage('en');
    await loadDemoProvince({ seed: 3, today: TODAY });
    await removeDemo();
    const counts = await tableCounts();
    expect(
      Object.entries(counts).filter(([name, count]) => name !== 'settings' && count > 0),
    ).toEqual([]);
    expect(await db().settings.toArray()).toEqual([{ key: 'language', value: 'en' }]);
    expect(await getInstallation()).toBeNull();
    expect(await isDemoLoaded()).toBeNull();
    expect(await getLanguage()).toBe('en');
    // A fresh install again: the demo can be loaded once more.
    await loadDemoProvince({ seed: 3, today: TODAY });
    expect(await isDemoLoaded()).not.toBeNull();
  });

  it('refuses to remove a store that is not the demo', async () => {
    await db().units.put(buildUnit());
    await expect(removeDemo()).rejects.toMatchObject({ code: 'notDemo' });
    expect(await db().units.count()).toBe(1);
  });
});
