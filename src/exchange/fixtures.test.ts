// The version-1 files kept in e2e/fixtures import on every run, forever: a grassroots unit's file
// (written as another tool might: NFD names, aliases, offsets, omitted and null optional fields,
// records before the units and classes they name) and the province's downward file.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportPlan } from '@/db/import-apply';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { receivedProvinceKey } from '@/db/keys-repo';
import { db, resetDatabase } from '@/db/schema';
import { previewText } from './import-pipeline';
import provinceFile from '../../e2e/fixtures/v1-province-file.ptdv.json?raw';
import unitFile from '../../e2e/fixtures/v1-unit-file.ptdv.json?raw';
import placesFile from '../../e2e/fixtures/v1-unit-file-with-places.ptdv.json?raw';

const UNIT_FILE = 'v1-unit-file.ptdv.json';
const PROVINCE_FILE = 'v1-province-file.ptdv.json';
/** A later file of the same commune, from another tool, with the 2026-12 members (places). */
const PLACES_FILE = 'v1-unit-file-with-places.ptdv.json';
/** The files as they are on disk (?raw: the text, not a parsed module). */
const fixture = (name: string) =>
  ({ [UNIT_FILE]: unitFile, [PROVINCE_FILE]: provinceFile, [PLACES_FILE]: placesFile })[name] ?? '';

beforeEach(async () => {
  await resetDatabase();
});

async function importFixture(name: string) {
  const preview = await previewText(fixture(name), name, await readStoreSnapshot());
  expect(preview.error).toBeUndefined();
  const plan = preview.plan!;
  expect(plan.warnings).toEqual([]);
  const entry = await applyImportPlan(plan);
  return { plan, entry };
}

describe('e2e/fixtures: version 1', () => {
  it('the unit’s file imports into an empty store, normalised', async () => {
    const { plan } = await importFixture(UNIT_FILE);
    expect(plan.isProvinceFile).toBe(false);
    expect(plan.fileCounts).toEqual({
      units: 5,
      people: 10,
      classes: 3,
      targets: 1,
      memberCounts: 1,
      deleted: 1,
      // Arrays added after the fixture was written: absent is empty.
      places: 0,
      placeFigures: 0,
    });
    expect(plan.counts.unit.created).toBe(5);
    expect(plan.counts.person.created).toBe(10);
    expect(plan.counts.class.created).toBe(3);
    expect(plan.outOfScope).toEqual([]);
    const d = db();
    expect(await d.people.count()).toBe(10);
    const thach = await d.people.get('1548b973-7854-4fe2-895b-cb4a93f77658');
    expect(thach?.fullName).toBe('Thạch Thị Sóc Ny'.normalize('NFC'));
    expect(thach?.ethnicity).toBe('Khơ-me');
    expect(thach?.updatedAt).toBe('2026-09-03T08:45:10.250Z');
    const pao = await d.people.get('4e01896c-c281-4c43-9457-73029255aaa5');
    expect(pao).toMatchObject({ ethnicity: 'HMông', religion: 'Công giáo', nationalId: null });
    const dung = await d.people.get('246362c7-9589-4343-8c79-440df246eb89');
    expect(dung).toMatchObject({
      workplaceSector: null,
      education: null,
      decisionNo: null,
      stage: 'source',
    });
    expect((await d.units.get('9dcb54c3-18b2-4891-a78c-0df5dec1d089'))?.name).toBe(
      'Chi bộ thôn Đồng Tâm',
    );
    expect(await d.tombstones.count()).toBe(1);
    expect((await d.unitStats.toArray()).length).toBeGreaterThan(0);
  });

  it('the province’s file imports into an empty store, with its public key', async () => {
    const { plan } = await importFixture(PROVINCE_FILE);
    expect(plan.isProvinceFile).toBe(true);
    expect(plan.counts.unit.created).toBe(10);
    expect(plan.counts.target.created).toBe(4);
    expect(plan.counts.memberCount.created).toBe(4);
    expect(plan.keys?.provincePublicKey?.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect((await receivedProvinceKey())?.keyId).toBe(plan.keys?.provincePublicKey?.keyId);
  });

  it('both, in either order, agree; importing either again changes nothing', async () => {
    for (const order of [
      [PROVINCE_FILE, UNIT_FILE],
      [UNIT_FILE, PROVINCE_FILE],
    ]) {
      await resetDatabase();
      await importFixture(order[0]!);
      const { plan } = await importFixture(order[1]!);
      expect(plan.counts.unit.stale).toBe(0);
      expect(plan.outOfScope).toEqual([]);
      expect(await db().units.count()).toBe(10);
      expect(await db().people.count()).toBe(10);
      for (const name of order) {
        const again = await previewText(fixture(name), name, await readStoreSnapshot());
        expect(again.plan?.alreadyImported).toBe(true);
      }
    }
  });

  it('the unit’s file with places imports: places, figures, the people’s places, a figure’s tombstone', async () => {
    const { plan } = await importFixture(PLACES_FILE);
    expect(plan.fileCounts).toMatchObject({ places: 4, placeFigures: 5, people: 3, deleted: 1 });
    const d = db();
    expect(await d.places.count()).toBe(4);
    const hamlet = await d.places.get('a1f0c3d2-5b6e-4f70-8a91-0b2c3d4e5f60');
    expect(hamlet).toMatchObject({
      name: 'Thôn Đồng Tâm'.normalize('NFC'),
      code: null,
      enterpriseSector: null,
      closedOn: null,
      successorId: null,
    });
    const company = await d.places.get('a1f0c3d2-5b6e-4f70-8a91-0b2c3d4e5f63');
    expect(company).toMatchObject({ kind: 'enterprise', code: '2400812345' });
    expect(await d.placeFigures.where('placeId').equals(company!.id).toArray()).toMatchObject([
      { year: 2026, workers: 640, partyOrganisation: 'none', tradeUnion: true, households: null },
    ]);
    const worker = await d.people.get('c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e02');
    expect(worker?.placeId).toBe(company!.id);
    expect(
      await d.tombstones.get(['placeFigure', 'd0e1f2a3-b4c5-4d6e-8f70-8192a3b4c5d6']),
    ).toBeDefined();
    expect((await d.placeStats.toArray()).length).toBeGreaterThan(0);

    const again = await previewText(fixture(PLACES_FILE), PLACES_FILE, await readStoreSnapshot());
    expect(again.plan?.alreadyImported).toBe(true);
  });

  it('the file with places and the older file of the same commune import in either order', async () => {
    for (const order of [
      [UNIT_FILE, PLACES_FILE],
      [PLACES_FILE, UNIT_FILE],
    ]) {
      await resetDatabase();
      await importFixture(order[0]!);
      const { plan } = await importFixture(order[1]!);
      expect(plan.outOfScope).toEqual([]);
      expect(await db().people.count()).toBe(13);
      expect(await db().places.count()).toBe(4);
    }
  });
});
