// The figures at a glance: admissions and their structure, quota achieved, admission rate,
// overdue milestones; then the training classes of the period.
import type { Indicators } from '@/domain/indicator-types';
import { useI18n } from '@/i18n/i18n';
import { Stat } from '@/ui/components';
import { headlineQuota, headlineRate } from './figures';
import { useFiguresMarks } from './performance-marks';

/** `busy`: the figures may still change (the aggregates' check or a read is pending). */
export function KpiTiles({ indicators, busy = false }: { indicators: Indicators; busy?: boolean }) {
  const { t, number, percent } = useI18n();
  useFiguresMarks(indicators);
  const { structure } = indicators;
  const quota = headlineQuota(indicators.quotas.root, indicators.period.to);
  const rate = headlineRate(indicators.rates);
  const shareHint = (count: number) => t('dashboard.kpi.ofAdmitted', { count: number(count) });

  return (
    <div
      className="grid grid--4 dashboard-kpis"
      role="group"
      aria-label={t('dashboard.kpi.label')}
      aria-busy={busy || undefined}
    >
      <Stat
        label={t('dashboard.kpi.admitted')}
        value={number(indicators.admitted)}
        hint={t('dashboard.kpi.admittedHint')}
      />
      <Stat
        label={t('dashboard.kpi.youthUnion')}
        value={percent(structure.youthUnion.ratio)}
        hint={shareHint(structure.youthUnion.count)}
      />
      <Stat
        label={t('dashboard.kpi.female')}
        value={percent(structure.female.ratio)}
        hint={shareHint(structure.female.count)}
      />
      <Stat
        label={t('dashboard.kpi.minority')}
        value={percent(structure.minority.ratio)}
        hint={shareHint(structure.minority.count)}
      />
      <Stat
        label={t('dashboard.kpi.religious')}
        value={percent(structure.religious.ratio)}
        hint={shareHint(structure.religious.count)}
      />
      <Stat
        label={t('dashboard.kpi.quota')}
        value={percent(quota && quota.quota > 0 ? quota.ratio : null)}
        hint={
          quota && quota.quota > 0
            ? t('dashboard.kpi.quotaHint', {
                admitted: number(quota.admitted),
                quota: number(quota.quota),
                span:
                  quota.fromYear === quota.toYear
                    ? String(quota.fromYear)
                    : `${quota.fromYear}–${quota.toYear}`,
              })
            : t('dashboard.kpi.quotaNone')
        }
      />
      <Stat
        label={t('dashboard.kpi.rate')}
        value={percent(rate?.ratio ?? null)}
        hint={
          rate && rate.membersAtStart !== null
            ? t('dashboard.kpi.rateHint', {
                year: rate.year,
                admitted: number(rate.admitted),
                members: number(rate.membersAtStart),
              })
            : t('dashboard.kpi.rateNone')
        }
      />
      <Stat
        label={t('dashboard.kpi.overdue')}
        value={number(indicators.coverage.overdueTotal)}
        hint={t('dashboard.kpi.overdueHint')}
      />
    </div>
  );
}

export function TrainingTiles({ indicators }: { indicators: Indicators }) {
  const { t, number } = useI18n();
  const { training } = indicators;
  return (
    <section aria-labelledby="training-heading" className="card dashboard-training">
      <h2 id="training-heading">{t('dashboard.training.heading')}</h2>
      <div className="grid grid--4">
        <Stat
          label={t('dashboard.training.awarenessClasses')}
          value={number(training.awarenessClasses)}
        />
        <Stat
          label={t('dashboard.training.awarenessAttendees')}
          value={number(training.awarenessAttendees)}
        />
        <Stat
          label={t('dashboard.training.newMemberClasses')}
          value={number(training.newMemberClasses)}
        />
        <Stat
          label={t('dashboard.training.newMemberAttendees')}
          value={number(training.newMemberAttendees)}
        />
      </div>
      <p className="muted dashboard-note">
        {training.otherClasses > 0
          ? t('dashboard.training.other', {
              classes: number(training.otherClasses),
              attendees: number(training.otherAttendees),
            })
          : null}{' '}
        {t('dashboard.training.rule')}
      </p>
    </section>
  );
}
