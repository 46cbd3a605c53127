// The places in the dashboard's one read and in the report's: written through the repositories
// (so placeStats is kept by the people's writes), read back, and the figures of both reads equal.
import { beforeEach, describe, expect, it } from 'vitest';
import { computePlaceFigures, preparePlaces } from '@/domain/place-figures';
import { buildPerson, buildPlace, buildPlaceFigure, buildUnit } from '../../test/builders';
import { loadIndicatorInput, readDashboardStore } from './dashboard-repo';
import { savePerson } from './people-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

const commune = buildUnit({ name: 'Đảng bộ xã Hòa An', kind: 'upper', sector: 'commune' });
const hamlet = buildPlace({ name: 'Thôn 1', unitId: commune.id });
const school = buildPlace({ name: 'Trường THPT Hòa An', kind: 'school', unitId: commune.id });
const period = { from: '2025-01-01', to: '2025-12-31' };

async function seedPlaces(): Promise<void> {
  await db().units.put(commune);
  await db().places.bulkPut([hamlet, school]);
  await db().placeFigures.bulkPut([
    buildPlaceFigure({ placeId: hamlet.id, year: 2024, partyMembers: 0 }),
    buildPlaceFigure({
      placeId: hamlet.id,
      year: 2025,
      partyMembers: 0,
      partyOrganisation: 'none',
    }),
    buildPlaceFigure({ placeId: hamlet.id, year: 2026, partyMembers: 1, partyOrganisation: 'own' }),
    buildPlaceFigure({ placeId: school.id, year: 2025, grade12Students: 250 }),
  ]);
  const person = (placeId: string, milestones: Record<string, string>) =>
    savePerson(buildPerson({ unitId: commune.id, placeId, milestones }));
  await person(hamlet.id, { admittedOn: '2025-08-19', decisionOn: '2025-08-01' });
  await person(school.id, { sourcedOn: '2025-03-01', awarenessCertOn: '2025-05-01' });
  await person(school.id, { sourcedOn: '2024-03-01' });
}

describe('the places in the dashboard’s read and the report’s', () => {
  it('reads every place, figure and placeStats shard in the dashboard’s one read', async () => {
    await seedPlaces();
    const store = await readDashboardStore();
    expect(store.places).toHaveLength(2);
    expect(store.placeFigures).toHaveLength(4);
    expect(store.placeStats.flatMap((block) => block.placeIds).sort()).toEqual(
      [hamlet.id, school.id].sort(),
    );
    const figures = computePlaceFigures(preparePlaces(store), [commune], {
      rootUnitId: commune.id,
      period,
    });
    expect(figures.residential.firstMembers).toEqual([
      expect.objectContaining({ name: 'Thôn 1', admittedOn: '2025-08-19' }),
    ]);
    expect(figures.schools).toMatchObject({ grade12Students: 250, sourced: 1, certified: 1 });
  });

  it('gives the report the figures up to the period’s end, and the same figures', async () => {
    await seedPlaces();
    const input = await loadIndicatorInput(period, commune.id, '2026-11-28');
    // 2026's figure cannot be the one used for 2025, nor the one before an admission of 2025.
    expect(input.placeFigures.map((figure) => figure.year).sort()).toEqual([2024, 2025, 2025]);
    const options = { rootUnitId: commune.id, period };
    expect(computePlaceFigures(preparePlaces(input), input.units, options)).toEqual(
      computePlaceFigures(preparePlaces(await readDashboardStore()), [commune], options),
    );
  });
});
