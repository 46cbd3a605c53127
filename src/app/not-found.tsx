import { Link } from '@/ui/router';
import { useI18n } from '@/i18n/i18n';
import { EmptyState } from '@/ui/components';

export function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t('common.notFound')}
      action={
        <Link to="/" className="button">
          {t('nav.home')}
        </Link>
      }
    >
      {t('common.notFoundHint')}
    </EmptyState>
  );
}
