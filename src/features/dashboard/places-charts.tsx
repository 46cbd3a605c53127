// The charts of "Nguồn và địa bàn", each with its table: residential areas by party organisation,
// the grade-12 students' funnel (per school in the table), enterprises by size with and without a
// party organisation; and the enterprises by sector as a table.
import type { Unit } from '@/domain/entities';
import {
  ORGANISATION_KEYS,
  SECTOR_KEYS,
  SIZE_BANDS,
  type EnterpriseGroup,
  type PlaceFigures,
} from '@/domain/place-figures-types';
import { useI18n } from '@/i18n/i18n';
import { ChartFrame } from '@/ui/chart-frame';
import { CHART_COLORS, HorizontalBars, StackedBars } from './charts';

const ORGANISATION_COLORS = {
  own: CHART_COLORS.green,
  shared: CHART_COLORS.accent,
  none: CHART_COLORS.primary,
  unknown: CHART_COLORS.grey,
} as const;

export function ResidentialChart({ places }: { places: PlaceFigures }) {
  const { t, number, percent } = useI18n();
  const title = t('placeFigures.residential.chart');
  const { organisation, total } = places.residential;
  const data = ORGANISATION_KEYS.map((key) => ({
    key,
    label: t(`placeFigures.organisation.${key}`),
    value: organisation[key].count,
    display: `${number(organisation[key].count)} · ${percent(organisation[key].ratio)}`,
    color: ORGANISATION_COLORS[key],
  }));
  return (
    <ChartFrame
      title={title}
      fileName="thon-to-dan-pho-theo-to-chuc-dang"
      description={t('placeFigures.residential.base', { count: number(total) })}
      table={
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('placeFigures.column.item')}</th>
              <th scope="col" className="num">
                {t('placeFigures.column.count')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ORGANISATION_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`placeFigures.organisation.${key}`)}</th>
                <td className="num">{number(organisation[key].count)}</td>
                <td className="num">{percent(organisation[key].ratio)}</td>
              </tr>
            ))}
            <tr className="places-table__total">
              <th scope="row">{t('placeFigures.row.total')}</th>
              <td className="num">{number(total)}</td>
              <td className="num">{percent(total > 0 ? 1 : null)}</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <HorizontalBars
        data={data}
        valueName={t('placeFigures.column.count')}
        tickFormatter={(value) => number(value)}
        tooltipFormatter={(_value, datum) => datum.display}
      />
    </ChartFrame>
  );
}

export function SchoolChart({
  places,
  unitsById,
}: {
  places: PlaceFigures;
  unitsById: ReadonlyMap<string, Unit>;
}) {
  const { t, number } = useI18n();
  const title = t('placeFigures.schools.chart');
  const { schools } = places;
  const steps = [
    { key: 'sourced', value: schools.sourced },
    { key: 'certified', value: schools.certified },
    { key: 'admitted', value: schools.admitted },
  ] as const;
  const data = steps.map((step) => ({
    key: step.key,
    label: t(`placeFigures.schools.${step.key}`),
    value: step.value,
    display: number(step.value),
    color: step.key === 'admitted' ? CHART_COLORS.green : CHART_COLORS.blue,
  }));
  return (
    <ChartFrame
      title={title}
      fileName="hoc-sinh-lop-12"
      description={t('placeFigures.schools.base', {
        schools: number(schools.total),
        students: number(schools.grade12Students),
      })}
      table={
        <div className="places-table__scroll">
          <table className="table places-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('placeFigures.column.school')}</th>
                <th scope="col" className="num">
                  {t('placeFigures.column.grade12')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.sourced')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.certified')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.admitted')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.perThousandStudents')}
                </th>
              </tr>
            </thead>
            <tbody>
              {schools.rows.map((row) => (
                <tr key={row.placeId}>
                  <th scope="row">
                    {row.name}
                    <span className="places-table__unit">
                      {unitsById.get(row.unitId)?.name ?? '—'}
                    </span>
                  </th>
                  <td className="num">{number(row.grade12Students)}</td>
                  <td className="num">{number(row.sourced)}</td>
                  <td className="num">{number(row.certified)}</td>
                  <td className="num">{number(row.admitted)}</td>
                  <td className="num">{number(row.perThousand)}</td>
                </tr>
              ))}
              <tr className="places-table__total">
                <th scope="row">{t('placeFigures.row.total')}</th>
                <td className="num">{number(schools.grade12Students)}</td>
                <td className="num">{number(schools.sourced)}</td>
                <td className="num">{number(schools.certified)}</td>
                <td className="num">{number(schools.admitted)}</td>
                <td className="num">{number(schools.perThousand)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      }
    >
      <HorizontalBars
        data={data}
        valueName={t('placeFigures.column.count')}
        tickFormatter={(value) => number(value)}
        tooltipFormatter={(_value, datum) => datum.display}
      />
      {schools.withoutAdmission > 0 ? (
        <p className="muted dashboard-note">
          {t('placeFigures.schools.withoutAdmission', { count: number(schools.withoutAdmission) })}
        </p>
      ) : null}
    </ChartFrame>
  );
}

