import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from './schema';
import {
  getInstallation,
  getLanguage,
  getSetting,
  saveInstallation,
  saveLanguage,
  setSetting,
} from './settings-repo';

beforeEach(async () => {
  await resetDatabase();
});

describe('settings', () => {
  it('has no installation and Vietnamese before the first run', async () => {
    expect(await getInstallation()).toBeNull();
    expect(await getLanguage()).toBe('vi');
  });

  it('round-trips the installation, and replaces it on change of home unit', async () => {
    const installation = {
      kind: 'unit' as const,
      homeUnitId: '00000000-0000-4000-8000-000000000001',
      setUpAt: '2026-11-28T02:00:00.000Z',
    };
    await saveInstallation(installation);
    expect(await getInstallation()).toEqual(installation);

    const moved = { ...installation, homeUnitId: '00000000-0000-4000-8000-000000000002' };
    await saveInstallation(moved);
    expect(await getInstallation()).toEqual(moved);
  });

  it('round-trips the language', async () => {
    await saveLanguage('en');
    expect(await getLanguage()).toBe('en');
    await saveLanguage('vi');
    expect(await getLanguage()).toBe('vi');
  });

  it('round-trips any setting by key, a key under a prefix too', async () => {
    const unitId = '00000000-0000-4000-8000-000000000003';
    const key = `keys.unit:${unitId}` as const;
    const trusted = {
      unitId,
      publicKeyJwk: { crv: 'P-256', kty: 'EC', x: 'x', y: 'y' },
      keyId: '0123456789abcdef',
      source: 'tofu' as const,
      trustedAt: '2026-11-28T02:00:00.000Z',
    };
    expect(await getSetting(key)).toBeUndefined();
    await setSetting(key, trusted);
    expect(await getSetting(key)).toEqual(trusted);
    await setSetting('sync.reminderDays', 10);
    expect(await getSetting('sync.reminderDays')).toBe(10);
  });
});
