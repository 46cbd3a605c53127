// Close a unit (dissolution or merger into a successor), and reopen one closed by mistake.
import type * as z from 'zod';
import { closeWithSuccessorSchema } from '@/domain/closing';
import { closeUnit, reopenUnit } from '@/db/units-repo';
import { useLocalMutation } from '@/queries/mutation';

export function closeUnitSchema(openedOn: string | null) {
  return closeWithSuccessorSchema(openedOn, 'units.close.beforeOpened');
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
