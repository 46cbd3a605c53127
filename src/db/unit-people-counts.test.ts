// The units screen's counts read off the unitStats aggregate equal the people counted from scratch,
// after random saves, moves between units and deletes, and after the aggregates were cleared.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRandom } from '@/demo/random';
import { buildPerson, buildUnit } from '../../test/builders';
import { deletePerson, savePerson } from './people-repo';
import { db, resetDatabase } from './schema';
import { countPeopleByUnit } from './unit-people-counts';

beforeEach(async () => {
  await resetDatabase();
});

const UNITS = Array.from({ length: 40 }, () => buildUnit());
const UNIT_IDS = UNITS.map((unit) => unit.id);

/** Each unit's people counted from every stored person. */
async function fromScratch(): Promise<Map<string, number>> {
  const counts = new Map(UNIT_IDS.map((id) => [id, 0]));
  for (const row of await db().people.toArray()) {
    counts.set(row.unitId, (counts.get(row.unitId) ?? 0) + 1);
  }
  return counts;
}

describe('countPeopleByUnit', () => {
  it('counts each unit’s people, zero where there are none', async () => {
    const [a, b] = UNITS as [(typeof UNITS)[number], (typeof UNITS)[number]];
    await savePerson(buildPerson({ unitId: a.id }));
    await savePerson(buildPerson({ unitId: a.id }));
    const counts = await countPeopleByUnit([a.id, b.id]);
    expect(counts.get(a.id)).toBe(2);
    expect(counts.get(b.id)).toBe(0);
  });

  it('equals a count of every person after random saves, moves and deletes', async () => {
    const next = createRandom(2026);
    const pick = () => UNIT_IDS[Math.floor(next() * UNIT_IDS.length)] as string;
    const stored: ReturnType<typeof buildPerson>[] = [];
    for (let step = 0; step < 300; step += 1) {
      const roll = next();
      const index = Math.floor(next() * stored.length);
      const person = stored[index];
      if (roll < 0.6 || !person) {
        const created = buildPerson({
          unitId: pick(),
          milestones: next() < 0.5 ? { admittedOn: '2025-03-01' } : {},
        });
        await savePerson(created);
        stored.push(created);
      } else if (roll < 0.85) {
        const moved = { ...person, unitId: pick() };
        await savePerson(moved, person);
        stored[index] = moved;
      } else {
        await deletePerson(person.id);
        stored.splice(index, 1);
      }
    }
    expect(await countPeopleByUnit(UNIT_IDS)).toEqual(await fromScratch());
    expect([...(await fromScratch()).values()].reduce((sum, n) => sum + n, 0)).toBe(stored.length);
  });

  it('rebuilds the aggregates first when they were cleared (a schema upgrade does)', async () => {
    for (const unitId of UNIT_IDS.slice(0, 5)) await savePerson(buildPerson({ unitId }));
    await db().unitStats.clear();
    // A new page load (fresh modules): its first read checks the aggregates once.
    vi.resetModules();
    const fresh = await import('./unit-people-counts');
    expect(await fresh.countPeopleByUnit(UNIT_IDS)).toEqual(await fromScratch());
  });
});
