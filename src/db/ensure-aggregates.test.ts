// One check per page load, whoever asks: the rebuild where the page says, its progress to every
// caller waiting, and the page's re-read (the listeners) done before any caller goes on. Each test
// loads the modules afresh: the check's state is the page load's.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';

let closeLast: (() => void) | undefined;

async function freshPage() {
  // The last test's page closes its connection first (a new module would not know of it).
  closeLast?.();
  vi.resetModules();
  const schema = await import('./schema');
  await Dexie.delete('ptdv');
  await schema.resetDatabase();
  const check = await import('./ensure-aggregates');
  const people = await import('./people-repo');
  closeLast = () => schema.db().close();
  return { ...schema, ...check, ...people };
}

let page: Awaited<ReturnType<typeof freshPage>>;

beforeEach(async () => {
  page = await freshPage();
});

/** People written around the repositories (a raw seed, another tool): the aggregates miss them. */
async function writeAround(count: number): Promise<void> {
  const unit = buildUnit();
  const rows = Array.from({ length: count }, () =>
    page.toRow(buildPerson({ unitId: unit.id, milestones: { admittedOn: '2025-03-01' } })),
  );
  await page.db().people.bulkPut(rows);
}

async function held(): Promise<number> {
  return page.peopleHeld(await page.db().unitStats.toArray());
}

describe('ensureAggregates, the page’s one check', () => {
  it('rebuilds once for callers asking at once, and every caller sees the rebuild', async () => {
    await writeAround(12);
    let rebuilds = 0;
    page.setRebuilder(async (onProgress) => {
      rebuilds += 1;
      await page.rebuildAggregates(onProgress);
    });
    const first: number[] = [];
    const second: number[] = [];
    const results = await Promise.all([
      page.ensureAggregates((done) => first.push(done)),
      page.ensureAggregates((done) => second.push(done)),
      page.ensureAggregates(),
    ]);
    expect(results).toEqual([{ rebuilt: true }, { rebuilt: true }, { rebuilt: true }]);
    expect(rebuilds).toBe(1);
    // The rebuild's progress reaches both screens that asked, not only the first.
    expect(first.at(-1)).toBe(12);
    expect(second.at(-1)).toBe(12);
    expect(await held()).toBe(12);
    // Checked for this page load: a later caller is not held up by another count.
    expect(await page.ensureAggregates()).toEqual({ rebuilt: false });
  });

  it('re-reads the page before any caller goes on, and a re-read may ask again', async () => {
    await writeAround(3);
    const order: string[] = [];
    page.onAggregatesRebuilt(async () => {
      order.push('re-read start');
      // A query re-read here asks for the check again: it must not wait for this one.
      expect(await page.ensureAggregates()).toEqual({ rebuilt: false });
      order.push('re-read done');
    });
    const caller = page.ensureAggregates().then((result) => {
      order.push('caller');
      return result;
    });
    expect(await caller).toEqual({ rebuilt: true });
    expect(order).toEqual(['re-read start', 're-read done', 'caller']);
  });

  it('runs no rebuild and no re-read when the aggregates hold every person', async () => {
    const unit = buildUnit();
    await page.savePerson(buildPerson({ unitId: unit.id }));
    const rebuilder = vi.fn(async () => undefined);
    const listener = vi.fn();
    page.setRebuilder(rebuilder);
    page.onAggregatesRebuilt(listener);
    expect(await page.ensureAggregates()).toEqual({ rebuilt: false });
    expect(rebuilder).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('fails every waiting caller when the rebuild fails, and checks again on the next ask', async () => {
    await writeAround(2);
    page.setRebuilder(() => Promise.reject(new Error('the worker crashed')));
    const asked = [page.ensureAggregates(), page.ensureAggregates()];
    await expect(asked[0]).rejects.toThrow('the worker crashed');
    await expect(asked[1]).rejects.toThrow('the worker crashed');
    page.setRebuilder(page.rebuildAggregates);
    expect(await page.ensureAggregates()).toEqual({ rebuilt: true });
    expect(await held()).toBe(2);
  });
});
