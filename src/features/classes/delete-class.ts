// Deleting a class: its attendees lose the link, a tombstone tells the province.
import { deleteClass } from '@/db/classes-repo';
import { useLocalMutation } from '@/queries/mutation';

export function useDeleteClass() {
  return useLocalMutation((id: string) => deleteClass(id));
}
