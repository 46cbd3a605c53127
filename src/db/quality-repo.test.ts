import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildPlace,
  buildPlaceFigure,
  buildUnit,
} from '../../test/builders';
import { pairKey } from '@/domain/duplicate-pairs';
import type { Person } from '@/domain/entities';
import { aggregateRowsOf, deletePeople, putPeople } from './aggregates';
import { markNotSame } from './merge-repo';
import { toRow } from './people-repo';
import { readQualityReport } from './quality-repo';
import { db, resetDatabase } from './schema';

const province = buildUnit({ code: 'T', name: 'Tỉnh' });
const east = buildUnit({ parentId: province.id, code: 'T-D', name: 'Chi bộ Đông' });
const west = buildUnit({ parentId: province.id, code: 'T-T', name: 'Chi bộ Tây' });
const today = '2026-06-15';

const admitted = {
  sourcedOn: '2025-01-10',
  awarenessCertOn: '2025-03-01',
  applicationOn: '2025-05-01',
  cellResolutionOn: '2025-09-01',
  decisionOn: '2025-10-01',
  admittedOn: '2025-10-20',
};

async function store(people: Person[]) {
  await putPeople(db(), people.map(toRow));
}

beforeEach(async () => {
  await resetDatabase();
  await db().units.bulkPut([province, east, west]);
  await db().memberCounts.bulkPut([buildMemberCount({ unitId: province.id, year: 2025 })]);
});

describe('readQualityReport', () => {
  it('finds every planted problem, by unit, without reading every person', async () => {
    const awareness = buildClass({ unitId: east.id, kind: 'awareness', attendeeCount: 1 });
    const newMembers = buildClass({
      unitId: west.id,
      kind: 'new_member',
      title: 'Lớp đảng viên mới',
      startOn: '2025-11-01',
      endOn: '2025-11-05',
      attendeeCount: 10,
    });
    await db().classes.bulkPut([awareness, newMembers]);
    const closedPlace = buildPlace({ unitId: east.id, closedOn: '2025-06-30', name: 'Thôn Cũ' });
    await db().places.put(closedPlace);
    await db().placeFigures.put(buildPlaceFigure({ placeId: closedPlace.id, year: 2026 }));
    const a = buildPerson({ unitId: east.id, nationalId: '001200000001', fullName: 'Lê Văn Bình' });
    const b = buildPerson({ unitId: west.id, nationalId: '001200000001', fullName: 'Lê Văn Bình' });
    const c = buildPerson({ unitId: west.id, fullName: 'le van binh' });
    await store([
      a,
      b,
      c,
      buildPerson({
        unitId: east.id,
        fullName: 'Vũ Thị Lan',
        milestones: { ...admitted, decisionOn: '2025-10-25' },
        decisionNo: '1',
      }),
      buildPerson({
        unitId: east.id,
        fullName: 'Hà Văn Nam',
        birthDate: '2008-04-15',
        milestones: { cellResolutionOn: '2026-03-31' },
      }),
      // Two name the awareness class of 1 seat; one was admitted before it began.
      buildPerson({ unitId: east.id, awarenessClassId: awareness.id, fullName: 'Trần Thị Hoa' }),
      buildPerson({
        unitId: east.id,
        awarenessClassId: awareness.id,
        fullName: 'Phạm Văn Cường',
        decisionNo: '2',
        milestones: { ...admitted, officialOn: '2026-11-01' },
        updatedAt: '2026-06-01T00:00:00.000Z',
      }),
      // Not admitted, in the new-members class.
      buildPerson({ unitId: west.id, newMemberClassId: newMembers.id, fullName: 'Đỗ Minh' }),
      // Admitted in 2026 in the east: no member count for 2026 anywhere above.
      buildPerson({
        unitId: east.id,
        fullName: 'Bùi Thị Mai',
        decisionNo: '3',
        milestones: { ...admitted, admittedOn: '2026-01-05', decisionOn: '2025-12-20' },
      }),
      buildPerson({
        unitId: east.id,
        fullName: 'Ngô Văn Tú',
        placeId: closedPlace.id,
        milestones: { sourcedOn: '2026-01-01' },
      }),
    ]);

    const report = await readQualityReport(province.id, { today });
    const totals = Object.fromEntries(
      Object.entries(report.counts).map(([check, count]) => [check, count.total]),
    );
    expect(totals).toMatchObject({
      duplicateNationalId: 1,
      duplicateNameBirth: 2,
      milestoneOrder: 1,
      milestoneFuture: 1,
      ageAtVote: 1,
      classOverfull: 1,
      classImpossible: 2,
      memberCountMissing: 1,
      placeFigureClosed: 1,
      placeClosedPerson: 1,
    });
    expect(report.counts.ageAtVote.byUnit.get(east.id)).toBe(1);
    const pair = report.items.find((item) => item.check === 'duplicateNationalId');
    expect(pair?.target).toMatchObject({
      kind: 'pair',
      aLabel: 'Lê Văn Bình',
      bLabel: 'Lê Văn Bình',
    });
    const impossible = report.items.filter((item) => item.check === 'classImpossible');
    expect(
      impossible.map((item) => item.target.kind === 'person' && item.target.label).sort(),
    ).toEqual(['Phạm Văn Cường', 'Đỗ Minh']);

    // A subtree sees its own; a pair marked "not the same person" is not reported.
    const eastOnly = await readQualityReport(east.id, { today });
    expect(eastOnly.counts.duplicateNationalId.total).toBe(0);
    expect(eastOnly.counts.ageAtVote.total).toBe(1);
    const marked = await readQualityReport(province.id, {
      today,
      notSame: new Set([pairKey(a.id, c.id), pairKey(b.id, c.id)]),
    });
    expect(marked.counts.duplicateNameBirth.total).toBe(0);

    // The same, marked on the merge screen: the report reads the marks itself.
    await markNotSame(a.id, c.id);
    await markNotSame(c.id, b.id);
    const stored = await readQualityReport(province.id, { today });
    expect(stored.counts.duplicateNameBirth.total).toBe(0);
    expect(stored.counts.duplicateNationalId.total).toBe(1);
  });

  it('keeps the aggregate equal to a rebuild through saves and deletes', async () => {
    const first = buildPerson({
      unitId: east.id,
      milestones: { cellResolutionOn: '2025-01-01' },
      birthDate: '2010-01-01',
    });
    const second = buildPerson({
      unitId: west.id,
      fullName: 'Lý Văn Hải',
      awarenessClassId: east.id,
    });
    await store([first, second]);
    await store([{ ...first, birthDate: '1990-01-01' }]);
    await deletePeople(db(), [second.id]);
    const expected = aggregateRowsOf(await db().people.toArray()).qualityStats;
    expect(await db().qualityStats.toArray()).toEqual(expected);
    const report = await readQualityReport(null, { today });
    expect(report.counts.ageAtVote.total).toBe(0);
  });
});
