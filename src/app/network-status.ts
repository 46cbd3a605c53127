// Whether the app can reach the computer it is served from. navigator.onLine alone only says
// whether this computer has a network link: a commune's Wi-Fi router whose line out is down
// reports "online" while every request fails, and Chromium 150's network emulation reports
// "online" in a page loaded while offline. So a request to this origin that fails for want of a
// network also counts as offline. The app asks at start, when the browser reports a change, when
// the tab is shown again, and every minute while it is shown; any answer from the server (even
// an error status) counts as reachable.

/** A small file of this origin; the query keeps it out of the service worker's precache. */
const PROBE_URL = '/manifest.webmanifest?reachable';
const PROBE_EVERY_MS = 60_000;

export interface NetworkEnvironment {
  fetch: (url: string) => Promise<unknown>;
  onLine: () => boolean;
  visible: () => boolean;
  /** Calls `listener` on the browser's online/offline events and when the tab is shown. */
  listen: (listener: () => void) => () => void;
  every: (ms: number, callback: () => void) => () => void;
}

export interface NetworkStatus {
  subscribe: (listener: () => void) => () => void;
  /** True while the browser reports a link and the last request to this origin was answered. */
  isOnline: () => boolean;
  /** Asks the origin now; resolves when the answer (or the failure) is known. */
  probe: () => Promise<void>;
}

export function createNetworkStatus(environment: NetworkEnvironment): NetworkStatus {
  let reachable = true;
  let probing: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;

  const notify = () => listeners.forEach((listener) => listener());
  const probe = (): Promise<void> =>
    (probing ??= environment
      .fetch(`${PROBE_URL}=${Date.now()}`)
      .then(
        () => true,
        () => false,
      )
      .then((answered) => {
        probing = null;
        if (answered !== reachable) {
          reachable = answered;
          notify();
        }
      }));

  const start = () => {
    const stopListening = environment.listen(() => {
      notify();
      if (environment.visible()) void probe();
    });
    const stopTimer = environment.every(PROBE_EVERY_MS, () => {
      if (environment.visible()) void probe();
    });
    void probe();
    return () => {
      stopListening();
      stopTimer();
    };
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      stop ??= start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
        }
      };
    },
    isOnline: () => environment.onLine() && reachable,
    probe,
  };
}

/** The page's network status, for the offline indicator. */
export const networkStatus: NetworkStatus = createNetworkStatus({
  fetch: (url) => fetch(url, { method: 'HEAD', cache: 'no-store' }),
  onLine: () => navigator.onLine,
  visible: () => document.visibilityState === 'visible',
  listen(listener) {
    window.addEventListener('online', listener);
    window.addEventListener('offline', listener);
    document.addEventListener('visibilitychange', listener);
    return () => {
      window.removeEventListener('online', listener);
      window.removeEventListener('offline', listener);
      document.removeEventListener('visibilitychange', listener);
    };
  },
  every(ms, callback) {
    const timer = window.setInterval(callback, ms);
    return () => window.clearInterval(timer);
  },
});
