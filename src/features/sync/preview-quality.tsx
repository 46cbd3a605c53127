// What the data checks would find in a file's records (counted in the worker on the plan, before
// anything is applied): a count per check, so the province sees what a file brings in.
import { QUALITY_CHECKS, QUALITY_CHECK_IDS } from '@/domain/quality-checks';
import type { PlanSummary } from '@/exchange/plan';
import { useI18n } from '@/i18n/i18n';

export function PreviewQuality({ plan }: { plan: PlanSummary }) {
  const { t, number } = useI18n();
  const found = QUALITY_CHECK_IDS.filter((id) => (plan.quality[id] ?? 0) > 0);
  const total = found.reduce((sum, id) => sum + (plan.quality[id] ?? 0), 0);
  return (
    <section
      className="sync-quality"
      aria-label={`${t('quality.preview.title')}: ${plan.fileName}`}
    >
      <h4>{t('quality.preview.title')}</h4>
      {total === 0 ? (
        <p className="muted sync-text">{t('quality.preview.none')}</p>
      ) : (
        <>
          <p className="sync-text">{t('quality.preview.some', { count: number(total) })}</p>
          <ul>
            {found.map((id) => (
              <li key={id}>
                {QUALITY_CHECKS[id].code} — {t(`quality.check.${id}.name`)}:{' '}
                <strong>{number(plan.quality[id] ?? 0)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
