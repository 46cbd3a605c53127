// Saving and deleting a quota (chỉ tiêu kết nạp): the form's schema, its defaults, the mutations.
import * as z from 'zod';
import { newId, type Target } from '@/domain/entities';
import { cleanText } from '@/domain/text';
import { deleteTarget, saveTarget } from '@/db/targets-repo';
import { useLocalMutation } from '@/queries/mutation';
import { countText, optionalYearText, yearText } from '@/domain/form-numbers';

export const targetFormSchema = z
  .object({
    unitId: z.string().min(1, { message: 'targets.form.unitRequired' }),
    fromYear: yearText,
    // Empty for a single year.
    toYear: optionalYearText,
    admissions: countText,
    document: z.string().transform((text) => cleanText(text) || null),
  })
  .transform((value) => ({ ...value, toYear: value.toYear ?? value.fromYear }))
  .superRefine((value, ctx) => {
    if (
      typeof value.fromYear === 'number' &&
      typeof value.toYear === 'number' &&
      value.toYear < value.fromYear
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['toYear'],
        message: 'validation.toYearBeforeFromYear',
      });
    }
  });

export type TargetFormInput = z.input<typeof targetFormSchema>;
export type TargetFormValues = z.output<typeof targetFormSchema>;

export function targetFormDefaults(
  existing: Target | undefined,
  defaultUnitId: string,
  year: number,
): TargetFormInput {
  if (existing) {
    return {
      unitId: existing.unitId,
      fromYear: String(existing.fromYear),
      toYear: existing.toYear === existing.fromYear ? '' : String(existing.toYear),
      admissions: String(existing.admissions),
      document: existing.document ?? '',
    };
  }
  return {
    unitId: defaultUnitId,
    fromYear: String(year),
    toYear: '',
    admissions: '',
    document: '',
  };
}

export function useSaveTarget() {
  return useLocalMutation(
    // base: the version the form loaded; another tab's edit since is merged, or reported.
    ({
      id,
      values,
      base,
    }: {
      id: string | null;
      values: TargetFormValues;
      base?: Target | undefined;
    }) => saveTarget({ id: id ?? newId(), ...values }, base),
  );
}

export function useDeleteTarget() {
  return useLocalMutation((id: string) => deleteTarget(id));
}
