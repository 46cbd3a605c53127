import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { Alert, PageHeader } from '@/ui/components';

export default function DashboardPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('later.dashboard.title')} />
      <Alert tone="info">
        {t('later.dashboard.body')} <Link to="/targets">{t('nav.targets')}</Link>
      </Alert>
    </>
  );
}
