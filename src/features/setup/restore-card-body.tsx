// The restore offer of the first-run page (a new laptop, or a browser whose data was cleared):
// restore a full backup instead of setting up. The restore brings the installation back.
import { LinkButton } from '@/ui/page-components';
import { useI18n } from '@/i18n/i18n';
import { useRestoreFlow, useRestoreTarget } from '@/queries/backup';
import { RestoreBackup } from '@/ui/restore-backup';

export function RestoreCardBody() {
  const { t } = useI18n();
  const flow = useRestoreFlow(t);
  const current = useRestoreTarget();
  return (
    <section className="card setup-restore" aria-labelledby="setup-restore-title">
      <h2 id="setup-restore-title">{t('settings.backup.setup.title')}</h2>
      <p className="setup__hint">{t('settings.backup.setup.text')}</p>
      <RestoreBackup
        flow={flow}
        current={current}
        doneActions={<LinkButton to="/" label={t('settings.backup.restore.open')} primary />}
      />
    </section>
  );
}
