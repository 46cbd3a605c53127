// The app lock's state (on or off, open or locked) for the shell and the settings: module state
// in src/db/app-lock.ts, not a query, since it must never be cached, persisted or refetched.
import { useSyncExternalStore } from 'react';
import { lockState, subscribeLock, type LockState } from '@/db/app-lock';

export function useLockState(): LockState {
  return useSyncExternalStore(subscribeLock, lockState);
}
