// Settings: the optional app lock. Off: what it does and does not protect, the passphrase twice,
// the warning that a lost passphrase cannot be recovered, then every CCCD sealed with a progress
// bar. On: the idle delay, lock now, change the passphrase, turn it off.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { AUTO_LOCK_CHOICES } from '@/db/app-lock';
import {
  changeAppLockPassphrase,
  disableAppLock,
  enableAppLock,
  lockApp,
  setAutoLockMinutes,
} from '@/db/app-lock-repo';
import { passphraseStrength } from '@/domain/passphrase';
import { useI18n } from '@/i18n/i18n';
import { clearAllDrafts } from '@/ui/form-draft';
import { useLockState } from '@/queries/app-lock';
import { Alert } from '@/ui/components';
import { Field } from '@/ui/field';
import { PassphraseField } from '@/ui/passphrase-field';
import { Options } from '@/ui/page-components';
import {
  changeLockSchema,
  disableLockSchema,
  enableLockSchema,
  lockErrorMessage,
  type ChangeLockValues,
  type DisableLockValues,
  type EnableLockValues,
} from './app-lock-forms';
import './app-lock-section.css';

type Notice = { tone: 'ok' | 'error'; text: string } | null;
/** The pass over the people: the lock is on (or off) before it ends, so it lives up here. */
type Job = { kind: 'enable' | 'disable'; done: number; total: number } | null;

interface FormProps {
  onNotice: (notice: Notice) => void;
  onJob: (job: Job) => void;
}

export function AppLockSection() {
  const { t, number } = useI18n();
  const state = useLockState();
  // Kept here, not in a form: turning the lock on or off swaps the forms before the pass ends.
  const [notice, setNotice] = useState<Notice>(null);
  const [job, setJob] = useState<Job>(null);
  const on = state.enabled === true;
  return (
    <section className="card app-lock" aria-labelledby="settings-lock">
      <h2 id="settings-lock">{t('lock.title')}</h2>
      <dl className="settings-facts">
        <div>
          <dt>{t('lock.status')}</dt>
          <dd>{t(on ? 'lock.status.on' : 'lock.status.off')}</dd>
        </div>
      </dl>
      <p className="muted settings-text app-lock__first">{t('lock.explain')}</p>
      <p className="muted settings-text">{t('lock.clearFields')}</p>
      <p className="muted settings-text">{t('lock.disk')}</p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {job ? (
        <div className="app-lock__progress" role="status" aria-live="polite">
          <progress max={job.total || 1} value={job.done} aria-label={t('lock.progressLabel')} />
          <span className="muted">
            {t(`lock.${job.kind}.progress`, {
              done: number(job.done),
              total: number(job.total),
            })}
          </span>
          <p className="muted settings-text">{t('lock.job.note')}</p>
        </div>
      ) : on ? (
        <LockOn minutes={state.autoLockMinutes} onNotice={setNotice} onJob={setJob} />
      ) : state.enabled === false ? (
        <EnableForm onNotice={setNotice} onJob={setJob} />
      ) : null}
    </section>
  );
}

function StrengthHint({ passphrase }: { passphrase: string }) {
  const { t } = useI18n();
  const strength = passphraseStrength(passphrase);
  return (
    <>
      {t('lock.field.passphraseHint')}
      {passphrase ? (
        <span className="app-lock__strength" data-strength={strength}>
          <span className="app-lock__meter" aria-hidden="true">
            <span />
          </span>
          {t('lock.strength', { strength: t(`lock.strength.${strength}`) })}
        </span>
      ) : null}
    </>
  );
}

/** A passphrase being chosen, with its strength, then typed again to confirm it. */
function NewPassphraseFields(props: {
  label: string;
  passphrase: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  /** What is typed in the first field so far, for the strength hint. */
  value: string;
  /** The form's errors (their messages are message keys). */
  errors: { passphrase?: FieldError | undefined; confirm?: FieldError | undefined };
}) {
  const { t, tMessage } = useI18n();
  const message = (error: FieldError | undefined) =>
    error?.message ? tMessage(error.message) : undefined;
  return (
    <>
      <PassphraseField
        label={props.label}
        registration={props.passphrase}
        autoComplete="new-password"
        error={message(props.errors.passphrase)}
        hint={<StrengthHint passphrase={props.value} />}
      />
      <PassphraseField
        label={t('lock.field.confirm')}
        registration={props.confirm}
        autoComplete="new-password"
        error={message(props.errors.confirm)}
      />
    </>
  );
}

/** The passphrase of the lock now on: to change it, or to turn the lock off. */
function CurrentPassphraseField(props: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <PassphraseField
      label={t('lock.field.current')}
      registration={props.registration}
      autoComplete="current-password"
      error={props.error}
    />
  );
}

