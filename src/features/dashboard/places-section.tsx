// "Nguồn và địa bàn": where the party is present and where it is not, for the viewed unit and
// period — residential areas with their own chi bộ or without a member, grade-12 students as a
// source, enterprises with a party organisation — as tiles, a chart per kind with its table, the
// lists the province acts on, and the same figures per direct child (each name opens its view).
import { Link } from '@/ui/router';
import type { Unit } from '@/domain/entities';
import type { PlaceFigures } from '@/domain/place-figures-types';
import { useI18n } from '@/i18n/i18n';
import { EmptyState, Stat } from '@/ui/components';
import { EnterpriseChart, ResidentialChart, SchoolChart, SectorTable } from './places-charts';
import {
  FirstMembersList,
  LargestWithoutList,
  PlaceUnitTable,
  WithoutMemberList,
} from './places-lists';

export function PlacesSection({
  places,
  unitsById,
  linkTo,
}: {
  places: PlaceFigures;
  unitsById: ReadonlyMap<string, Unit>;
  linkTo: (unit: Unit) => string;
}) {
  const { t, number } = useI18n();
  const fromYear = places.period.from.slice(0, 4);
  const toYear = places.period.to.slice(0, 4);
  const { residential, schools, enterprises } = places;
  const noFigures = residential.noFigures + schools.noFigures + enterprises.noFigures;
  return (
    <section aria-labelledby="places-heading" className="dashboard-section places-section">
      <h2 id="places-heading">{t('placeFigures.heading')}</h2>
      {places.places === 0 ? (
        <EmptyState
          title={t('placeFigures.empty.title')}
          action={
            <p className="places-empty__actions">
              <Link className="button button--primary" to="/places">
                {t('placeFigures.empty.toPlaces')}
              </Link>{' '}
              <Link className="button" to="/places/import">
                {t('placeFigures.empty.toImport')}
              </Link>
            </p>
          }
        >
          {t('placeFigures.empty.body')}
        </EmptyState>
      ) : (
        <>
          <p className="muted dashboard-note places-note">
            {t('placeFigures.note', {
              years: fromYear === toYear ? fromYear : `${fromYear}–${toYear}`,
            })}{' '}
            {noFigures > 0
              ? t('placeFigures.noFigures', {
                  residential: number(residential.noFigures),
                  schools: number(schools.noFigures),
                  enterprises: number(enterprises.noFigures),
                })
              : null}
          </p>
          <PlaceTiles places={places} />
          <div className="grid grid--3 places-charts">
            <ResidentialChart places={places} />
            <SchoolChart places={places} unitsById={unitsById} />
            <EnterpriseChart places={places} />
          </div>
          <div className="grid grid--3 places-lists">
            <WithoutMemberList places={places} unitsById={unitsById} />
            <FirstMembersList places={places} unitsById={unitsById} />
            <LargestWithoutList places={places} unitsById={unitsById} />
          </div>
          <SectorTable places={places} />
          {places.perUnit.length > 1 || places.perUnit[0]?.unitId !== places.rootUnitId ? (
            <PlaceUnitTable places={places} unitsById={unitsById} linkTo={linkTo} />
          ) : null}
        </>
      )}
    </section>
  );
}

function PlaceTiles({ places }: { places: PlaceFigures }) {
  const { t, number, percent } = useI18n();
  const { residential, schools, enterprises } = places;
  return (
    <div className="grid grid--4 places-kpis" role="group" aria-label={t('placeFigures.tiles')}>
      <Stat
        label={t('placeFigures.tile.residentialOwn')}
        value={percent(residential.organisation.own.ratio)}
        hint={t('placeFigures.tile.residentialOwnHint', {
          count: number(residential.organisation.own.count),
          total: number(residential.total),
        })}
      />
      <Stat
        label={t('placeFigures.tile.withoutMember')}
        value={number(residential.withoutMember.length)}
        hint={t('placeFigures.tile.withoutMemberHint', { total: number(residential.total) })}
      />
      <Stat
        label={t('placeFigures.tile.schoolRate')}
        value={number(schools.perThousand)}
        hint={t('placeFigures.tile.schoolRateHint', {
          admitted: number(schools.admitted),
          students: number(schools.grade12Students),
        })}
      />
      <Stat
        label={t('placeFigures.tile.enterpriseOrganisation')}
        value={percent(enterprises.all.withOrganisation.ratio)}
        hint={t('placeFigures.tile.enterpriseOrganisationHint', {
          count: number(enterprises.all.withOrganisation.count),
          total: number(enterprises.all.count),
        })}
      />
    </div>
  );
}

/** The section's place while the places are read (a read of their own, after the key figures). */
export function PlacesPending() {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="places-heading"
      aria-busy="true"
      className="dashboard-section places-section"
    >
      <h2 id="places-heading">{t('placeFigures.heading')}</h2>
      <p className="muted">{t('placeFigures.loading')}</p>
    </section>
  );
}