export function EnterpriseChart({ places }: { places: PlaceFigures }) {
  const { t, number, percent } = useI18n();
  const title = t('placeFigures.enterprises.chart');
  const { enterprises } = places;
  const split = (group: EnterpriseGroup) => ({
    with: group.withOrganisation.count,
    without: group.withoutOrganisation.count,
    unknown: group.unknownOrganisation,
  });
  const data = SIZE_BANDS.map((band) => ({
    key: band,
    label: t(`placeFigures.size.${band}`),
    ...split(enterprises.bySize[band]),
  }));
  const { admitted } = enterprises;
  return (
    <ChartFrame
      title={title}
      fileName="doanh-nghiep-theo-quy-mo"
      description={t('placeFigures.enterprises.base', { count: number(enterprises.all.count) })}
      table={
        <div className="places-table__scroll">
          <table className="table places-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('placeFigures.column.size')}</th>
                <th scope="col" className="num">
                  {t('placeFigures.column.enterprises')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.withOrganisation')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.without')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.unknown')}
                </th>
                <th scope="col" className="num">
                  {t('placeFigures.column.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...SIZE_BANDS, 'all' as const].map((band) => {
                const group = band === 'all' ? enterprises.all : enterprises.bySize[band];
                return (
                  <tr key={band} className={band === 'all' ? 'places-table__total' : undefined}>
                    <th scope="row">
                      {band === 'all'
                        ? t('placeFigures.row.total')
                        : t(`placeFigures.size.${band}`)}
                    </th>
                    <td className="num">{number(group.count)}</td>
                    <td className="num">{number(group.withOrganisation.count)}</td>
                    <td className="num">{number(group.withoutOrganisation.count)}</td>
                    <td className="num">{number(group.unknownOrganisation)}</td>
                    <td className="num">{percent(group.withOrganisation.ratio)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      }
    >
      <StackedBars
        data={data}
        series={[
          { key: 'with', name: t('placeFigures.enterprises.with'), color: CHART_COLORS.green },
          {
            key: 'without',
            name: t('placeFigures.enterprises.without'),
            color: CHART_COLORS.primary,
          },
          { key: 'unknown', name: t('placeFigures.enterprises.unknown'), color: CHART_COLORS.grey },
        ]}
        tickFormatter={(value) => number(value)}
      />
      {admitted.total > 0 ? (
        <p className="muted dashboard-note">
          {t('placeFigures.enterprises.admitted', {
            total: number(admitted.total),
            worker: number(admitted.worker),
            manager: number(admitted.manager),
            other: number(admitted.other),
          })}
        </p>
      ) : null}
    </ChartFrame>
  );
}

export function SectorTable({ places }: { places: PlaceFigures }) {
  const { t, number, percent } = useI18n();
  const title = t('placeFigures.enterprises.sectorTable');
  const { enterprises } = places;
  if (enterprises.all.count === 0) return null;
  return (
    <section className="card places-sectors" aria-labelledby="places-sectors-heading">
      <h3 id="places-sectors-heading">{title}</h3>
      <div className="places-table__scroll">
        <table className="table places-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('placeFigures.column.sector')}</th>
              <th scope="col" className="num">
                {t('placeFigures.column.enterprises')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.withOrganisation')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.withOwn')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.tradeUnion')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.workers')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.partyMembers')}
              </th>
              <th scope="col" className="num">
                {t('placeFigures.column.perThousandWorkers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...SECTOR_KEYS, 'all' as const].map((sector) => {
              const group = sector === 'all' ? enterprises.all : enterprises.bySector[sector];
              if (sector === 'unknown' && group.count === 0) return null;
              return (
                <tr key={sector} className={sector === 'all' ? 'places-table__total' : undefined}>
                  <th scope="row">
                    {sector === 'all'
                      ? t('placeFigures.row.total')
                      : t(`placeFigures.sector.${sector}`)}
                  </th>
                  <td className="num">{number(group.count)}</td>
                  <td className="num">
                    {number(group.withOrganisation.count)}{' '}
                    <span className="places-table__share">
                      {percent(group.withOrganisation.ratio)}
                    </span>
                  </td>
                  <td className="num">{number(group.withOwn.count)}</td>
                  <td className="num">{number(group.withTradeUnion.count)}</td>
                  <td className="num">{number(group.workers)}</td>
                  <td className="num">{number(group.partyMembers)}</td>
                  <td className="num">{number(group.membersPerThousand)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
