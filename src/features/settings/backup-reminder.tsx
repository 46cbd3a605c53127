// The app-wide reminder (in the layout's notices): the last backup is older than the chosen
// number of days, or there never was one. "Hide until tomorrow" is remembered by this browser.
// It also asks the browser once, after the set-up, to keep this site's storage persistent.
// On the first screen: kept small (its queries in backup-status.ts); its words follow later.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from '@/ui/router';
import { localIsoDate } from '@/domain/dates';
import { requestPersistence } from '@/db/storage';
import { useI18n } from '@/i18n/i18n';
import { useIdleAfter } from '@/ui/idle';
import { useLaterMessages } from '@/i18n/load-messages';
import { backupStatusQuery, storageStatusQuery } from '@/queries/backup-status';
import {
  BACKUP_ANCHOR,
  backupReminderDue,
  dismissFor,
  dismissedOn,
  markPersistenceAsked,
  persistenceAsked,
} from './backup-reminder-rule';
import './backup-reminder.css';

export function BackupReminder() {
  const { t, number, date } = useI18n();
  const queryClient = useQueryClient();
  // Read once the page has drawn and the browser is idle: the reminder can wait a moment, and its
  // reads at start sat beside the page's own (measured: the dashboard's figures ~10 ms later).
  const idle = useIdleAfter(true, 3000);
  const status = useQuery({ ...backupStatusQuery, enabled: idle });
  const today = localIsoDate();
  const [hiddenOn, setHiddenOn] = useState<string | null>(() => dismissedOn());
  const setUp = (status.data?.setUpAt ?? null) !== null;

  useEffect(() => {
    if (!setUp || persistenceAsked()) return;
    markPersistenceAsked();
    void requestPersistence().then(() =>
      queryClient.invalidateQueries({ queryKey: storageStatusQuery.queryKey }),
    );
  }, [setUp, queryClient]);

  // Its words come with the later pages' messages (backup.ts, settings.ts).
  const wordsLoaded = useLaterMessages();
  if (!wordsLoaded || !status.data || hiddenOn === today) return null;
  const reminder = backupReminderDue(status.data, new Date());
  if (!reminder) return null;
  return (
    <aside className="backup-reminder" aria-label={t('settings.backup.reminder.label')}>
      <p>
        {reminder.kind === 'never'
          ? t('settings.backup.reminder.never')
          : t('settings.backup.reminder.notice', {
              days: number(reminder.ageDays),
              date: date(localIsoDate(new Date(reminder.lastBackupAt))),
            })}
      </p>
      <Link className="button button--small button--primary" to={`/settings#${BACKUP_ANCHOR}`}>
        {t('settings.backup.reminder.action')}
      </Link>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          dismissFor(today);
          setHiddenOn(today);
        }}
      >
        {t('settings.backup.reminder.dismiss')}
      </button>
    </aside>
  );
}
