// Removing the demo province empties the whole store: the installation is a fresh install again.
import { removeDemo } from '@/db/demo-repo';
import { useLocalMutation } from '@/queries/mutation';

export function useRemoveDemo() {
  return useLocalMutation(() => removeDemo());
}
