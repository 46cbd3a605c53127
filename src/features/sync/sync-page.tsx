import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { useInstallation } from '@/queries/installation';
import { Alert, PageHeader } from '@/ui/components';

export default function SyncPage() {
  const { t } = useI18n();
  const installation = useInstallation();
  return (
    <>
      <PageHeader title={t('later.sync.title')} />
      <Alert tone="info">{t('later.sync.body')}</Alert>
      {installation.data === null ? (
        <p>
          {t('later.sync.setupHint')}{' '}
          <Link to="/setup" className="button button--primary">
            {t('later.sync.toSetup')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
