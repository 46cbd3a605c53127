// Says plainly that working without a network is normal: everything is saved on this laptop.
import { useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n';
import './notices.css';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = () => navigator.onLine;

export function OfflineIndicator() {
  const { t } = useI18n();
  const online = useSyncExternalStore(subscribe, isOnline);
  if (online) return null;
  return (
    <p className="alert alert--warn app-notice" role="status">
      {t('app.offline.notice')}
    </p>
  );
}
