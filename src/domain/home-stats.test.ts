// The merge of a write's changes into a stored home record gives exactly the record that
// unpacking, applying each change and packing again gives: same entries, same order, same counts.
import { describe, expect, it } from 'vitest';
import { createRandom } from '@/demo/random';
import { streamProvince } from '@/demo/province-stream';
import { unitContribution } from './admission-stats';
import {
  applyHomeEntry,
  openDeadlines,
  mergeHomeBlock,
  packHomeRecord,
  unpackHomeRecord,
  type HomeBlock,
  type HomeEntry,
  type HomeRecord,
} from './home-stats';

function slow(block: HomeBlock | undefined, changes: readonly [HomeEntry, 1 | -1][]): HomeBlock {
  const record: HomeRecord = block ? unpackHomeRecord(block) : new Map();
  for (const [entry, sign] of changes) applyHomeEntry(record, entry, sign);
  return packHomeRecord(record);
}

describe('mergeHomeBlock', () => {
  it('equals unpack, apply and pack over random records and changes', () => {
    const random = createRandom(14);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    // Ids that are prefixes of each other and empty ids (the officials' entries) included.
    const ids = ['', 'a', 'ab', 'abc', 'b', 'p-10', 'p-1', 'p-100', 'Z', 'á'];
    const entry = (): HomeEntry => ({
      id: pick(ids),
      name: pick(['', 'Lò Thị Mai', 'Nguyễn Văn An', 'An']),
      unitId: pick(['u-1', 'u-2', 'u-10']),
      code: pick([0, 1, 2, 9, 10, 17]),
      day: pick([0, 19_000, 20_500, 2]),
    });
    for (let round = 0; round < 400; round += 1) {
      const start = Array.from({ length: Math.floor(random() * 30) }, (): [HomeEntry, 1] => [
        entry(),
        1,
      ]);
      const block = random() < 0.2 ? undefined : slow(undefined, start);
      const held = block ? [...start] : [];
      const changes = Array.from({ length: Math.floor(random() * 12) }, (): [HomeEntry, 1 | -1] =>
        // Mostly what a write does: take out an entry held, or add one.
        held.length > 0 && random() < 0.4 ? [pick(held)[0], -1] : [entry(), 1],
      );
      expect(mergeHomeBlock(block, changes)).toEqual(slow(block, changes));
    }
  });

  it('leaves no entry whose count falls to nothing', () => {
    const mai: HomeEntry = { id: 'p1', name: 'Mai', unitId: 'u', code: 1, day: 5 };
    const block = slow(undefined, [[mai, 1]]);
    expect(mergeHomeBlock(block, [[mai, -1]]).ids).toEqual([]);
  });
});

describe('the deadlines the aggregates share', () => {
  it('give every person the same pending due dates as counting them on their own', () => {
    // A demo province's people: every stage, people struck off before and after their
    // probation's end, and rule sets of both tables.
    const province = streamProvince({ seed: 7, today: '2026-12-07', people: 3_000, units: 2 });
    let checked = 0;
    let removed = 0;
    province.draw(3_000, ({ people }) => {
      for (const person of people) {
        const shared = unitContribution(person, openDeadlines(person));
        expect(shared).toEqual(unitContribution(person));
        checked += 1;
        if (person.milestones.removedOn) removed += 1;
      }
    });
    expect(checked).toBe(3_000);
    expect(removed).toBeGreaterThan(0);
  });
});
