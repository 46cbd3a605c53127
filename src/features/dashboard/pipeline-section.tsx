// Where the people of the viewed units stand today (the funnel, people removed shown apart), and
// whether the quota of the current span will be met (the forecast, with the shortfall per unit).
import type { ForecastFigure, Indicators } from '@/domain/indicator-types';
import { localIsoDate } from '@/domain/dates';
import { useI18n } from '@/i18n/i18n';
import { ChartFrame } from '@/ui/chart-frame';
import { ScrollRegion } from '@/ui/components';
import { CHART_COLORS, HorizontalBars } from './charts';
import { FUNNEL_STAGES } from './figures';

export function FunnelChart({ indicators }: { indicators: Indicators }) {
  const { t, number, date } = useI18n();
  const title = t('dashboard.funnel.title');
  const data = FUNNEL_STAGES.map((stage) => ({
    key: stage,
    label: t(`stage.${stage}`),
    value: indicators.funnel[stage],
    display: number(indicators.funnel[stage]),
    color: stage === 'probation' || stage === 'official' ? CHART_COLORS.green : undefined,
  }));
  const removed = indicators.funnel.removed;
  return (
    <ChartFrame
      title={title}
      className="funnel"
      fileName="quy-trinh-phat-trien-dang-vien"
      description={t('dashboard.funnel.description')}
      imageDescription={t('dashboard.funnel.imageDescription', {
        date: date(localIsoDate()),
        count: number(FUNNEL_STAGES.reduce((sum, stage) => sum + indicators.funnel[stage], 0)),
      })}
      table={
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.funnel.stage')}</th>
              <th scope="col" className="num">
                {t('dashboard.table.people')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td className="num">{datum.display}</td>
              </tr>
            ))}
            <tr className="funnel-removed">
              <th scope="row">{t('stage.removed')}</th>
              <td className="num">{number(removed)}</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <HorizontalBars
        data={data}
        color={CHART_COLORS.primary}
        valueName={t('dashboard.table.people')}
        tickFormatter={(value) => number(value)}
        tooltipFormatter={(_value, datum) => datum.display}
      />
      <p className="muted dashboard-note">
        {t('dashboard.funnel.removed', { count: number(removed) })}
      </p>
    </ChartFrame>
  );
}

export function ForecastSection({
  indicators,
  unitName,
}: {
  indicators: Indicators;
  unitName: (id: string) => string;
}) {
  const { t, number, date } = useI18n();
  const { root, children } = indicators.forecast;
  return (
    <section className="card dashboard-section" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t('dashboard.forecast.heading')}</h2>
      {root === null ? (
        <p className="muted">{t('dashboard.forecast.none')}</p>
      ) : (
        <>
          <p className="forecast-summary">
            {t(
              root.shortfall > 0
                ? 'dashboard.forecast.summaryShort'
                : 'dashboard.forecast.summaryMet',
              {
                unit: unitName(root.unitId),
                end: date(`${root.toYear}-12-31`),
                forecast: number(Math.round(root.forecast)),
                quota: number(root.quota),
                shortfall: number(Math.round(root.shortfall)),
              },
            )}
          </p>
          <p className="muted dashboard-note">{t('dashboard.forecast.method')}</p>
          <ScrollRegion label={t('common.tableOf', { title: t('dashboard.forecast.heading') })}>
            <table className="table forecast-table">
              <caption className="visually-hidden">{t('dashboard.forecast.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.unit')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.quota')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.admittedSoFar')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.runRate')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.monthsLeft')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.pipeline')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.forecast')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.forecast.shortfall')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[root, ...children].map((figure, index) => (
                  <ForecastRow
                    key={figure.unitId}
                    figure={figure}
                    name={unitName(figure.unitId)}
                    total={index === 0}
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}

function ForecastRow({
  figure,
  name,
  total,
}: {
  figure: ForecastFigure;
  name: string;
  total: boolean;
}) {
  const { number } = useI18n();
  const hasQuota = figure.quota > 0;
  return (
    <tr className={total ? 'quota-table__total' : undefined}>
      <th scope="row">{name}</th>
      <td className="num">{hasQuota ? number(figure.quota) : '—'}</td>
      <td className="num">{number(figure.admittedSoFar)}</td>
      <td className="num">{number(figure.runRatePerMonth)}</td>
      <td className="num">{number(figure.monthsLeft)}</td>
      <td className="num">{number(figure.pipeline)}</td>
      <td className="num">{number(Math.round(figure.forecast))}</td>
      <td className={figure.shortfall > 0 && hasQuota ? 'num forecast-short' : 'num'}>
        {hasQuota ? number(Math.round(figure.shortfall)) : '—'}
      </td>
    </tr>
  );
}
