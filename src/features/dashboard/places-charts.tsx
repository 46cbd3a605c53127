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
import { FiguresTable } from './figures-table';

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
        <FiguresTable
          caption={title}
          columns={[
            t('placeFigures.column.item'),
            t('placeFigures.column.count'),
            t('placeFigures.column.share'),
          ]}
          rows={[
            ...ORGANISATION_KEYS.map((key) => ({
              key,
              header: t(`placeFigures.organisation.${key}`),
              cells: [number(organisation[key].count), percent(organisation[key].ratio)],
            })),
            {
              key: 'total',
              header: t('placeFigures.row.total'),
              cells: [number(total), percent(total > 0 ? 1 : null)],
              total: true,
            },
          ]}
        />
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
        <FiguresTable
          caption={title}
          wide
          columns={[
            t('placeFigures.column.school'),
            t('placeFigures.column.grade12'),
            t('placeFigures.column.sourced'),
            t('placeFigures.column.certified'),
            t('placeFigures.column.admitted'),
            t('placeFigures.column.perThousandStudents'),
          ]}
          rows={[
            ...schools.rows.map((row) => ({
              key: row.placeId,
              header: (
                <>
                  {row.name}
                  <span className="places-table__unit">
                    {unitsById.get(row.unitId)?.name ?? '—'}
                  </span>
                </>
              ),
              cells: [
                row.grade12Students,
                row.sourced,
                row.certified,
                row.admitted,
                row.perThousand,
              ].map((value) => number(value)),
            })),
            {
              key: 'total',
              header: t('placeFigures.row.total'),
              cells: [
                schools.grade12Students,
                schools.sourced,
                schools.certified,
                schools.admitted,
                schools.perThousand,
              ].map((value) => number(value)),
              total: true,
            },
          ]}
        />
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
        <FiguresTable
          caption={title}
          wide
          columns={[
            t('placeFigures.column.size'),
            t('placeFigures.column.enterprises'),
            t('placeFigures.column.withOrganisation'),
            t('placeFigures.column.without'),
            t('placeFigures.column.unknown'),
            t('placeFigures.column.share'),
          ]}
          rows={[...SIZE_BANDS, 'all' as const].map((band) => {
            const group = band === 'all' ? enterprises.all : enterprises.bySize[band];
            return {
              key: band,
              header: band === 'all' ? t('placeFigures.row.total') : t(`placeFigures.size.${band}`),
              cells: [
                number(group.count),
                number(group.withOrganisation.count),
                number(group.withoutOrganisation.count),
                number(group.unknownOrganisation),
                percent(group.withOrganisation.ratio),
              ],
              total: band === 'all',
            };
          })}
        />
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
      <FiguresTable
        caption={title}
        wide
        columns={[
          t('placeFigures.column.sector'),
          t('placeFigures.column.enterprises'),
          t('placeFigures.column.withOrganisation'),
          t('placeFigures.column.withOwn'),
          t('placeFigures.column.tradeUnion'),
          t('placeFigures.column.workers'),
          t('placeFigures.column.partyMembers'),
          t('placeFigures.column.perThousandWorkers'),
        ]}
        rows={[...SECTOR_KEYS, 'all' as const].flatMap((sector) => {
          const group = sector === 'all' ? enterprises.all : enterprises.bySector[sector];
          if (sector === 'unknown' && group.count === 0) return [];
          const header =
            sector === 'all' ? t('placeFigures.row.total') : t(`placeFigures.sector.${sector}`);
          const withOrganisation = (
            <>
              {number(group.withOrganisation.count)}{' '}
              <span className="places-table__share">{percent(group.withOrganisation.ratio)}</span>
            </>
          );
          return [
            {
              key: sector,
              header,
              cells: [
                number(group.count),
                withOrganisation,
                number(group.withOwn.count),
                number(group.withTradeUnion.count),
                number(group.workers),
                number(group.partyMembers),
                number(group.membersPerThousand),
              ],
              total: sector === 'all',
            },
          ];
        })}
      />
    </section>
  );
}
