// Keeping the data safe: whether the browser keeps it for good (persistent storage) and how much
// room is left, a full backup to a file, the reminder's number of days, and a restore from a
// backup file. Rural committees work offline for days: this computer is the only copy until the
// next backup. The reminder links here (#sao-luu).
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from '@/ui/router';
import { localIsoDate } from '@/domain/dates';
import { useI18n } from '@/i18n/i18n';
import {
  backupErrorMessage,
  useRestoreFlow,
  useRestoreTarget,
  type BackupWorkerProgress,
} from '@/queries/backup';
import { backupStatusQuery, storageStatusQuery } from '@/queries/backup-status';
import { Alert, Badge } from '@/ui/components';
import { Field } from '@/ui/field';
import { BackupProgress, RestoreBackup } from '@/ui/restore-backup';
import { BACKUP_ANCHOR, daysSince } from './backup-reminder-rule';
import {
  backupReminderFormSchema,
  useCreateBackup,
  useRequestPersistence,
  useSaveBackupReminderDays,
  type BackupReminderFormInput,
  type BackupReminderFormValues,
} from './backup-settings';
import { formatBytes } from './data-facts';
import './data-safety.css';

export function DataSafetySection() {
  const { t } = useI18n();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  // React Router does not scroll to a hash: the reminder's link lands on the section.
  useEffect(() => {
    if (location.hash === `#${BACKUP_ANCHOR}`) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    }
  }, [location.hash]);

  return (
    <section className="data-safety" aria-labelledby={BACKUP_ANCHOR} id="data-safety">
      <h2 id={BACKUP_ANCHOR} ref={heading} tabIndex={-1} className="data-safety__title">
        {t('settings.backup.title')}
      </h2>
      <div className="settings-grid">
        <BackupCard />
        <StorageCard />
      </div>
      <RestoreCard />
    </section>
  );
}

