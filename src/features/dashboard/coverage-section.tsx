// Units that need attention: no admission in the period, behind their quota for the time
// elapsed, overdue milestones. Each name opens that unit's dashboard.
import type { ReactNode } from 'react';
import { Link } from '@/ui/router';
import type { Unit } from '@/domain/entities';
import type { Indicators } from '@/domain/indicator-types';
import { useI18n } from '@/i18n/i18n';

export function CoverageSection({
  indicators,
  unitsById,
  linkTo,
}: {
  indicators: Indicators;
  unitsById: ReadonlyMap<string, Unit>;
  linkTo: (unit: Unit) => string;
}) {
  const { t, number, percent } = useI18n();
  const { coverage } = indicators;
  const name = (id: string) => {
    const unit = unitsById.get(id);
    return unit ? <Link to={linkTo(unit)}>{unit.name}</Link> : '—';
  };
  return (
    <section aria-labelledby="coverage-heading" className="dashboard-section">
      <h2 id="coverage-heading">{t('dashboard.coverage.heading')}</h2>
      <div className="grid grid--3">
        <CoverageList
          title={t('dashboard.coverage.withoutAdmission')}
          count={coverage.withoutAdmission.length}
          empty={t('dashboard.coverage.withoutAdmissionNone')}
        >
          {coverage.withoutAdmission.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </CoverageList>
        <CoverageList
          title={t('dashboard.coverage.belowShare')}
          count={coverage.belowShare.length}
          empty={t('dashboard.coverage.belowShareNone')}
        >
          {coverage.belowShare.map((item) => (
            <li key={item.unitId}>
              {name(item.unitId)}
              <span className="coverage-figure">
                {t('dashboard.coverage.belowShareFigure', {
                  ratio: percent(item.ratio),
                  expected: percent(item.expected),
                })}
              </span>
            </li>
          ))}
        </CoverageList>
        <CoverageList
          title={t('dashboard.coverage.overdue')}
          count={coverage.overdue.length}
          empty={t('dashboard.coverage.overdueNone')}
        >
          {coverage.overdue.map((item) => (
            <li key={item.unitId}>
              {name(item.unitId)}
              <span className="coverage-figure coverage-figure--danger">
                {t('dashboard.coverage.overdueFigure', { count: number(item.count) })}
              </span>
            </li>
          ))}
        </CoverageList>
      </div>
    </section>
  );
}

function CoverageList({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  const { number } = useI18n();
  return (
    <div className="card coverage-list">
      <h3>
        {title} <span className="badge">{number(count)}</span>
      </h3>
      {count === 0 ? <p className="muted">{empty}</p> : <ul>{children}</ul>}
    </div>
  );
}
