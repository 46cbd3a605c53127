// Admissions over the period by month, quarter or year (the domain aggregates them: a chart of a
// province's 250,000 people never draws more than a few hundred bars).
import { useId, useState } from 'react';
import type { Indicators } from '@/domain/indicator-types';
import { useI18n } from '@/i18n/i18n';
import { ChartFrame } from '@/ui/chart-frame';
import { ColumnBars } from './charts';
import { defaultGranularity, seriesLabel, type SeriesGranularity } from './figures';

const GRANULARITIES: readonly SeriesGranularity[] = ['monthly', 'quarterly', 'yearly'];

export function AdmissionsSeries({ indicators }: { indicators: Indicators }) {
  const { t, number } = useI18n();
  const id = useId();
  const [granularity, setGranularity] = useState<SeriesGranularity>(() =>
    defaultGranularity(indicators.period.from, indicators.period.to),
  );
  const points = indicators.series[granularity];
  const data = points.map((point) => ({
    key: point.key,
    label: seriesLabel(point.key, t),
    value: point.admitted,
    display: number(point.admitted),
  }));
  const title = t('dashboard.series.title');

  const controls = (
    <div className="segmented" role="radiogroup" aria-label={t('dashboard.series.by')}>
      {GRANULARITIES.map((option) => (
        <label key={option} className="segmented__option">
          <input
            type="radio"
            name={`${id}-granularity`}
            value={option}
            checked={granularity === option}
            onChange={() => setGranularity(option)}
          />
          <span>{t(`dashboard.series.${option}`)}</span>
        </label>
      ))}
    </div>
  );

  return (
    <ChartFrame
      title={title}
      fileName={`ket-nap-theo-${granularity === 'monthly' ? 'thang' : granularity === 'quarterly' ? 'quy' : 'nam'}`}
      description={t('dashboard.series.description', { count: number(indicators.admitted) })}
      controls={controls}
      table={
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`dashboard.series.column.${granularity}`)}</th>
              <th scope="col" className="num">
                {t('dashboard.series.admitted')}
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
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.table.total')}</th>
              <td className="num">{number(indicators.admitted)}</td>
            </tr>
          </tfoot>
        </table>
      }
    >
      <ColumnBars
        data={data}
        valueName={t('dashboard.series.admitted')}
        showLabels={data.length <= 24}
        tickFormatter={(value) => number(value)}
        tooltipFormatter={(_value, datum) => datum.display}
      />
    </ChartFrame>
  );
}
