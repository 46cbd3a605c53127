// Installation settings: what this installation is, its home unit, the language. Every key and
// the type of its value are named in settings-registry.ts.
import { db } from './schema';
import type { SettingKey, SettingValue } from './settings-registry';

export type Installation = SettingValue<'installation'>;
export type InstallationKind = Installation['kind'];
export type Language = SettingValue<'language'>;

/** A setting's value as stored (read unchecked: only this app writes the settings table). */
export async function getSetting<K extends SettingKey>(
  key: K,
): Promise<SettingValue<K> | undefined> {
  const row = await db().settings.get(key);
  return row?.value as SettingValue<K> | undefined;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db().settings.put({ key, value });
}

export async function getInstallation(): Promise<Installation | null> {
  return (await getSetting('installation')) ?? null;
}

export async function saveInstallation(installation: Installation): Promise<void> {
  await setSetting('installation', installation);
}

export async function getLanguage(): Promise<Language> {
  return (await getSetting('language')) ?? 'vi';
}

export async function saveLanguage(language: Language): Promise<void> {
  await setSetting('language', language);
}
