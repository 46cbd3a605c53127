// The lock screen (lock-gate.tsx shows it while a lock is set and its keys are not in memory):
// one passphrase field; loaded only on an installation with a lock.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AppLockError } from '@/db/app-lock';
import { unlockApp } from '@/db/app-lock-repo';
import { useI18n } from '@/i18n/i18n';
import { Field } from '@/ui/field';

export function LockScreen() {
  const { t, number } = useI18n();
  // One field: plain state rather than react-hook-form and zod, which the first screen does not
  // load; the only check that matters is the passphrase opening the lock.
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError(t('lock.screen.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await unlockApp(passphrase, { onProgress: (done, total) => setProgress({ done, total }) });
    } catch (caught) {
      const wrong = caught instanceof AppLockError && caught.code === 'wrongPassphrase';
      setError(
        wrong
          ? t('lock.screen.wrong')
          : t('lock.error.failed', { message: (caught as Error).message }),
      );
      setPassphrase('');
      setBusy(false);
      setProgress(null);
    }
  };

  // Back to the field after a refusal, once it is enabled again (a disabled field takes no focus).
  useEffect(() => {
    if (error && !busy) input.current?.focus();
  }, [error, busy]);

  return (
    <div className="lock-screen">
      <main className="lock-screen__card" aria-labelledby="lock-screen-title">
        <div className="lock-screen__brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.fullName')}</span>
        </div>
        <h1 id="lock-screen-title">{t('lock.screen.title')}</h1>
        <p className="muted">{t('lock.screen.body')}</p>
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <Field label={t('lock.screen.passphrase')} error={error ?? undefined}>
            <input
              ref={input}
              type="password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              autoComplete="current-password"
              // The only thing to do on this screen: the cursor is already there.
              autoFocus
              disabled={busy}
            />
          </Field>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('lock.screen.opening') : t('lock.screen.submit')}
          </button>
        </form>
        {progress && progress.total > 0 ? (
          <div className="lock-progress" role="status" aria-live="polite">
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t('lock.progressLabel')}
            />
            <span className="muted">
              {t('lock.screen.finishing', {
                done: number(progress.done),
                total: number(progress.total),
              })}
            </span>
          </div>
        ) : null}
        <p className="lock-screen__note">{t('lock.screen.forgot')}</p>
      </main>
    </div>
  );
}
