import { useI18n } from '@/i18n/i18n';
import { EmptyState, LinkButton } from '@/ui/components';

export function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('common.notFound')} action={<LinkButton to="/" label={t('nav.home')} />}>
      {t('common.notFoundHint')}
    </EmptyState>
  );
}
