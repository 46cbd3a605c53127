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

const UNIT_FILE = 'v1-unit-file.ptdv.json';
const PROVINCE_FILE = 'v1-province-file.ptdv.json';
/** The files as they are on disk (?raw: the text, not a parsed module). */
const fixture = (name: string) => (name === UNIT_FILE ? unitFile : provinceFile);

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
});
