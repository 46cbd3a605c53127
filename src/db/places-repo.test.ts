import { beforeEach, describe, expect, it } from 'vitest';
import { buildPlace, buildUnit } from '../../test/builders';
import { NO_FIGURES } from '@/domain/place-list-rows';
import {
  PlaceRuleError,
  closePlace,
  listPlaceFigures,
  savePlace,
  savePlaceFigures,
} from './places-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
});

const commune = buildUnit({ kind: 'grassroots_committee', sector: 'commune' });

async function places(count: number) {
  const saved = [];
  for (let index = 0; index < count; index += 1) {
    const { updatedAt: _stamp, ...input } = buildPlace({
      unitId: commune.id,
      name: `Thôn ${index + 1}`,
    });
    saved.push(await savePlace(input));
  }
  return saved;
}

describe('places', () => {
  it('saves a place, then closes it into a successor; a successor must exist and not be itself', async () => {
    const [first, second] = await places(2);
    const closed = await closePlace(first!.id, '2026-07-01', second!.id);
    expect(closed).toMatchObject({ closedOn: '2026-07-01', successorId: second!.id });
    expect(closed.updatedAt > first!.updatedAt).toBe(true);
    await expect(closePlace(second!.id, '2026-07-01', second!.id)).rejects.toThrow(PlaceRuleError);
    await expect(
      closePlace(second!.id, '2026-07-01', '00000000-0000-4000-8000-00000000ffff'),
    ).rejects.toMatchObject({ code: 'unknownSuccessor' });
  });
});

describe('a year’s figures saved as a grid', () => {
  it('writes every changed row in one go, and leaves an unchanged row’s stamp alone', async () => {
    const rows = await places(3);
    const first = await savePlaceFigures(
      2025,
      rows.map((place, index) => ({
        placeId: place.id,
        values: { ...NO_FIGURES, households: 100 + index, partyMembers: index },
      })),
    );
    expect(first).toEqual({ written: 3, unchanged: 0 });
    const stored = await listPlaceFigures(2025);
    const stampOf = (placeId: string) => stored.find((row) => row.placeId === placeId)?.updatedAt;

    const second = await savePlaceFigures(
      2025,
      rows.map((place, index) => ({
        placeId: place.id,
        values: { ...NO_FIGURES, households: index === 0 ? 150 : 100 + index, partyMembers: index },
      })),
    );
    expect(second).toEqual({ written: 1, unchanged: 2 });
    const after = await listPlaceFigures(2025);
    expect(after).toHaveLength(3);
    expect(after.find((row) => row.placeId === rows[1]!.id)?.updatedAt).toBe(stampOf(rows[1]!.id));
    expect(after.find((row) => row.placeId === rows[0]!.id)?.households).toBe(150);
  });

  it('refuses the whole grid when one row is invalid, and writes none of it', async () => {
    const rows = await places(2);
    await expect(
      savePlaceFigures(2025, [
        { placeId: rows[0]!.id, values: { ...NO_FIGURES, households: 10 } },
        { placeId: rows[1]!.id, values: { ...NO_FIGURES, households: -1 } },
      ]),
    ).rejects.toThrow();
    expect(await db().placeFigures.count()).toBe(0);
  });

  it('writes no figure for an empty row', async () => {
    const [place] = await places(1);
    expect(await savePlaceFigures(2025, [{ placeId: place!.id, values: NO_FIGURES }])).toEqual({
      written: 0,
      unchanged: 1,
    });
    expect(await db().placeFigures.count()).toBe(0);
  });
});
