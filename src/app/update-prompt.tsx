// "A new version of PTĐV is ready": the secretary updates when it suits them. While a form holds
// unsaved input the button stays disabled and says why; it comes back by itself once the form is
// saved or discarded. The page never reloads on its own.
import { useId, useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n';
import { hasUnsavedInput, onUnsavedInputChange } from '@/ui/unsaved-input';
import { appUpdate } from './service-worker';
import './notices.css';

export function UpdatePrompt() {
  const update = appUpdate;
  const { t } = useI18n();
  const reasonId = useId();
  const status = useSyncExternalStore(update.subscribe, update.getStatus);
  const unsaved = useSyncExternalStore(onUnsavedInputChange, hasUnsavedInput);
  if (status === 'idle') return null;

  const reloadNeeded = status === 'reload-needed';
  const activating = status === 'activating';
  return (
    <section className="alert alert--info app-notice" aria-label={t('app.update.label')}>
      <p className="app-notice__text" role="status">
        {t(reloadNeeded ? 'app.update.reloadNeeded' : 'app.update.ready')}
      </p>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={unsaved || activating}
        aria-describedby={unsaved ? reasonId : undefined}
        onClick={() => update.apply()}
      >
        {t(
          activating
            ? 'app.update.applying'
            : reloadNeeded
              ? 'app.update.reload'
              : 'app.update.apply',
        )}
      </button>
      {unsaved ? (
        <p id={reasonId} className="app-notice__reason">
          {t('app.update.unsaved')}
        </p>
      ) : null}
    </section>
  );
}
