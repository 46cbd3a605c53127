// After a rebuild the page reads its queries again before the check's callers go on: a figure
// read before the rebuild is replaced, and a query whose own read waits for the check (the
// people list, the quality report) is not waited for in a circle.
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPerson, buildUnit } from '../../test/builders';

let closeLast: (() => void) | undefined;

async function freshPage() {
  closeLast?.();
  vi.resetModules();
  const schema = await import('./../db/schema');
  // A fresh module knows no connection: the database is emptied by name.
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(schema.DB_NAME).onsuccess = resolve;
  });
  await schema.resetDatabase();
  closeLast = () => schema.db().close();
  const check = await import('./../db/ensure-aggregates');
  const { connectAggregatesCheck } = await import('./aggregates-check');
  const { toRow } = await import('./../db/people-repo');
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  connectAggregatesCheck(client);
  // Here the rebuild runs in the test's thread (the page sends it to the quality worker).
  check.setRebuilder(check.rebuildAggregates);
  const held = async () => check.peopleHeld(await schema.db().unitStats.toArray());
  const writeAround = async (count: number) => {
    const unit = buildUnit();
    await schema
      .db()
      .people.bulkPut(Array.from({ length: count }, () => toRow(buildPerson({ unitId: unit.id }))));
  };
  return { client, ensureAggregates: check.ensureAggregates, held, writeAround };
}

let page: Awaited<ReturnType<typeof freshPage>>;

beforeEach(async () => {
  page = await freshPage();
});

/** A query with an observer, as a mounted screen has: active, so a re-read refetches it. */
function watch<T>(key: string, read: () => Promise<T>) {
  const observer = new QueryObserver(page.client, { queryKey: [key], queryFn: read });
  const unsubscribe = observer.subscribe(() => undefined);
  return { data: () => observer.getCurrentResult().data, unsubscribe };
}

describe('connectAggregatesCheck', () => {
  it('reads a figure again that was read before the rebuild, before the check resolves', async () => {
    await page.writeAround(4);
    const figure = watch('figure', page.held);
    await vi.waitFor(() => expect(figure.data()).toBe(0));
    expect(await page.ensureAggregates()).toEqual({ rebuilt: true });
    // No wait here: the check resolved only once the figure was read again.
    expect(figure.data()).toBe(4);
    figure.unsubscribe();
  });

  it('does not wait in a circle for a first read that itself waits for the check', async () => {
    await page.writeAround(3);
    const reads: number[] = [];
    const list = watch('list', async () => {
      await page.ensureAggregates();
      const held = await page.held();
      reads.push(held);
      return held;
    });
    // The list's first read starts the check and waits for it; the check's re-read must not
    // wait for that read.
    await vi.waitFor(() => expect(list.data()).toBe(3), { timeout: 5000 });
    expect(reads.at(-1)).toBe(3);
    list.unsubscribe();
  });

  it('tells the other tabs to read again after a rebuild', async () => {
    const heard: unknown[] = [];
    const otherTab = new BroadcastChannel('ptdv-changes');
    otherTab.onmessage = (event) => heard.push(event.data);
    await page.writeAround(2);
    await page.ensureAggregates();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    otherTab.close();
  });
});
