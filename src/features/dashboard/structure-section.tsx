// The structure of the new members: shares of the admitted (youth union, women, minorities…),
// age groups, education levels, and within enterprises workers against managers/owners.
import type { Indicators } from '@/domain/indicator-types';
import { useI18n } from '@/i18n/i18n';
import { ChartFrame } from '@/ui/chart-frame';
import { CHART_COLORS, HorizontalBars } from './charts';
import {
  AGE_SHARES,
  EDUCATION_SHARES,
  STRUCTURE_SHARES,
  enterpriseRows,
  shareRows,
  withoutEmptyTail,
  type ShareRow,
} from './figures';

export function StructureSection({ indicators }: { indicators: Indicators }) {
  const { t, number } = useI18n();
  const base = t('dashboard.structure.baseAdmitted', { count: number(indicators.admitted) });
  const enterprise = indicators.structure.enterprise.count;
  if (indicators.admitted === 0) {
    return (
      <section aria-labelledby="structure-heading" className="card dashboard-section">
        <h2 id="structure-heading">{t('dashboard.structure.heading')}</h2>
        <p className="muted">{t('dashboard.structure.none')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="structure-heading" className="dashboard-section">
      <h2 id="structure-heading">{t('dashboard.structure.heading')}</h2>
      <div className="grid grid--2">
        <ShareChart
          title={t('dashboard.structure.title')}
          fileName="co-cau-dang-vien-moi"
          description={base}
          rows={shareRows(indicators, STRUCTURE_SHARES)}
          color={CHART_COLORS.primary}
        />
        <ShareChart
          title={t('dashboard.age.title')}
          fileName="do-tuoi-khi-ket-nap"
          description={base}
          rows={withoutEmptyTail(shareRows(indicators, AGE_SHARES), ['age18to30'])}
          color={CHART_COLORS.accent}
        />
        <ShareChart
          title={t('dashboard.education.title')}
          fileName="trinh-do-hoc-van"
          description={base}
          rows={withoutEmptyTail(shareRows(indicators, EDUCATION_SHARES))}
          color={CHART_COLORS.blue}
        />
        <ShareChart
          title={t('dashboard.enterprise.title')}
          fileName="trong-doanh-nghiep"
          description={t('dashboard.enterprise.base', { count: number(enterprise) })}
          rows={enterpriseRows(indicators)}
          color={CHART_COLORS.green}
        />
      </div>
    </section>
  );
}

function ShareChart({
  title,
  fileName,
  description,
  rows,
  color,
}: {
  title: string;
  fileName: string;
  description: string;
  rows: ShareRow[];
  color: string;
}) {
  const { t, number, percent } = useI18n();
  const data = rows.map((row) => ({
    key: row.key,
    label: t(row.labelKey),
    value: row.share.ratio === null ? 0 : row.share.ratio * 100,
    display: `${number(row.share.count)} · ${percent(row.share.ratio)}`,
  }));
  return (
    <ChartFrame
      title={title}
      fileName={fileName}
      description={description}
      table={
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.table.category')}</th>
              <th scope="col" className="num">
                {t('dashboard.table.count')}
              </th>
              <th scope="col" className="num">
                {t('dashboard.table.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(row.labelKey)}</th>
                <td className="num">{number(row.share.count)}</td>
                <td className="num">{percent(row.share.ratio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <HorizontalBars
        data={data}
        color={color}
        valueName={t('dashboard.table.share')}
        domainMax={100}
        tickFormatter={(value) => `${number(value)}%`}
        tooltipFormatter={(_value, datum) => datum.display}
      />
    </ChartFrame>
  );
}
