// Says plainly that working without a network is normal: everything is saved on this laptop.
import { useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/i18n';
import { networkStatus } from './network-status';
import './notices.css';

export function OfflineIndicator() {
  const { t } = useI18n();
  const online = useSyncExternalStore(networkStatus.subscribe, networkStatus.isOnline);
  if (online) return null;
  return (
    <p className="alert alert--warn app-notice" role="status">
      {t('app.offline.notice')}
    </p>
  );
}
