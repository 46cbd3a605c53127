// The app lock's gate: while a lock is set and its keys are not in memory, the app is only the
// lock screen — the pages are not mounted, so nothing personal is in the DOM. Locking (the top
// bar's button, another tab, or the idle timer) drops the keys, the query cache and the form
// drafts, so unlocking starts from the store again.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { loadLockState, lockApp } from '@/db/app-lock-state';
import { loadLaterMessages } from '@/i18n/load-messages';
import { useI18n } from '@/i18n/i18n';
import { useLockState } from '@/queries/app-lock';
import { Alert, Loading } from '@/ui/components';
import { clearAllDrafts } from '@/ui/form-draft';
import './lock-gate.css';
import { retryImport } from '@/ui/retry-import';

// Most installations never set a lock: the lock screen and its words load only when needed.
const LockScreen = lazy(() =>
  Promise.all([retryImport(() => import('./lock-screen')), loadLaterMessages()]).then(
    ([module]) => ({
      default: module.LockScreen,
    }),
  ),
);

export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const state = useLockState();
  const queryClient = useQueryClient();
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    loadLockState().catch((error: unknown) =>
      setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  // From open to locked: forget everything read while open (the person pages' CCCDs among it).
  const wasOpen = useRef(false);
  const locked = state.enabled === true && !state.unlocked;
  useEffect(() => {
    if (!locked) {
      wasOpen.current = true;
      return;
    }
    if (wasOpen.current) {
      wasOpen.current = false;
      queryClient.clear();
      clearAllDrafts();
    }
  }, [locked, queryClient]);

  useAutoLock(state.enabled === true && state.unlocked, state.autoLockMinutes);

  if (loadError) {
    return (
      <div className="lock-screen">
        <Alert tone="error">{t('app.lock.loadError', { message: loadError })}</Alert>
      </div>
    );
  }
  // Until the settings are read, nothing: the pages must not flash before a lock screen.
  if (state.enabled === null) return <Loading label={t('common.loading')} />;
  if (locked)
    return (
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <LockScreen />
      </Suspense>
    );
  return children;
}

/** The top bar's button; nothing while no lock is set. */
export function LockButton() {
  const { t } = useI18n();
  const state = useLockState();
  if (!state.enabled || !state.unlocked) return null;
  return (
    <button type="button" className="button" onClick={() => lockApp()}>
      {t('app.lock.button')}
    </button>
  );
}

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks this tab after `minutes` without input. The check runs every few seconds and when the tab
 * comes back into view (a laptop waking from sleep, a background tab's slowed timers), against
 * the clock, so a suspended timer does not stretch the delay.
 */
function useAutoLock(active: boolean, minutes: number): void {
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= minutes * 60_000) lockApp({ everywhere: false });
    };
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, touch, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', check);
    const timer = window.setInterval(check, 5_000);
    return () => {
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, touch, { capture: true });
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(timer);
    };
  }, [active, minutes]);
}
