import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { connectAggregatesCheck } from '@/queries/aggregates-check';
import { onOtherTabChange } from '@/queries/change-channel';
import { installationQuery } from '@/queries/installation';
import { unitsQuery } from '@/queries/units';
import { BrowserRouter } from '@/ui/router';
import { AppRoutes } from './router';
import { LanguageBoundary } from './language-boundary';
import { LockGate } from './lock-gate';

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
// Another tab wrote: re-read, so this tab's lists show it without a reload.
onOtherTabChange(() => void queryClient.invalidateQueries());
// The aggregates' rebuild runs in a worker, and every query is read again after it.
connectAggregatesCheck(queryClient);
// What every page's shell needs (the installation and the unit tree: no personal data) is read
// now, beside the lock's settings, rather than once the lock gate has let the shell mount.
void queryClient.prefetchQuery(installationQuery);
void queryClient.prefetchQuery(unitsQuery);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageBoundary>
        <LockGate>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </LockGate>
      </LanguageBoundary>
    </QueryClientProvider>
  );
}
