// Quota progress for every span overlapping the period (the viewed unit, then each unit directly
// below it), and the admission rate against the members at the start of each year.
import type { Indicators, QuotaFigure } from '@/domain/indicator-types';
import { useI18n } from '@/i18n/i18n';

function spanText(figure: Pick<QuotaFigure, 'fromYear' | 'toYear'>): string {
  return figure.fromYear === figure.toYear
    ? String(figure.fromYear)
    : `${figure.fromYear}–${figure.toYear}`;
}

export function QuotaSection({
  indicators,
  unitName,
}: {
  indicators: Indicators;
  unitName: (id: string) => string;
}) {
  const { t } = useI18n();
  const spans = indicators.quotas.root;
  return (
    <section className="card dashboard-section" aria-labelledby="quota-heading">
      <h2 id="quota-heading">{t('dashboard.quota.heading')}</h2>
      {spans.length === 0 ? (
        <p className="muted">{t('dashboard.quota.none')}</p>
      ) : (
        spans.map((root) => {
          const children = indicators.quotas.children.filter(
            (figure) => figure.fromYear === root.fromYear && figure.toYear === root.toYear,
          );
          const span = spanText(root);
          return (
            <div key={span} className="quota-span">
              <h3>
                {t('dashboard.quota.span', { span })}{' '}
                <span className="muted quota-span__source">
                  {root.source === 'own'
                    ? t('dashboard.quota.sourceOwn')
                    : t('dashboard.quota.sourceSum')}
                </span>
              </h3>
              <table className="table quota-table">
                <caption className="visually-hidden">{t('dashboard.quota.span', { span })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('common.unit')}</th>
                    <th scope="col" className="quota-table__bar">
                      {t('dashboard.quota.progress')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.quota.admitted')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.quota.quota')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.quota.ratio')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[root, ...children].map((figure, index) => (
                    <QuotaRow
                      key={figure.unitId}
                      figure={figure}
                      name={unitName(figure.unitId)}
                      span={span}
                      total={index === 0}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          );
        })
      )}
      <RatesTable indicators={indicators} />
    </section>
  );
}

function QuotaRow({
  figure,
  name,
  span,
  total,
}: {
  figure: QuotaFigure;
  name: string;
  span: string;
  total: boolean;
}) {
  const { t, number, percent } = useI18n();
  const hasQuota = figure.quota > 0;
  return (
    <tr className={total ? 'quota-table__total' : undefined}>
      <th scope="row">{name}</th>
      <td className="quota-table__bar">
        {hasQuota && figure.ratio !== null ? (
          <progress
            className={`progress-bar quota-bar${figure.ratio >= 1 ? ' quota-bar--done' : ''}`}
            max={1}
            value={Math.min(figure.ratio, 1)}
            aria-label={t('dashboard.quota.barLabel', { unit: name, span })}
          />
        ) : (
          <span className="muted">{t('dashboard.quota.noQuota')}</span>
        )}
      </td>
      <td className="num">{number(figure.admitted)}</td>
      <td className="num">{hasQuota ? number(figure.quota) : '—'}</td>
      <td className="num">
        <strong>{percent(hasQuota ? figure.ratio : null)}</strong>
      </td>
    </tr>
  );
}

function RatesTable({ indicators }: { indicators: Indicators }) {
  const { t, number, percent } = useI18n();
  if (indicators.rates.length === 0) return null;
  return (
    <div className="quota-rates">
      <h3>{t('dashboard.rate.heading')}</h3>
      <p className="muted dashboard-note">{t('dashboard.rate.aim')}</p>
      <table className="table">
        <caption className="visually-hidden">{t('dashboard.rate.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.year')}</th>
            <th scope="col" className="num">
              {t('dashboard.rate.members')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.rate.admitted')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.rate.ratio')}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.rates.map((rate) => (
            <tr key={rate.year}>
              <th scope="row">{rate.year}</th>
              <td className="num">{number(rate.membersAtStart)}</td>
              <td className="num">{number(rate.admitted)}</td>
              <td className="num">{percent(rate.ratio)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
