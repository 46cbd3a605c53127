// The service worker keeps every file of the app in the browser (vite.config.ts: VitePWA), so
// that after one visit PTĐV starts and works with the network off. A new version installs in
// the background and then waits: the page never reloads by itself, only when the secretary
// chooses "update" (src/app/update-prompt.tsx), and never over a form holding unsaved input.
//
// Registration uses the plain ServiceWorker API rather than workbox-window: workbox-window stops
// watching for updates after the first one it attributes to "another tab" (any update found more
// than a minute after registering), so a laptop left open for days would miss later versions.
import { hasUnsavedInput } from '@/ui/unsaved-input';

/**
 * - idle: nothing to do.
 * - waiting: a new version is installed and waits for this page's consent.
 * - activating: the secretary chose to update; the new worker is taking over.
 * - reload-needed: a new version took over (from another tab, or while a form was being filled
 *   in); this page still runs the old code until it is reloaded.
 */
export type UpdateStatus = 'idle' | 'waiting' | 'activating' | 'reload-needed';

export interface UpdateEnvironment {
  /** Tells the waiting worker to take over now (the generated sw.js listens for SKIP_WAITING). */
  skipWaiting(): void;
  reload(): void;
  hasUnsavedInput(): boolean;
}

export interface UpdateState {
  getStatus(): UpdateStatus;
  subscribe(listener: () => void): () => void;
  /** A new version finished installing and waits. */
  waiting(): void;
  /** A new worker now controls this page. */
  controllerChanged(): void;
  /**
   * The secretary asks for the new version. Refused (false) while a form holds unsaved input;
   * the page reloads only once the new worker controls it.
   */
  apply(): boolean;
}

export function createUpdateState(environment: UpdateEnvironment): UpdateState {
  let status: UpdateStatus = 'idle';
  let requested = false;
  let reloading = false;
  const listeners = new Set<() => void>();

  function set(next: UpdateStatus): void {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  }

  function reloadOnce(): void {
    if (reloading) return;
    reloading = true;
    environment.reload();
  }

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    waiting() {
      // Once a newer worker controls the page, only a reload helps; a further waiting version
      // changes nothing about that.
      if (status === 'idle') set('waiting');
    },
    controllerChanged() {
      // The worker checks again here: input typed between the click and the takeover is kept.
      if (requested && !environment.hasUnsavedInput()) {
        reloadOnce();
        return;
      }
      requested = false;
      set('reload-needed');
    },
    apply() {
      if (environment.hasUnsavedInput()) return false;
      if (status === 'waiting') {
        requested = true;
        set('activating');
        environment.skipWaiting();
        return true;
      }
      if (status === 'reload-needed') {
        reloadOnce();
        return true;
      }
      return false;
    },
  };
}

let registration: ServiceWorkerRegistration | undefined;

/** The update state of this page, shared by the prompt. */
export const appUpdate: UpdateState = createUpdateState({
  skipWaiting: () => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }),
  reload: () => window.location.reload(),
  hasUnsavedInput,
});

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  // The first version takes the page over as soon as it is installed (clientsClaim): that is
  // not an update and must not prompt.
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    appUpdate.controllerChanged();
  });

  registration = await container.register('/sw.js', { scope: '/' });
  const current = registration;
  const watch = (worker: ServiceWorker | null): void => {
    if (!worker) return;
    const check = (): void => {
      // "installed" with an active worker in place = a new version waiting for consent.
      if (worker.state === 'installed' && current.active && current.waiting === worker) {
        appUpdate.waiting();
      }
    };
    check();
    worker.addEventListener('statechange', check);
  };
  watch(current.waiting);
  watch(current.installing);
  current.addEventListener('updatefound', () => watch(current.installing));
  // A laptop that was offline for days looks for a new version when the network returns (the
  // browser itself looks on every page load).
  window.addEventListener('online', () => {
    current.update().catch(() => undefined);
  });
}

/** Registers /sw.js in the production build, after the page has loaded (never delays the first render). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = (): void => {
    register().catch((error: unknown) => {
      // Without the worker the app still runs online; it only loses the offline start.
      console.warn('PTĐV: service worker not registered', error);
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
