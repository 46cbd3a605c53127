import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/ui/styles.css';
import { App } from './app';
import { preloadAllPages, preloadPageAt } from './router';
import { registerServiceWorker } from './service-worker';
import { whenIdle } from '@/ui/idle';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
/** How long the first draw waits for the opening page's module at most (a slow disk, say). */
const PAGE_WAIT_MS = 1500;

// The opening page's module is fetched beside the shell's first reads, and the first draw waits
// for it: the page is then drawn with the shell, not suspended and revealed late.
void Promise.race([
  preloadPageAt(window.location.pathname),
  new Promise((resolve) => setTimeout(resolve, PAGE_WAIT_MS)),
]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  registerServiceWorker();
  // A link about to be followed (pointed at, or reached with Tab) fetches its page at once, so
  // that a click before the idle fetch below finds the page's module there already.
  for (const type of ['pointerover', 'focusin'] as const) {
    document.addEventListener(
      type,
      (event) => {
        const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
        if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
        void preloadPageAt(link.pathname);
      },
      { passive: true },
    );
  }
  // The other pages when the browser is idle, once the first page has drawn (a start leaves the
  // main thread idle while it waits for IndexedDB, and fetching them then held the page back): a
  // click on the menu then draws at once.
  setTimeout(() => whenIdle(preloadAllPages, 5000), 2000);
});
