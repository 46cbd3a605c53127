// Every write goes through one hook: run it, then invalidate every query (local data is cheap
// to re-read), so no screen shows a stale figure after a save; the other tabs are told too
// (change-channel.ts), and a save merged with another tab's edit says so (merge-notices.ts).
import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { databaseReplaced } from '@/db/connection-events';
import { wasMergedWithOtherTab } from '@/db/save-conflict';
import { announceLocalChange } from './change-channel';
import { reportMerge } from './merge-notices';

export function useLocalMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  options: Omit<UseMutationOptions<TResult, Error, TVariables>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TResult, Error, TVariables>({
    ...options,
    mutationFn,
    onSettled: async (...args) => {
      if (wasMergedWithOtherTab(args[0])) reportMerge();
      // Once a newer tab has replaced the database, nothing here can be read again: re-reading
      // would only swap the screens (and the form holding the input) for errors.
      if (!databaseReplaced()) {
        announceLocalChange();
        await queryClient.invalidateQueries();
      }
      await options.onSettled?.(...args);
    },
  });
}
