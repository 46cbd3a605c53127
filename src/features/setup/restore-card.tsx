// On a fresh install, restore a full backup instead of setting up. The card and its words load
// with the page, not with the first screen: most installations never restore.
import { lazy, Suspense } from 'react';
import { loadLaterMessages } from '@/i18n/load-messages';
import { retryImport } from '@/ui/retry-import';

const Body = lazy(() =>
  Promise.all([retryImport(() => import('./restore-card-body')), loadLaterMessages()]).then(
    ([module]) => ({
      default: module.RestoreCardBody,
    }),
  ),
);

export function RestoreCard() {
  return (
    <Suspense fallback={null}>
      <Body />
    </Suspense>
  );
}
