// Close a unit (dissolution or merger into a successor), and reopen one closed by mistake.
import * as z from 'zod';
import { isIsoDate } from '@/domain/dates';
import { closeUnit, reopenUnit } from '@/db/units-repo';
import { useLocalMutation } from '@/queries/mutation';

export function closeUnitSchema(openedOn: string | null) {
  return z
    .object({
      closedOn: z.string(),
      successorId: z.string().transform((value) => value || null),
    })
    .superRefine((values, ctx) => {
      const issue = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['closedOn'], message });
      if (!values.closedOn) issue('validation.required');
      else if (!isIsoDate(values.closedOn)) issue('validation.date');
      else if (openedOn && values.closedOn < openedOn) issue('units.close.beforeOpened');
    });
}

export type CloseUnitInput = z.input<ReturnType<typeof closeUnitSchema>>;
export type CloseUnitValues = z.output<ReturnType<typeof closeUnitSchema>>;

export function useCloseUnit() {
  return useLocalMutation(({ id, values }: { id: string; values: CloseUnitValues }) =>
    closeUnit(id, values.closedOn, values.successorId),
  );
}

export function useReopenUnit() {
  return useLocalMutation((id: string) => reopenUnit(id));
}
