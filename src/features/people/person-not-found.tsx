// What the person pages (detail, edit) show for an id the store does not hold: a deleted record,
// a mistyped address. Both say the same and lead back to the list.
import { useI18n } from '@/i18n/i18n';
import { EmptyLink } from '@/ui/page-components';

export function PersonNotFound() {
  const { t } = useI18n();
  return (
    <EmptyLink
      title={t('people.detail.notFoundTitle')}
      body={t('people.detail.notFoundBody')}
      to="/people"
      label={t('people.detail.backToList')}
    />
  );
}
