// Saving and deleting the number of party members of a unit at the start of a year.
import * as z from 'zod';
import { newId, type MemberCount } from '@/domain/entities';
import { deleteMemberCount, saveMemberCount } from '@/db/targets-repo';
import { useLocalMutation } from '@/queries/mutation';
import { countText, yearText } from '@/domain/form-numbers';

export const memberCountFormSchema = z.object({
  unitId: z.string().min(1, { message: 'targets.form.unitRequired' }),
  year: yearText,
  total: countText,
});

export type MemberCountFormInput = z.input<typeof memberCountFormSchema>;
export type MemberCountFormValues = z.output<typeof memberCountFormSchema>;

export function memberCountFormDefaults(
  existing: MemberCount | undefined,
  defaultUnitId: string,
  year: number,
): MemberCountFormInput {
  if (existing) {
    return { unitId: existing.unitId, year: String(existing.year), total: String(existing.total) };
  }
  return { unitId: defaultUnitId, year: String(year), total: '' };
}

export function useSaveMemberCount() {
  return useLocalMutation(
    // base: the version the form loaded; another tab's edit since is merged, or reported.
    ({
      id,
      values,
      base,
    }: {
      id: string | null;
      values: MemberCountFormValues;
      base?: MemberCount | undefined;
    }) => saveMemberCount({ id: id ?? newId(), ...values }, base),
  );
}

export function useDeleteMemberCount() {
  return useLocalMutation((id: string) => deleteMemberCount(id));
}
