// "PTĐV has just been updated in another tab": a newer version of the app opened the database
// with a newer schema, so this tab's connection closed itself (src/db/schema.ts) and every
// write here would fail. The notice asks for a reload and never reloads by itself; a form with
// unsaved input keeps it as a draft across the reload (src/ui/form-draft.ts writes drafts when
// the page hides), and the notice says so first.
import { useSyncExternalStore } from 'react';
import { lastConnectionEvent, onConnectionEvent } from '@/db/connection-events';
import { useI18n } from '@/i18n/i18n';
import { hasUnsavedInput, onUnsavedInputChange } from '@/ui/unsaved-input';
import './notices.css';

export function ReloadNotice() {
  const { t } = useI18n();
  const event = useSyncExternalStore(onConnectionEvent, lastConnectionEvent);
  const unsaved = useSyncExternalStore(onUnsavedInputChange, hasUnsavedInput);
  if (event?.type === 'blocked') {
    return (
      <section className="alert alert--warn app-notice" aria-label={t('reload.button')}>
        <p className="app-notice__text" role="status">
          {t('reload.blocked')}
        </p>
      </section>
    );
  }
  if (event?.type !== 'versionchange') return null;
  return (
    <section className="alert alert--warn app-notice" aria-labelledby="reload-notice-text">
      <p id="reload-notice-text" className="app-notice__text" role="alert">
        {t('reload.title')}
        {unsaved ? ` ${t('reload.draft')}` : null}
      </p>
      <button
        type="button"
        className="button button--primary button--small"
        onClick={() => window.location.reload()}
      >
        {t('reload.button')}
      </button>
    </section>
  );
}