function StorageCard() {
  const { t, number } = useI18n();
  const status = useQuery(storageStatusQuery);
  const request = useRequestPersistence();
  const [answer, setAnswer] = useState<boolean | null>(null);
  const data = status.data;
  const bytes = (value: number | null) =>
    value === null ? t('settings.storage.unknown') : formatBytes(value, number);
  const left =
    data?.usage !== null && data?.usage !== undefined && data.quota !== null
      ? t('settings.storage.leftValue', {
          left: bytes(Math.max(0, data.quota - data.usage)),
          quota: bytes(data.quota),
        })
      : t('settings.storage.unknown');
  const persisted = data?.persisted ?? null;

  const ask = async () => {
    setAnswer(null);
    setAnswer(await request.mutateAsync());
  };

  return (
    <section className="card" aria-labelledby="settings-storage">
      <h3 id="settings-storage">{t('settings.storage.title')}</h3>
      {data && !data.supported ? (
        <Alert tone="warn">{t('settings.storage.unsupported')}</Alert>
      ) : (
        <>
          <dl className="settings-facts">
            <div>
              <dt>{t('settings.storage.persisted')}</dt>
              <dd>
                {status.isLoading ? (
                  '…'
                ) : persisted === null ? (
                  t('settings.storage.persistedUnknown')
                ) : (
                  <Badge tone={persisted ? 'ok' : 'warn'}>
                    {t(
                      persisted ? 'settings.storage.persistedYes' : 'settings.storage.persistedNo',
                    )}
                  </Badge>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('settings.storage.used')}</dt>
              <dd>{status.isLoading ? '…' : bytes(data?.usage ?? null)}</dd>
            </div>
            <div>
              <dt>{t('settings.storage.left')}</dt>
              <dd>{status.isLoading ? '…' : left}</dd>
            </div>
          </dl>
          {persisted !== null ? (
            <p className="muted settings-text data-safety__note">
              {t(
                persisted
                  ? 'settings.storage.persistedYesText'
                  : 'settings.storage.persistedNoText',
              )}
            </p>
          ) : null}
          {answer === true ? <Alert tone="ok">{t('settings.storage.granted')}</Alert> : null}
          {answer === false ? <Alert tone="warn">{t('settings.storage.refused')}</Alert> : null}
          {persisted === true ? null : (
            <>
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => void ask()}
                  disabled={request.isPending}
                >
                  {request.isPending
                    ? t('settings.storage.requesting')
                    : t('settings.storage.request')}
                </button>
              </div>
              <h4 className="data-safety__howto">{t('settings.storage.howTo')}</h4>
              <ul className="settings-list">
                <li>{t('settings.storage.howTo.install')}</li>
                <li>{t('settings.storage.howTo.bookmark')}</li>
                <li>{t('settings.storage.howTo.clear')}</li>
                <li>{t('settings.storage.howTo.backup')}</li>
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function BackupCard() {
  const { t, number, dateTime } = useI18n();
  const status = useQuery(backupStatusQuery);
  const create = useCreateBackup();
  const [progress, setProgress] = useState<BackupWorkerProgress | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const last = status.data?.lastBackupAt ?? null;
  const now = new Date();
  const lastText = !last
    ? t('settings.backup.never')
    : localIsoDate(new Date(last)) === localIsoDate(now)
      ? t('settings.backup.lastToday', { date: dateTime(last) })
      : t('settings.backup.lastDays', { date: dateTime(last), days: number(daysSince(last, now)) });

  const run = async () => {
    setNotice(null);
    setProgress(null);
    try {
      const created = await create.mutateAsync(setProgress);
      setNotice({
        tone: 'ok',
        text: t('settings.backup.done', {
          file: created.fileName,
          people: number(created.counts.people),
          units: number(created.counts.units),
        }),
      });
    } catch (error) {
      setNotice({ tone: 'error', text: backupErrorMessage(error, t) });
    }
  };

  return (
    <section className="card" aria-labelledby="settings-backup">
      <h3 id="settings-backup">{t('settings.backup.createTitle')}</h3>
      <p className="settings-text">{t('settings.backup.explain')}</p>
      <p className="muted settings-text">{t('settings.backup.personal')}</p>
      <dl className="settings-facts data-safety__facts">
        <div>
          <dt>{t('settings.backup.last')}</dt>
          <dd>{status.isLoading ? '…' : lastText}</dd>
        </div>
      </dl>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void run()}
          disabled={create.isPending}
        >
          {create.isPending ? t('settings.backup.creating') : t('settings.backup.create')}
        </button>
      </div>
      {create.isPending ? <BackupProgress progress={progress} /> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {status.data ? <ReminderDaysForm days={status.data.reminderDays} /> : null}
    </section>
  );
}

function ReminderDaysForm({ days }: { days: number }) {
  const { t, tMessage, number } = useI18n();
  const save = useSaveBackupReminderDays();
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<BackupReminderFormInput, unknown, BackupReminderFormValues>({
    resolver: zodResolver(backupReminderFormSchema),
    defaultValues: { days: String(days) },
  });
  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    await save.mutateAsync(values.days);
    setSaved(t('settings.backup.reminder.saved', { days: number(values.days) }));
  });
  return (
    <form className="data-safety__reminder" onSubmit={onSubmit} noValidate>
      <h4>{t('settings.backup.reminder.title')}</h4>
      <p className="muted settings-text">{t('settings.backup.reminder.explain')}</p>
      <div className="data-safety__inline">
        <Field
          label={t('settings.backup.reminder.days')}
          error={errors.days?.message ? tMessage(errors.days.message) : undefined}
          required
        >
          <input type="text" inputMode="numeric" autoComplete="off" {...register('days')} />
        </Field>
        <button type="submit" className="button" disabled={isSubmitting}>
          {t('settings.backup.reminder.save')}
        </button>
      </div>
      {saved ? (
        <p className="muted" role="status">
          {saved}
        </p>
      ) : null}
    </form>
  );
}

function RestoreCard() {
  const { t } = useI18n();
  const titleId = useId();
  const flow = useRestoreFlow(t);
  const current = useRestoreTarget();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('settings.backup.restore.title')}</h3>
      <RestoreBackup flow={flow} current={current} />
    </section>
  );
}
