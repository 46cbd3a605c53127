// The places of the current filters as a table that scrolls in place; only the rows in view are
// drawn (windowed-rows.ts), so a province's thousands of places filter as fast as a commune's.
import { useRef } from 'react';
import type { Place } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { Link } from '@/ui/router';
import { TableHead } from '@/ui/page-components';
import type { IndexedPlace } from './place-filters';
import { useWindowedRows } from './windowed-rows';

const ROW_HEIGHT = 52;

interface PlaceListProps {
  items: readonly IndexedPlace[];
  unitName: (id: string) => string;
  placeName: (id: string | null) => string;
  /** The link to a place's form: the page's query with edit (or close) set. */
  linkTo: (param: 'edit' | 'close', id: string) => string;
  onReopen: (place: Place) => void;
  reopening: string | null;
}

export function PlaceList({
  items,
  unitName,
  placeName,
  linkTo,
  onReopen,
  reopening,
}: PlaceListProps) {
  const { t, date } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useWindowedRows(items.length, ROW_HEIGHT, scrollRef);

  const status = (place: Place) => {
    if (place.closedOn) {
      const closed = t('places.status.closed', { date: date(place.closedOn) });
      const into = place.successorId
        ? t('places.status.into', { name: placeName(place.successorId) })
        : null;
      return (
        <div
          className="places-status places-status--closed"
          title={into ? `${closed}, ${into}` : closed}
        >
          <span>{into ? `${closed},` : closed}</span>
          {into ? (
            <>
              {' '}
              <span>{into}</span>
            </>
          ) : null}
        </div>
      );
    }
    return (
      <div className="places-status">
        {place.openedOn ? t('places.status.openSince', { date: date(place.openedOn) }) : ''}
      </div>
    );
  };

  return (
    <div
      ref={scrollRef}
      className="places-scroll"
      role="region"
      aria-label={t('places.list.tableLabel')}
      tabIndex={0}
    >
      <table className="table places-table" aria-rowcount={items.length + 1}>
        <TableHead
          rowIndex={1}
          columns={[
            t('places.col.name'),
            t('places.col.kind'),
            t('places.col.code'),
            t('places.col.unit'),
            t('places.col.status'),
            { label: t('places.col.actions'), hidden: true },
          ]}
        />
        <tbody>
          {rows.above > 0 ? (
            <tr className="places-spacer" aria-hidden="true" style={{ height: rows.above }}>
              <td colSpan={6} />
            </tr>
          ) : null}
          {items.slice(rows.start, rows.end).map(({ place }, offset) => (
            <tr key={place.id} aria-rowindex={rows.start + offset + 2} className="places-row">
              <th scope="row">
                <div className="places-table__clip">{place.name}</div>
              </th>
              <td>
                <div className="places-table__clip">
                  {t(`places.kind.${place.kind}`)}
                  {place.enterpriseSector ? (
                    <span className="muted"> · {t(`places.sector.${place.enterpriseSector}`)}</span>
                  ) : null}
                </div>
              </td>
              <td className="places-table__code">
                <div className="places-table__clip">{place.code ?? ''}</div>
              </td>
              <td>
                <div className="places-table__clip">{unitName(place.unitId)}</div>
              </td>
              <td>{status(place)}</td>
              <td className="places-table__actions">
                <Link
                  to={linkTo('edit', place.id)}
                  className="button button--small"
                  aria-label={t('places.action.editNamed', { name: place.name })}
                >
                  {t('common.edit')}
                </Link>
                {place.closedOn ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('places.action.reopenNamed', { name: place.name })}
                    disabled={reopening === place.id}
                    onClick={() => onReopen(place)}
                  >
                    {t('places.action.reopen')}
                  </button>
                ) : (
                  <Link
                    to={linkTo('close', place.id)}
                    className="button button--small"
                    aria-label={t('places.action.closeNamed', { name: place.name })}
                  >
                    {t('places.action.close')}
                  </Link>
                )}
              </td>
            </tr>
          ))}
          {rows.below > 0 ? (
            <tr className="places-spacer" aria-hidden="true" style={{ height: rows.below }}>
              <td colSpan={6} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
