// Under the app lock the list finds a person by a full CCCD through its token: the token of the
// CCCD typed is computed here (HMAC with the session's key), then compared with the stored ones.
import { useQuery } from '@tanstack/react-query';
import { searchTokenOf } from '@/db/app-lock';
import { useLockState } from '@/queries/app-lock';
import { nationalIdInQuery, type NationalIdSearch } from './people-filters';

export function useNationalIdSearch(query: string): NationalIdSearch | null {
  const { unlocked } = useLockState();
  const nationalId = nationalIdInQuery(query);
  const token = useQuery({
    // In memory only; locking clears the whole cache.
    queryKey: ['nationalIdToken', nationalId],
    queryFn: () => (nationalId ? searchTokenOf(nationalId) : null),
    enabled: unlocked && nationalId !== null,
  });
  return unlocked && nationalId && token.data ? { nationalId, token: token.data } : null;
}
