import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  getInstallation,
  getLanguage,
  saveInstallation,
  saveLanguage,
  type Installation,
  type Language,
} from '@/db/settings-repo';
import { queryKeys } from './keys';
import { useLocalMutation } from './mutation';

export type { Installation, Language };

export const installationQuery = queryOptions({
  queryKey: queryKeys.installation,
  queryFn: getInstallation,
});

export const languageQuery = queryOptions({ queryKey: queryKeys.language, queryFn: getLanguage });

export function useInstallation() {
  return useQuery(installationQuery);
}

export function useSaveInstallation() {
  return useLocalMutation(saveInstallation);
}

export function useLanguageSetting() {
  return useQuery(languageQuery);
}

export function useSaveLanguage() {
  return useLocalMutation(saveLanguage);
}
