// The demo offer on a fresh install: a province generated in the browser, then the dashboard.
import { useState } from 'react';
import { useNavigate } from '@/ui/router';
import { useI18n } from '@/i18n/i18n';
import { Alert } from '@/ui/components';
import { DEMO_PEOPLE, type DemoSize } from '@/db/demo-repo';
import { useLoadDemo } from './load-demo';

const SIZES: DemoSize[] = ['small', 'province'];

export function DemoCard() {
  const { t, number } = useI18n();
  const navigate = useNavigate();
  const load = useLoadDemo();
  const [size, setSize] = useState<DemoSize>('small');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const start = async () => {
    setFailure(null);
    setProgress(null);
    try {
      await load.mutateAsync({ size, onProgress: (done, total) => setProgress({ done, total }) });
      await navigate('/dashboard', { replace: true });
    } catch (error) {
      setFailure(t('setup.demo.failed', { message: (error as Error).message }));
    }
  };

  return (
    <section className="card setup-demo" aria-labelledby="setup-demo-title">
      <h2 id="setup-demo-title">{t('setup.demo.title')}</h2>
      <p className="setup__hint">{t('setup.demo.text')}</p>
      <fieldset className="setup-demo__sizes" disabled={load.isPending}>
        <legend>{t('setup.demo.size')}</legend>
        {SIZES.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name="demo-size"
              value={option}
              checked={size === option}
              onChange={() => setSize(option)}
            />
            {t(`setup.demo.size.${option}`, { count: number(DEMO_PEOPLE[option]) })}
          </label>
        ))}
      </fieldset>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="setup-demo__actions">
        <button
          type="button"
          className="button"
          onClick={() => void start()}
          disabled={load.isPending}
        >
          {load.isPending ? t('setup.demo.loading') : t('setup.demo.load')}
        </button>
        {load.isPending ? (
          <div className="setup-demo__progress" role="status" aria-live="polite">
            <progress
              max={progress?.total || 1}
              value={progress?.done ?? 0}
              aria-label={t('setup.demo.progressLabel')}
            />
            <span className="muted">
              {progress
                ? t('setup.demo.progress', {
                    done: number(progress.done),
                    total: number(progress.total),
                  })
                : t('setup.demo.preparing')}
            </span>
          </div>
        ) : null}
      </div>
    </section>
  );
}
