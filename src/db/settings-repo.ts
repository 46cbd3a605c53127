// Installation settings: what this installation is, its home unit, the language.
import { db } from './schema';

export type InstallationKind = 'unit' | 'province';
export type Language = 'vi' | 'en';

export interface Installation {
  kind: InstallationKind;
  /** The unit whose subtree this installation shows and exports. */
  homeUnitId: string;
  setUpAt: string;
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await db().settings.get(key);
  return row?.value as T | undefined;
}

export async function setSetting<T>(key: string, value: T): Promise<void> {
  await db().settings.put({ key, value });
}

export async function getInstallation(): Promise<Installation | null> {
  return (await getSetting<Installation>('installation')) ?? null;
}

export async function saveInstallation(installation: Installation): Promise<void> {
  await setSetting('installation', installation);
}

export async function getLanguage(): Promise<Language> {
  return (await getSetting<Language>('language')) ?? 'vi';
}

export async function saveLanguage(language: Language): Promise<void> {
  await setSetting('language', language);
}
