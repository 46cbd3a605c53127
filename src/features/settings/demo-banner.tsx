// Shown while the store holds the demo province: what it is, and the one click that removes it
// (after a confirmation, since it empties the whole store, records typed in since included).
import { useRef, useState } from 'react';
import { useNavigate } from '@/ui/router';
import { useI18n } from '@/i18n/i18n';
import { useDemoInfo } from '@/queries/demo';
import { isStorageFailure, storageErrorMessage } from '@/queries/storage-error-message';
import { Alert } from '@/ui/components';
import { useRemoveDemo } from './remove-demo';

export function DemoBanner() {
  const { t, dateTime } = useI18n();
  const navigate = useNavigate();
  const demo = useDemoInfo();
  const remove = useRemoveDemo();
  const dialog = useRef<HTMLDialogElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!demo.data) return null;

  const confirm = async () => {
    setFailure(null);
    try {
      await remove.mutateAsync();
      dialog.current?.close();
      await navigate('/setup', { replace: true });
    } catch (error) {
      dialog.current?.close();
      setFailure(
        isStorageFailure(error)
          ? storageErrorMessage(t, error, 'delete')
          : t('settings.demo.failed', { message: (error as Error).message }),
      );
    }
  };

  return (
    <section className="settings-demo" aria-labelledby="settings-demo-title">
      <Alert tone="warn">
        <div className="settings-demo__body">
          <div>
            <h2 id="settings-demo-title">{t('settings.demo.title')}</h2>
            <p>{t('settings.demo.text', { date: dateTime(demo.data.loadedAt) })}</p>
          </div>
          <button
            type="button"
            className="button button--danger"
            onClick={() => dialog.current?.showModal()}
          >
            {t('settings.demo.remove')}
          </button>
        </div>
      </Alert>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <dialog
        ref={dialog}
        className="settings-demo__dialog"
        aria-labelledby="settings-demo-confirm-title"
        aria-describedby="settings-demo-confirm-text"
      >
        <h2 id="settings-demo-confirm-title">{t('settings.demo.confirmTitle')}</h2>
        <p id="settings-demo-confirm-text">{t('settings.demo.confirmText')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            onClick={() => void confirm()}
            disabled={remove.isPending}
          >
            {remove.isPending ? t('settings.demo.removing') : t('settings.demo.confirm')}
          </button>
          <button
            type="button"
            className="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            disabled={remove.isPending}
          >
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
