// Delete a unit entered by mistake; the repository refuses one that holds anything.
import { deleteUnit } from '@/db/units-repo';
import { useLocalMutation } from '@/queries/mutation';

export function useDeleteUnit() {
  return useLocalMutation((id: string) => deleteUnit(id));
}
