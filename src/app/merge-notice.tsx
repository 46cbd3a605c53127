// "Merged with the changes from another tab": a save found the record changed in another tab
// and kept both edits (src/db/save-conflict.ts). Said once in the app's notices, where it stays
// until closed, since the form that saved has usually closed or navigated away.
import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n';
import { mergeCount, onMerge } from '@/queries/merge-notices';
import './notices.css';

export function MergeNotice() {
  const { t } = useI18n();
  const merges = useSyncExternalStore(onMerge, mergeCount);
  const [seen, setSeen] = useState(merges);
  if (merges === seen) return null;
  return (
    <section className="alert alert--ok app-notice" aria-labelledby="merge-notice-text">
      <p id="merge-notice-text" className="app-notice__text" role="status">
        {t('merge.notice')}
      </p>
      <button type="button" className="button button--small" onClick={() => setSeen(merges)}>
        {t('common.close')}
      </button>
    </section>
  );
}
