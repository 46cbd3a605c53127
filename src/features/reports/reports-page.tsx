import { useI18n } from '@/i18n/i18n';
import { Alert, PageHeader } from '@/ui/components';

export default function ReportsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('later.reports.title')} />
      <Alert tone="info">{t('later.reports.body')}</Alert>
    </>
  );
}
