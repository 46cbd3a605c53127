import { beforeEach, describe, expect, it } from 'vitest';
import { setLockKeys } from './app-lock';
import { enableAppLock } from './app-lock-repo';
import { recordBackup, saveBackupReminderDays } from './backup-status';
import { loadDemoProvince } from './demo-repo';
import { markNotSame, mergePeople } from './merge-repo';
import {
  createProvinceKeys,
  getUnitSigningKeys,
  saveReceivedProvinceKey,
  trustUnitKey,
} from './keys-repo';
import { db, resetDatabase } from './schema';
import { SETTINGS, settingSchema } from './settings-registry';
import { saveLanguage, setSetting } from './settings-repo';

const UNIT_A = '00000000-0000-4000-8000-00000000000a';

beforeEach(async () => {
  await resetDatabase();
});

describe('the settings registry', () => {
  // A backup refuses a setting whose value its schema does not accept: the registry must accept
  // whatever the repositories write.
  it(
    'accepts every value the repositories write, under every key it names',
    {
      timeout: 60_000,
    },
    async () => {
      await loadDemoProvince({ seed: 7, today: '2026-06-01' });
      await saveLanguage('en');
      await recordBackup('2026-06-01T02:00:00.000Z');
      await saveBackupReminderDays(3);
      await setSetting('sync.reminderDays', 10);
      const [first, second] = await db().people.limit(2).toArray();
      if (!first || !second) throw new Error('the demo has people');
      await mergePeople({ a: first.id, b: second.id, keep: 'a', choices: {} });
      await markNotSame(first.id, second.id);
      const province = await createProvinceKeys();
      const signing = await getUnitSigningKeys();
      await saveReceivedProvinceKey(province.publicKeyJwk);
      await trustUnitKey(UNIT_A, signing.publicKeyJwk, { source: 'tree' });
      await enableAppLock('khóa ứng dụng của tỉnh', { iterations: 1_000 });
      setLockKeys(null);

      const rows = await db().settings.toArray();
      for (const row of rows) {
        const result = settingSchema(row.key)?.safeParse(row.value);
        expect(result?.error?.issues ?? [], row.key).toEqual([]);
        expect(result, row.key).toBeDefined();
      }
      const keys = rows.map((row) => row.key);
      expect(keys).toEqual(expect.arrayContaining(Object.keys(SETTINGS)));
      expect(keys).toContain(`keys.unit:${UNIT_A}`);
    },
  );

  it('checks that a trusted unit key is kept under its own unit', async () => {
    const { publicKeyJwk } = await getUnitSigningKeys();
    const value = await trustUnitKey(UNIT_A, publicKeyJwk, { source: 'tofu' });
    expect(settingSchema(`keys.unit:${UNIT_A}`)?.safeParse(value).success).toBe(true);
    const elsewhere = settingSchema('keys.unit:00000000-0000-4000-8000-00000000000b');
    expect(elsewhere?.safeParse(value).error?.issues[0]?.path).toEqual(['unitId']);
  });

  it('knows no schema for a key no version of the app writes', () => {
    expect(settingSchema('lock.key')).toBeUndefined();
    expect(settingSchema('constructor')).toBeUndefined();
    expect(settingSchema('__proto__')).toBeUndefined();
  });
});
