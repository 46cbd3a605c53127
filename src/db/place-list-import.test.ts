import { beforeEach, describe, expect, it } from 'vitest';
import type { Place } from '@/domain/entities';
import { planPlaceList, type PlaceListPlan } from '@/domain/place-list-plan';
import type { SheetCell } from '@/domain/sheet-table';
import { buildPlace, buildPlaceFigure, buildUnit, testId } from '../../test/builders';
import { importPlaceList, PlaceListImportError, type PlaceListWrite } from './place-list-import';
import { listPlaceFigures, listPlaces, savePlace } from './places-repo';
import { db, resetDatabase } from './schema';

beforeEach(async () => {
  await resetDatabase();
  await db().units.bulkPut([commune]);
});

const commune = buildUnit({
  code: 'X01',
  name: 'Đảng bộ xã An Bình',
  kind: 'grassroots_committee',
});
const HEADER = ['Tên', 'Loại', 'Đơn vị', 'Số hộ', 'Đảng viên', 'Chi bộ'];
const COLUMNS = { name: 0, kind: 1, unit: 2, households: 3, partyMembers: 4, partyOrganisation: 5 };

async function planOf(rows: SheetCell[][]): Promise<PlaceListPlan> {
  const year = 2026;
  return planPlaceList(
    [HEADER, ...rows],
    { headerLine: 1, columns: COLUMNS, kind: null, unitId: null, year },
    {
      units: [commune],
      places: await listPlaces(),
      figures: await listPlaceFigures(year),
      scopeUnitIds: new Set([commune.id]),
      newId: () => testId(),
    },
  );
}

const writesOf = (plan: PlaceListPlan): PlaceListWrite[] =>
  plan.rows.map((row) => ({
    place: row.place!,
    stored: row.stored,
    figure: row.figure,
    storedFigure: row.storedFigure,
  }));

async function stored(name: string): Promise<Place> {
  const place = (await listPlaces()).find((each) => each.name === name);
  if (!place) throw new Error(`no place ${name}`);
  return place;
}

describe('importing a list of places', () => {
  it('writes the places and the year’s figures, and a second import changes nothing', async () => {
    const plan = await planOf([
      ['Thôn Đông', 'Thôn', 'X01', '120', '8', 'riêng'],
      ['Thôn Tây', 'Thôn', 'X01', '95', '0', 'chưa có'],
      ['Tổ dân phố 3', 'Tổ dân phố', 'X01', null, null, null],
    ]);
    const progress: [number, number][] = [];
    const result = await importPlaceList(2026, writesOf(plan), (done, total) =>
      progress.push([done, total]),
    );
    expect(result).toEqual({ created: 3, updated: 0, unchanged: 0, figuresWritten: 2 });
    expect(progress.at(-1)).toEqual([5, 5]);
    expect((await listPlaces()).map((place) => place.name).sort()).toEqual([
      'Thôn Tây',
      'Thôn Đông',
      'Tổ dân phố 3',
    ]);
    const figures = await listPlaceFigures(2026);
    expect(figures.find((figure) => figure.partyMembers === 8)).toMatchObject({
      households: 120,
      partyOrganisation: 'own',
      year: 2026,
    });

    const before = await stored('Thôn Đông');
    const again = await planOf([
      ['Thôn Đông', 'Thôn', 'X01', '120', '8', 'riêng'],
      ['Thôn Tây', 'Thôn', 'X01', '95', '0', 'chưa có'],
      ['Tổ dân phố 3', 'Tổ dân phố', 'X01', null, null, null],
    ]);
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 3, refused: 0 });
    expect(await importPlaceList(2026, writesOf(again))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      figuresWritten: 0,
    });
    expect((await stored('Thôn Đông')).updatedAt).toBe(before.updatedAt);
  });

  it('stamps an update after the stored stamp, and keeps a figure’s id', async () => {
    const place = buildPlace({ unitId: commune.id, name: 'Thôn Đông' });
    const figure = buildPlaceFigure({ placeId: place.id, year: 2026, households: 100 });
    await db().places.put(place);
    await db().placeFigures.put(figure);
    const plan = await planOf([['Thôn Đông', 'Thôn', 'X01', '130', null, null]]);
    expect(await importPlaceList(2026, writesOf(plan))).toMatchObject({
      updated: 1,
      figuresWritten: 1,
    });
    const [written] = await listPlaceFigures(2026);
    expect(written).toMatchObject({ id: figure.id, households: 130 });
    expect(written!.updatedAt > figure.updatedAt).toBe(true);
    // The place itself did not change: its stamp stays.
    expect((await stored('Thôn Đông')).updatedAt).toBe(place.updatedAt);
  });

  it('merges an edit another tab saved since the preview, field by field', async () => {
    const place = buildPlace({ unitId: commune.id, name: 'Thôn Đông', code: null });
    await db().places.put(place);
    const plan = await planOf([['thôn đông', 'Thôn', 'X01', null, null, null]]);
    const { updatedAt: _stamp, ...rest } = place;
    await savePlace({ ...rest, code: 'T-01' }, place);
    expect(await importPlaceList(2026, writesOf(plan))).toMatchObject({ updated: 1 });
    expect(await stored('thôn đông')).toMatchObject({ code: 'T-01' });
  });

  it('writes nothing when another tab changed the same field differently', async () => {
    const place = buildPlace({ unitId: commune.id, name: 'Thôn Đông' });
    await db().places.put(place);
    const plan = await planOf([
      ['Thôn Mới', 'Thôn', 'X01', '10', null, null],
      ['thôn đông', 'Thôn', 'X01', null, null, null],
    ]);
    const { updatedAt: _stamp, ...rest } = place;
    await savePlace({ ...rest, name: 'Thôn Đông A' }, place);
    const failure = await importPlaceList(2026, writesOf(plan)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlaceListImportError);
    expect(failure).toMatchObject({ problem: 'conflict', placeName: 'thôn đông' });
    expect((await listPlaces()).map((each) => each.name)).toEqual(['Thôn Đông A']);
    expect(await listPlaceFigures(2026)).toEqual([]);
  });

  it('writes nothing when a place the preview matched was deleted since', async () => {
    const place = buildPlace({ unitId: commune.id, name: 'Thôn Đông' });
    await db().places.put(place);
    const plan = await planOf([
      ['Thôn Mới', 'Thôn', 'X01', null, null, null],
      ['Thôn Đông', 'Thôn', 'X01', '12', null, null],
    ]);
    await db().places.delete(place.id);
    await expect(importPlaceList(2026, writesOf(plan))).rejects.toMatchObject({
      problem: 'deleted',
      placeName: 'Thôn Đông',
    });
    expect(await listPlaces()).toEqual([]);
  });

  it('writes nothing when one record is invalid (all or nothing)', async () => {
    const plan = await planOf([
      ['Thôn Một', 'Thôn', 'X01', '5', null, null],
      ['Thôn Hai', 'Thôn', 'X01', '6', null, null],
    ]);
    const writes = writesOf(plan);
    writes[1] = { ...writes[1]!, figure: { ...writes[1]!.figure!, households: -1 } };
    await expect(importPlaceList(2026, writes)).rejects.toThrow();
    expect(await listPlaces()).toEqual([]);
    expect(await listPlaceFigures(2026)).toEqual([]);
  });
});
