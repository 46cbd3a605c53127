// Exchange files under the app lock: an imported file's CCCDs are stored sealed (the worker gets
// the keys with the request), an export writes them in clear.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AppLockError,
  currentLockKeys,
  nationalIdToken,
  openPeopleRows,
  setLockKeys,
} from '@/db/app-lock';
import { enableAppLock, lockApp } from '@/db/app-lock-repo';
import { applyImportPlan, collectExport, readStoreSnapshot } from '@/db/exchange-repo';
import { savePerson } from '@/db/people-repo';
import { db, resetDatabase, type PersonRow } from '@/db/schema';
import { previewText } from '@/workers/import-worker';
import { buildPerson } from '../../test/builders';
import { buildTree, rawDocument, toText, treeUnits } from '../../test/exchange-documents';

const ITERATIONS = 1_000;
const PASS = 'Mật khẩu thử 2026';

beforeEach(async () => {
  await resetDatabase();
  setLockKeys(null, { enabled: null });
});

afterEach(() => {
  setLockKeys(null, { enabled: null });
});

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppLockError);
  expect((error as AppLockError).code).toBe(code);
}

async function rawRow(id: string): Promise<PersonRow> {
  const row = await db().people.get(id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('exchange files under the lock', () => {
  const tree = buildTree();
  const units = treeUnits(tree);

  it('stores the CCCDs of an imported file sealed, with the keys given to the worker', async () => {
    await db().units.bulkPut(units);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    const keys = currentLockKeys();
    const person = buildPerson({
      unitId: tree.cellA.id,
      fullName: 'Trần Văn Bình',
      nationalId: '036099001122',
    });
    const text = toText(rawDocument(tree.province, { units, people: [person] }));
    const preview = await previewText(text, 'tinh.ptdv.json', await readStoreSnapshot());
    if (!preview.plan) throw new Error(JSON.stringify(preview.error));
    // The worker holds no keys of its own: they come with the request.
    setLockKeys(null);
    await expectCode(applyImportPlan(preview.plan), 'locked');
    await applyImportPlan(preview.plan, keys);
    const raw = await rawRow(person.id);
    expect(raw.nationalId).toBeNull();
    expect(raw.nationalIdToken).toBe(await nationalIdToken('036099001122', keys!));
    expect(JSON.stringify(raw)).not.toContain('036099001122');
    expect((await openPeopleRows([raw], keys))[0]?.nationalId).toBe('036099001122');
  });

  it('writes the CCCD in clear in an export, and refuses to export while locked', async () => {
    await db().units.bulkPut(units);
    const person = buildPerson({ unitId: tree.cellB.id, nationalId: '001300004444' });
    await savePerson(person);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    expect((await rawRow(person.id)).nationalId).toBeNull();
    const collected = await collectExport({ rootUnitId: tree.commune.id });
    expect(collected.people).toHaveLength(1);
    expect(collected.people[0]?.nationalId).toBe('001300004444');
    expect(collected.people[0]).not.toHaveProperty('nationalIdSealed');
    expect(collected.people[0]).not.toHaveProperty('nationalIdToken');
    lockApp();
    await expectCode(collectExport({ rootUnitId: tree.commune.id }), 'locked');
  });
});