function EnableForm({ onNotice, onJob }: FormProps) {
  const { t, tMessage } = useI18n();
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<EnableLockValues>({
    resolver: zodResolver(enableLockSchema),
    defaultValues: { passphrase: '', confirm: '', acknowledged: false },
  });
  const errorCount = Object.keys(errors).length;

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    onNotice(null);
    try {
      await enableAppLock(passphrase, {
        onProgress: (done, total) => onJob({ kind: 'enable', done, total }),
      });
      // Drafts kept before the lock may hold a CCCD in clear (localStorage); from now on the
      // person form withholds it.
      clearAllDrafts();
      onNotice({ tone: 'ok', text: t('lock.enable.done') });
    } catch (error) {
      const [key, params] = lockErrorMessage(error);
      onNotice({ tone: 'error', text: t(key, params) });
    } finally {
      onJob(null);
    }
  });

  return (
    <form className="form app-lock__form" onSubmit={onSubmit} noValidate>
      {submitCount > 0 && errorCount > 0 ? (
        <Alert tone="error">{t('lock.error.count', { count: errorCount })}</Alert>
      ) : null}
      <NewPassphraseFields
        label={t('lock.field.passphrase')}
        passphrase={register('passphrase')}
        confirm={register('confirm')}
        value={watch('passphrase')}
        errors={errors}
      />
      <div className="app-lock__warning">
        <Alert tone="warn">
          <strong>{t('lock.warning')}</strong>
        </Alert>
        <label className="checkbox">
          <input
            type="checkbox"
            {...register('acknowledged')}
            aria-invalid={errors.acknowledged ? 'true' : undefined}
            aria-describedby={errors.acknowledged ? 'lock-acknowledge-error' : undefined}
          />
          {t('lock.acknowledge')}
        </label>
        {errors.acknowledged?.message ? (
          <span className="field__error" id="lock-acknowledge-error" role="alert">
            {tMessage(errors.acknowledged.message)}
          </span>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('lock.enable.working') : t('lock.enable.submit')}
        </button>
      </div>
    </form>
  );
}

function LockOn({ minutes, onNotice, onJob }: FormProps & { minutes: number }) {
  const { t } = useI18n();
  const chooseMinutes = async (value: number) => {
    try {
      await setAutoLockMinutes(value);
      onNotice({ tone: 'ok', text: t('lock.autoLock.saved', { minutes: value }) });
    } catch (error) {
      const [key, params] = lockErrorMessage(error);
      onNotice({ tone: 'error', text: t(key, params) });
    }
  };
  return (
    <>
      <p className="muted settings-text">{t('lock.searchNote')}</p>
      <div className="app-lock__row">
        <Field label={t('lock.autoLock')}>
          <select
            value={minutes}
            onChange={(event) => void chooseMinutes(Number(event.target.value))}
          >
            <Options
              values={AUTO_LOCK_CHOICES}
              label={(choice) => t('lock.autoLock.option', { minutes: choice })}
            />
          </select>
        </Field>
        <button type="button" className="button" onClick={() => lockApp()}>
          {t('lock.lockNow')}
        </button>
      </div>
      <details className="app-lock__details">
        <summary>{t('lock.change.title')}</summary>
        <ChangeForm onNotice={onNotice} />
      </details>
      <details className="app-lock__details">
        <summary>{t('lock.disable.title')}</summary>
        <DisableForm onNotice={onNotice} onJob={onJob} />
      </details>
    </>
  );
}

function ChangeForm({ onNotice }: Pick<FormProps, 'onNotice'>) {
  const { t, tMessage } = useI18n();
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangeLockValues>({
    resolver: zodResolver(changeLockSchema),
    defaultValues: { current: '', passphrase: '', confirm: '' },
  });
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  const onSubmit = handleSubmit(async ({ current, passphrase }) => {
    onNotice(null);
    try {
      await changeAppLockPassphrase(current, passphrase);
      reset();
      onNotice({ tone: 'ok', text: t('lock.change.done') });
    } catch (error) {
      const [key, params] = lockErrorMessage(error);
      if (key === 'lock.error.wrongPassphrase') setError('current', { message: key });
      else onNotice({ tone: 'error', text: t(key, params) });
    }
  });

  return (
    <form className="form app-lock__form" onSubmit={onSubmit} noValidate>
      <CurrentPassphraseField
        registration={register('current')}
        error={message(errors.current?.message)}
      />
      <NewPassphraseFields
        label={t('lock.field.newPassphrase')}
        passphrase={register('passphrase')}
        confirm={register('confirm')}
        value={watch('passphrase')}
        errors={errors}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('lock.change.submit')}
        </button>
      </div>
    </form>
  );
}

function DisableForm({ onNotice, onJob }: FormProps) {
  const { t, tMessage } = useI18n();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DisableLockValues>({
    resolver: zodResolver(disableLockSchema),
    defaultValues: { current: '' },
  });
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  const onSubmit = handleSubmit(async ({ current }) => {
    onNotice(null);
    try {
      await disableAppLock(current, {
        onProgress: (done, total) => onJob({ kind: 'disable', done, total }),
      });
      onNotice({ tone: 'ok', text: t('lock.disable.done') });
    } catch (error) {
      const [key, params] = lockErrorMessage(error);
      if (key === 'lock.error.wrongPassphrase') setError('current', { message: key });
      else onNotice({ tone: 'error', text: t(key, params) });
    } finally {
      onJob(null);
    }
  });

  return (
    <form className="form app-lock__form" onSubmit={onSubmit} noValidate>
      <p className="muted settings-text">{t('lock.disable.explain')}</p>
      <CurrentPassphraseField
        registration={register('current')}
        error={message(errors.current?.message)}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('lock.disable.working') : t('lock.disable.submit')}
        </button>
      </div>
    </form>
  );
}
