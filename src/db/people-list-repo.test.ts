import { beforeEach, describe, expect, it } from 'vitest';
import { buildPerson, testId } from '../../test/builders';
import { idsOf } from '@/domain/people-list';
import { listPeopleBlocks, preloadPeopleBlocks } from './people-list-repo';
import { savePerson } from './people-repo';
import { resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

const ids = (blocks: Awaited<ReturnType<typeof listPeopleBlocks>>) => blocks.flatMap(idsOf).sort();

describe("the people list's reads", () => {
  it('hands out the read started early, kept to the scope, unless something was written since', async () => {
    const [u1, u2, a, b, c] = [testId(), testId(), testId(), testId(), testId()];
    await savePerson(buildPerson({ id: a, unitId: u1 }));
    await savePerson(buildPerson({ id: b, unitId: u2 }));
    preloadPeopleBlocks();
    expect(ids(await listPeopleBlocks(new Set([u1])))).toEqual([a]);

    // Started early, then a write: read again, with the new person.
    preloadPeopleBlocks();
    await savePerson(buildPerson({ id: c, unitId: u2 }));
    expect(ids(await listPeopleBlocks())).toEqual([a, b, c].sort());
    // Nothing preloaded: a read of its own, by key for a small scope.
    expect(ids(await listPeopleBlocks(new Set([u2, testId()])))).toEqual([b, c].sort());
  });
});
