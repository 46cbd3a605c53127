// The lists of "Nguồn và địa bàn" the province acts on — residential areas without a party
// member (with their commune), those that received their first member in the period, the largest
// enterprises without a party organisation — and the figures per direct child, each name opening
// that unit's dashboard for the same period.
import type { ReactNode } from 'react';
import { Link } from '@/ui/router';
import type { Unit } from '@/domain/entities';
import type { PlaceFigures } from '@/domain/place-figures-types';
import { useI18n } from '@/i18n/i18n';
import { ScrollRegion } from '@/ui/components';

interface ListProps {
  places: PlaceFigures;
  unitsById: ReadonlyMap<string, Unit>;
}

function PlaceList({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  const { number } = useI18n();
  return (
    <section className="card coverage-list places-list" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="badge">{number(count)}</span>
      </h3>
      {count === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

export function WithoutMemberList({ places, unitsById }: ListProps) {
  const { t } = useI18n();
  const commune = (id: string | null) =>
    (id ? unitsById.get(id)?.name : undefined) ?? t('placeFigures.commune.unknown');
  const list = places.residential.withoutMember;
  return (
    <PlaceList
      id="places-without-member"
      title={t('placeFigures.withoutMember.title')}
      count={list.length}
      empty={t('placeFigures.withoutMember.none')}
    >
      <ul>
        {list.map((item) => (
          <li key={item.placeId}>
            {item.name}
            <span className="coverage-figure">{commune(item.communeId)}</span>
          </li>
        ))}
      </ul>
    </PlaceList>
  );
}

export function FirstMembersList({ places, unitsById }: ListProps) {
  const { t, date } = useI18n();
  const commune = (id: string | null) =>
    (id ? unitsById.get(id)?.name : undefined) ?? t('placeFigures.commune.unknown');
  const list = places.residential.firstMembers;
  return (
    <PlaceList
      id="places-first-members"
      title={t('placeFigures.firstMembers.title')}
      count={list.length}
      empty={t('placeFigures.firstMembers.none')}
    >
      <ul>
        {list.map((item) => (
          <li key={item.placeId}>
            {item.name}
            <span className="coverage-figure">
              {commune(item.communeId)} · {date(item.admittedOn)}
            </span>
          </li>
        ))}
      </ul>
    </PlaceList>
  );
}

export function LargestWithoutList({ places, unitsById }: ListProps) {
  const { t, number } = useI18n();
  const { enterprises } = places;
  const list = enterprises.largestWithout;
  const total = enterprises.all.withoutOrganisation.count;
  const title = t('placeFigures.largest.title');
  return (
    <PlaceList
      id="places-largest"
      title={title}
      count={total}
      empty={t('placeFigures.largest.none')}
    >
      <table className="table places-largest">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('placeFigures.column.enterprise')}</th>
            <th scope="col">{t('placeFigures.column.sector')}</th>
            <th scope="col" className="num">
              {t('placeFigures.column.workers')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((item) => (
            <tr key={item.placeId}>
              <th scope="row">
                {item.name}
                <span className="places-table__unit">
                  {unitsById.get(item.unitId)?.name ?? '—'}
                </span>
              </th>
              <td>{t(`placeFigures.sector.${item.sector}`)}</td>
              <td className="num">{number(item.workers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > list.length ? (
        <p className="muted dashboard-note">
          {t('placeFigures.largest.more', { count: number(total - list.length) })}
        </p>
      ) : null}
    </PlaceList>
  );
}

export function PlaceUnitTable({
  places,
  unitsById,
  linkTo,
}: ListProps & { linkTo: (unit: Unit) => string }) {
  const { t, number, percent } = useI18n();
  const title = t('placeFigures.units.title');
  const columns = [
    'residential',
    'residentialOwn',
    'withoutMember',
    'schools',
    'grade12',
    'schoolAdmitted',
    'perThousand',
    'enterprises',
    'withOrganisation',
  ] as const;
  return (
    <section className="card dashboard-section" aria-labelledby="places-units-heading">
      <h3 id="places-units-heading">{title}</h3>
      <p className="muted dashboard-note">{t('placeFigures.units.hint')}</p>
      <ScrollRegion label={t('common.tableOf', { title })}>
        <table className="table unit-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.unit')}</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="num">
                  {t(`placeFigures.units.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {places.perUnit.map((row) => {
              const unit = unitsById.get(row.unitId);
              const name = unit?.name ?? '—';
              return (
                <tr key={row.unitId}>
                  <th scope="row">
                    {row.unitId === places.rootUnitId ? (
                      t('placeFigures.units.self', { name })
                    ) : unit ? (
                      <Link to={linkTo(unit)}>{name}</Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td className="num">{number(row.residential)}</td>
                  <td className="num">
                    {number(row.residentialOwn.count)}{' '}
                    <span className="unit-table__share">{percent(row.residentialOwn.ratio)}</span>
                  </td>
                  <td className="num">{number(row.residentialWithoutMember)}</td>
                  <td className="num">{number(row.schools)}</td>
                  <td className="num">{number(row.grade12Students)}</td>
                  <td className="num">{number(row.schoolAdmitted)}</td>
                  <td className="num">{number(row.schoolPerThousand)}</td>
                  <td className="num">{number(row.enterprises)}</td>
                  <td className="num">
                    {number(row.enterprisesWithOrganisation.count)}{' '}
                    <span className="unit-table__share">
                      {percent(row.enterprisesWithOrganisation.ratio)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
