// Exchange files under the app lock: an imported file's CCCDs are stored sealed (the worker gets
// the keys with the request), an export writes them in clear.
import { describe, expect, it } from 'vitest';
import {
  APP_LOCK_SETTING,
  AppLockError,
  currentLockKeys,
  nationalIdToken,
  openPeopleRows,
  sealPeopleWith,
  setLockKeys,
  type AppLockSettings,
} from '@/db/app-lock';
import { disableAppLock, enableAppLock, lockApp } from '@/db/app-lock-repo';
import { applyImportPlan, applySealedPlan } from '@/db/import-apply';
import { collectExport } from '@/db/export-collect';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { savePerson } from '@/db/people-repo';
import { db } from '@/db/schema';
import type { PersonRow } from '@/db/rows';
import { translate } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import { failure } from './import-handlers';
import { previewText } from './import-pipeline';
import { importErrorMessage, isImportErrorData } from './errors';
import { expectCode, startEachTestUnlocked } from '../../test/app-lock';
import { buildPerson } from '../../test/builders';
import { buildTree, rawDocument, toText, treeUnits } from '../../test/exchange-documents';

const ITERATIONS = 1_000;
const PASS = 'Mật khẩu thử 2026';

startEachTestUnlocked();

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

describe('a file applied while the lock changes', () => {
  const tree = buildTree();
  const units = treeUnits(tree);

  async function planWithPerson(nationalId: string | null) {
    const person = buildPerson({ unitId: tree.cellA.id, nationalId });
    const text = toText(rawDocument(tree.province, { units, people: [person] }));
    const preview = await previewText(text, 'tinh.ptdv.json', await readStoreSnapshot());
    if (!preview.plan) throw new Error(JSON.stringify(preview.error));
    return { person, plan: preview.plan };
  }

  async function expectNothingWritten(personId: string): Promise<void> {
    expect(await db().people.get(personId)).toBeUndefined();
    expect(await db().importLog.count()).toBe(0);
  }

  it('refuses people sealed under a lock turned off since, writing nothing', async () => {
    await db().units.bulkPut(units);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    const keys = currentLockKeys();
    const { person, plan } = await planWithPerson('036099001122');
    const sealed = await sealPeopleWith(plan.writes.people, keys);
    // The lock goes off between the sealing (outside the transaction) and the write.
    await disableAppLock(PASS);
    await expectCode(applySealedPlan(plan, sealed, keys?.keyId ?? null), 'changed');
    await expectNothingWritten(person.id);
    // Applied again, the file goes in with its CCCD in clear.
    await applyImportPlan(plan);
    expect((await rawRow(person.id)).nationalId).toBe('036099001122');
  });

  it('refuses people written in clear when a lock was turned on since', async () => {
    await db().units.bulkPut(units);
    const { person, plan } = await planWithPerson('001300004444');
    await enableAppLock(PASS, { iterations: ITERATIONS });
    await expectCode(applySealedPlan(plan, plan.writes.people, null), 'changed');
    await expectNothingWritten(person.id);
  });

  it('refuses while the lock is being turned on or off, and applies once it is done', async () => {
    await db().units.bulkPut(units);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    const keys = currentLockKeys();
    const lock = (await db().settings.get(APP_LOCK_SETTING))?.value as AppLockSettings;
    // A walk over the people half-way (a tab closed during "turn off", say).
    await db().settings.put({
      key: APP_LOCK_SETTING,
      value: { ...lock, migration: { direction: 'open', after: '' } },
    });
    const { person, plan } = await planWithPerson('036099005566');
    await expectCode(applyImportPlan(plan, keys), 'changed');
    await expectNothingWritten(person.id);
    await db().settings.put({ key: APP_LOCK_SETTING, value: { ...lock, migration: null } });
    await applyImportPlan(plan, keys);
    expect((await rawRow(person.id)).nationalId).toBeNull();
  });

  it('tells the page in words what to do, naming the file', () => {
    const vi = (key: MessageKey, params?: Record<string, string | number>) =>
      translate('vi', key, params);
    const changed = failure(new AppLockError('changed'), 'xa.ptdv.json');
    const locked = failure(new AppLockError('locked'), 'xa.ptdv.json');
    if (!isImportErrorData(changed) || !isImportErrorData(locked)) throw new Error('not relayed');
    expect(importErrorMessage(changed, vi)).toContain('“xa.ptdv.json”');
    expect(importErrorMessage(changed, vi)).toContain('hãy chờ việc đó xong rồi áp dụng lại');
    expect(importErrorMessage(locked, vi)).toContain('hãy mở khóa rồi áp dụng lại');
  });

  it('applies a file without any CCCD whatever the lock is doing', async () => {
    await db().units.bulkPut(units);
    const { person, plan } = await planWithPerson(null);
    await enableAppLock(PASS, { iterations: ITERATIONS });
    await applySealedPlan(plan, plan.writes.people, null);
    expect((await rawRow(person.id)).fullName).toBe(person.fullName);
  });
});
