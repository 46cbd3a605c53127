// Charts and tables of the dashboard, in a chunk of their own: recharts is the bulk of the
// route's code, and the figures at the top of the page do not wait for it.
import { memo } from 'react';
import type { Unit } from '@/domain/entities';
import type { Indicators } from '@/domain/indicator-types';
import type { PlaceFigures } from '@/domain/place-figures-types';
import { useI18n } from '@/i18n/i18n';
import { AdmissionsSeries } from './admissions-series';
import { CoverageSection } from './coverage-section';
import { viewSearch } from './dashboard-view';
import { ForecastSection, FunnelChart } from './pipeline-section';
import { PlacesPending, PlacesSection } from './places-section';
import { QuotaSection } from './quota-section';
import { StructureSection } from './structure-section';
import { UnitComparison } from './unit-comparison';

/**
 * Charts and tables; memoised so that the first pass of a new view, which shows its figures and
 * dims these (dashboard-page.tsx), does not redraw them.
 */
const DashboardDetails = memo(function DashboardDetails({
  indicators,
  places,
  unitsById,
}: {
  indicators: Indicators;
  /** The view's places (the section "Nguồn và địa bàn"); null until their own read is done. */
  places: PlaceFigures | null;
  unitsById: ReadonlyMap<string, Unit>;
}) {
  const { t } = useI18n();
  const unitName = (id: string) => unitsById.get(id)?.name ?? '—';
  // Links keep the period of the figures they sit in.
  const linkTo = (unit: Unit) => `/dashboard${viewSearch(unit.code, indicators.period)}`;
  const hasChildren = indicators.perUnit.length > 0;
  return (
    <>
      <AdmissionsSeries
        key={`${indicators.period.from}/${indicators.period.to}`}
        indicators={indicators}
      />
      <StructureSection indicators={indicators} />
      <QuotaSection indicators={indicators} unitName={unitName} />
      {hasChildren ? (
        <UnitComparison indicators={indicators} unitsById={unitsById} linkTo={linkTo} />
      ) : (
        <p className="muted dashboard-note">{t('dashboard.units.none')}</p>
      )}
      <FunnelChart indicators={indicators} />
      <ForecastSection indicators={indicators} unitName={unitName} />
      {hasChildren ? (
        <CoverageSection indicators={indicators} unitsById={unitsById} linkTo={linkTo} />
      ) : null}
      {places ? (
        <PlacesSection places={places} unitsById={unitsById} linkTo={linkTo} />
      ) : (
        <PlacesPending />
      )}
    </>
  );
});

export default DashboardDetails;
