// A unit's export for the province (everything or the changes since the last export, sealed when
// it can be), the reminder of unsent changes and its setting; the province's file for its units.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { localIsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import { SealError } from '@/exchange/seal';
import { useI18n, type Translate } from '@/i18n/i18n';
import type { Installation } from '@/queries/installation';
import { Alert } from '@/ui/components';
import { Field } from '@/ui/field';
import { ExportQualityWarning } from './export-quality';
import { groupedFingerprint } from './fingerprint';
import {
  lastExportQuery,
  reminderDaysQuery,
  sealKeyQuery,
  signingKeyQuery,
  unsentQuery,
  useExportForProvince,
  useExportForUnits,
  useSaveReminderDays,
} from './export-file';
import { provinceKeysQuery } from './province-keys';
import {
  reminderFormSchema,
  unsentReminder,
  type ReminderFormInput,
  type ReminderFormValues,
} from './reminder';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

function exportErrorText(error: unknown, t: Translate): string {
  if (error instanceof SealError) return t(error.messageKey);
  return error instanceof Error ? error.message : String(error);
}

export function ExportCard({ homeUnit }: { homeUnit: Unit }) {
  const { t, dateTime } = useI18n();
  const sealId = useId();
  const last = useQuery(lastExportQuery(homeUnit.id));
  const sealKey = useQuery(sealKeyQuery);
  const signingKey = useQuery({ ...signingKeyQuery, enabled: Boolean(sealKey.data) });
  const exporter = useExportForProvince();
  const [sealChoice, setSealChoice] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const canSeal = Boolean(sealKey.data);
  // On by default whenever sealing is possible; the user may still turn it off.
  const seal = canSeal && (sealChoice ?? true);
  const previous = last.data ?? null;

  const run = async (mode: 'full' | 'changes') => {
    setNotice(null);
    try {
      const entry = await exporter.mutateAsync({ rootUnitId: homeUnit.id, mode, seal });
      setNotice({ tone: 'ok', text: t('sync.export.done', { file: entry.fileName }) });
    } catch (error) {
      setNotice({
        tone: 'error',
        text: t('sync.export.failed', { message: exportErrorText(error, t) }),
      });
    }
  };

  return (
    <section className="card" aria-labelledby="sync-export">
      <h2 id="sync-export">{t('sync.export.title')}</h2>
      <p className="muted sync-text">{t('sync.export.explain', { unit: homeUnit.name })}</p>
      <ExportQualityWarning homeUnit={homeUnit} />
      {sealKey.data ? (
        <div className="field">
          <label className="checkbox" htmlFor={sealId}>
            <input
              id={sealId}
              type="checkbox"
              checked={seal}
              onChange={(event) => setSealChoice(event.target.checked)}
              aria-describedby={`${sealId}-hint`}
            />
            {t('sync.export.seal')}
          </label>
          <span className="field__hint" id={`${sealId}-hint`}>
            {t('sync.export.sealHint', { fingerprint: groupedFingerprint(sealKey.data.keyId) })}
          </span>
        </div>
      ) : null}
      {sealKey.data === null ? <Alert tone="warn">{t('sync.export.sealUnavailable')}</Alert> : null}
      {seal && signingKey.data ? (
        <p className="muted sync-text">
          {t('sync.export.signingKey', { fingerprint: groupedFingerprint(signingKey.data) })}
        </p>
      ) : null}
      {sealKey.data && !seal ? <Alert tone="warn">{t('sync.export.plainWarning')}</Alert> : null}
      <div className="sync-export-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={exporter.isPending || sealKey.isLoading}
          onClick={() => void run('full')}
        >
          {t('sync.export.full')}
        </button>
        <button
          type="button"
          className="button"
          disabled={exporter.isPending || sealKey.isLoading || !previous}
          onClick={() => void run('changes')}
        >
          {t('sync.export.changes')}
        </button>
      </div>
      <p className="muted sync-text">
        {previous
          ? t('sync.export.previous', { when: dateTime(previous.exportedAt) })
          : t('sync.export.noPrevious')}
      </p>
      {exporter.isPending ? (
        <p className="muted" role="status">
          {t('sync.export.working')}
        </p>
      ) : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </section>
  );
}

/** The oldest unsent change and whether it waited too long, for the banner and the card. */
function useUnsent(homeUnit: Unit, installation: Installation) {
  const last = useQuery(lastExportQuery(homeUnit.id));
  const days = useQuery(reminderDaysQuery);
  const since = last.data ? last.data.asOf : installation.setUpAt;
  const unsent = useQuery({ ...unsentQuery(homeUnit.id, since), enabled: last.isSuccess });
  const oldest = unsent.data ?? null;
  const reminder = days.data === undefined ? null : unsentReminder(oldest, new Date(), days.data);
  return { oldest, reminder, days: days.data, ready: unsent.isSuccess };
}

export function ReminderBanner({
  homeUnit,
  installation,
}: {
  homeUnit: Unit;
  installation: Installation;
}) {
  const { t, date, number } = useI18n();
  const { reminder } = useUnsent(homeUnit, installation);
  if (!reminder) return null;
  return (
    <Alert tone="warn">
      {t('sync.reminder.banner', {
        date: date(localIsoDate(new Date(reminder.oldest))),
        days: number(reminder.ageDays),
      })}
    </Alert>
  );
}

export function ReminderCard({
  homeUnit,
  installation,
}: {
  homeUnit: Unit;
  installation: Installation;
}) {
  const { t, dateTime } = useI18n();
  const { oldest, days, ready } = useUnsent(homeUnit, installation);
  return (
    <section className="card" aria-labelledby="sync-reminder">
      <h2 id="sync-reminder">{t('sync.reminder.title')}</h2>
      {ready ? (
        <p className="sync-text">
          {oldest
            ? t('sync.reminder.pending', { date: dateTime(oldest) })
            : t('sync.reminder.upToDate')}
        </p>
      ) : null}
      <p className="muted sync-text">{t('sync.reminder.explain')}</p>
      {days !== undefined ? <ReminderForm days={days} /> : null}
    </section>
  );
}

function ReminderForm({ days }: { days: number }) {
  const { t, tMessage, number } = useI18n();
  const save = useSaveReminderDays();
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReminderFormInput, unknown, ReminderFormValues>({
    resolver: zodResolver(reminderFormSchema),
    defaultValues: { days: String(days) },
  });
  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    await save.mutateAsync(values.days);
    setSaved(t('sync.reminder.saved', { days: number(values.days) }));
  });
  return (
    <form className="sync-inline-form" onSubmit={onSubmit} noValidate>
      <Field
        label={t('sync.reminder.days')}
        error={errors.days?.message ? tMessage(errors.days.message) : undefined}
        required
      >
        <input type="text" inputMode="numeric" autoComplete="off" {...register('days')} />
      </Field>
      <button type="submit" className="button" disabled={isSubmitting}>
        {t('sync.reminder.save')}
      </button>
      {saved ? (
        <span className="muted" role="status">
          {saved}
        </span>
      ) : null}
    </form>
  );
}

export function DownwardExportCard({ homeUnit }: { homeUnit: Unit }) {
  const { t } = useI18n();
  const keys = useQuery(provinceKeysQuery);
  const exporter = useExportForUnits();
  const [notice, setNotice] = useState<Notice>(null);
  const run = async () => {
    setNotice(null);
    try {
      const entry = await exporter.mutateAsync(homeUnit.id);
      setNotice({ tone: 'ok', text: t('sync.export.done', { file: entry.fileName }) });
    } catch (error) {
      setNotice({
        tone: 'error',
        text: t('sync.export.failed', { message: exportErrorText(error, t) }),
      });
    }
  };
  return (
    <section className="card" aria-labelledby="sync-down">
      <h2 id="sync-down">{t('sync.down.title')}</h2>
      <p className="muted sync-text">{t('sync.down.explain')}</p>
      {keys.data === null ? <Alert tone="warn">{t('sync.down.noKey')}</Alert> : null}
      <div className="sync-export-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={exporter.isPending || keys.isLoading}
          onClick={() => void run()}
        >
          {t('sync.down.button')}
        </button>
      </div>
      {exporter.isPending ? (
        <p className="muted" role="status">
          {t('sync.export.working')}
        </p>
      ) : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </section>
  );
}
