import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { router } from './router';
import { LanguageBoundary } from './language-boundary';

// Local data: never stale by itself; mutations invalidate explicitly (src/queries/mutation.ts).
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      gcTime: 5 * 60_000,
      retry: false,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
    mutations: { networkMode: 'always' },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageBoundary>
        <RouterProvider router={router} />
      </LanguageBoundary>
    </QueryClientProvider>
  );
}
