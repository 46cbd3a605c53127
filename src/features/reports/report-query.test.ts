// The report's figures come from the dashboard's one read of the aggregates (readReportFigures):
// they must be those of the contract's rows read for the view (loadIndicatorInput, the way the
// report read them before), whatever the people, units, period and edge days.
import { beforeEach, describe, expect, it } from 'vitest';
import { createRandom } from '@/demo/random';
import { computeIndicators } from '@/domain/indicators';
import { computePlaceFigures, preparePlaces } from '@/domain/place-figures';
import { loadIndicatorInput } from '@/db/dashboard-repo';
import { savePerson } from '@/db/people-repo';
import { db, resetDatabase } from '@/db/schema';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildPlace,
  buildPlaceFigure,
  buildTarget,
  buildUnit,
} from '../../../test/builders';
import { readReportFigures } from './report-query';

beforeEach(async () => {
  await resetDatabase();
});

const day = (next: () => number, fromYear: number, years: number) => {
  const year = fromYear + Math.floor(next() * years);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const date = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  return `${year}-${month}-${date}`;
};

async function seed(next: () => number) {
  const province = buildUnit({ kind: 'upper', name: 'Tỉnh ủy' });
  const district = buildUnit({ kind: 'upper', parentId: province.id });
  const cells = [0, 1, 2].map(() => buildUnit({ parentId: district.id }));
  // A closed cell whose people count under its successor.
  const closed = buildUnit({
    parentId: district.id,
    closedOn: '2024-06-30',
    successorId: cells[0]?.id ?? null,
  });
  const units = [province, district, ...cells, closed];
  await db().units.bulkPut(units);
  const place = buildPlace({ unitId: district.id });
  await db().places.put(place);
  await db().placeFigures.put(buildPlaceFigure({ placeId: place.id, year: 2025 }));
  const holders = [...cells, closed];
  for (let index = 0; index < 60; index += 1) {
    const unit = holders[Math.floor(next() * holders.length)] ?? province;
    const admitted = next() < 0.6 ? day(next, 2021, 5) : null;
    await savePerson(
      buildPerson({
        unitId: unit.id,
        gender: next() < 0.5 ? 'female' : 'male',
        ethnicity: next() < 0.2 ? 'Tày' : 'Kinh',
        birthDate: day(next, 1975, 30),
        placeId: next() < 0.3 ? place.id : null,
        milestones: {
          sourcedOn: '2020-03-01',
          awarenessCertOn: next() < 0.7 ? day(next, 2020, 2) : null,
          decisionOn: admitted,
          admittedOn: admitted,
          officialOn: admitted && next() < 0.5 ? day(next, 2025, 1) : null,
        },
      }),
    );
  }
  await db().classes.bulkPut([
    buildClass({ unitId: district.id, startOn: '2025-04-01', endOn: '2025-04-05' }),
  ]);
  await db().targets.bulkPut([
    buildTarget({ unitId: district.id, fromYear: 2025, toYear: 2025, admissions: 10 }),
    buildTarget({ unitId: cells[1]?.id ?? '', fromYear: 2021, toYear: 2025, admissions: 8 }),
  ]);
  await db().memberCounts.bulkPut([
    buildMemberCount({ unitId: district.id, year: 2025, total: 120 }),
  ]);
  return { units, province, district, cells };
}

describe('readReportFigures', () => {
  it('gives the figures of the rows read for the view, for any unit and period', async () => {
    const next = createRandom(14);
    const { units, province, district, cells } = await seed(next);
    const today = '2026-11-28';
    const periods = [
      { from: '2021-01-01', to: '2025-12-31' },
      // Edge days at both ends: the people admitted on them are read apart.
      { from: '2023-03-17', to: '2025-08-09' },
      { from: '2026-01-01', to: today },
    ];
    for (const root of [province, district, cells[0] ?? province]) {
      for (const period of periods) {
        const options = { rootUnitId: root.id, period, today };
        const input = await loadIndicatorInput(period, root.id, today);
        const report = await readReportFigures({ ...options, units });
        if (root === province && period === periods[0]) {
          expect(report.figures.admitted).toBeGreaterThan(10);
        }
        expect(report.figures).toEqual(computeIndicators(input, options));
        expect(report.places).toEqual(
          computePlaceFigures(preparePlaces(input), input.units, options),
        );
      }
    }
  });
});
