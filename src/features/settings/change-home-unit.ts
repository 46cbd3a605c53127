// Changing the home unit re-scopes every screen; no record changes.
import * as z from 'zod';
import { saveInstallation, type Installation } from '@/db/settings-repo';
import { useLocalMutation } from '@/queries/mutation';

export const changeHomeSchema = z.object({
  homeUnitId: z.string().min(1, { message: 'settings.home.required' }),
});

export type ChangeHomeValues = z.output<typeof changeHomeSchema>;

export function useChangeHomeUnit() {
  return useLocalMutation(
    ({ installation, homeUnitId }: { installation: Installation; homeUnitId: string }) =>
      saveInstallation({ ...installation, homeUnitId }),
  );
}
