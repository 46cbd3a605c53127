// Every write goes through one hook: run it, then invalidate every query (local data is cheap
// to re-read), so no screen shows a stale figure after a save.
import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';

export function useLocalMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  options: Omit<UseMutationOptions<TResult, Error, TVariables>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TResult, Error, TVariables>({
    ...options,
    mutationFn,
    onSettled: async (...args) => {
      await queryClient.invalidateQueries();
      await options.onSettled?.(...args);
    },
  });
}
