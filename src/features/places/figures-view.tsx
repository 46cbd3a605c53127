// The figures view of /places: the filters with a kind and a year, and the grid of that year's
// figures for the places of the filters. The year's figures are read by the year index, once.
import { useDeferredValue, useMemo } from 'react';
import type { Place } from '@/domain/entities';
import { localIsoDate } from '@/domain/dates';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert, EmptyState, Loading } from '@/ui/components';
import { FIGURE_COLUMNS } from './figure-columns';
import { FiguresEditor } from './figures-editor';
import { PlaceFilterForm } from './place-filter-form';
import { filterPlaces, type IndexedPlace, type PlaceFilters } from './place-filters';
import { usePlaceFigures } from './places-query';

/** The years offered: next year back to this many years ago. */
const YEARS_BACK = 15;

interface FiguresViewProps {
  scope: Scope;
  filters: PlaceFilters;
  setFilters: (next: Partial<PlaceFilters>, replace?: boolean) => void;
  index: readonly IndexedPlace[];
  unitIds: ReadonlySet<string> | null;
  byId: ReadonlyMap<string, Place>;
}

export function FiguresView({
  scope,
  filters,
  setFilters,
  index,
  unitIds,
  byId,
}: FiguresViewProps) {
  const { t, number } = useI18n();
  const thisYear = Number(localIsoDate().slice(0, 4));
  const year = filters.year ?? thisYear;
  const kind = filters.kind || 'residential';
  const years = useMemo(() => {
    const list: number[] = [];
    for (let each = thisYear + 1; each >= thisYear - YEARS_BACK; each -= 1) list.push(each);
    if (!list.includes(year)) list.push(year);
    return list.sort((a, b) => b - a);
  }, [thisYear, year]);
  const deferredQ = useDeferredValue(filters.q);
  const rows = useMemo(
    () =>
      filterPlaces(index, { kind, q: deferredQ, closed: filters.closed }, unitIds).map(
        (item) => item.place,
      ),
    [index, kind, deferredQ, filters.closed, unitIds],
  );
  const placeIds = useMemo(() => new Set(byId.keys()), [byId]);
  const figures = usePlaceFigures(scope, year, placeIds);
  const ofKind = index.filter(({ place }) => place.kind === kind).length;
  const kindName = t(`places.kind.${kind}`);

  return (
    <>
      <PlaceFilterForm
        filters={filters}
        onChange={setFilters}
        onClear={() => setFilters({ unit: '', kind: '', q: '', closed: false }, false)}
        tree={scope.tree}
        figures={{ year, years }}
        count={t('places.list.count', { shown: number(rows.length), total: number(ofKind) })}
      />
      <section className="figures" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('places.figures.heading', { year })}</h2>
        <p className="muted figures__intro">{t('places.figures.intro')}</p>
        <p className="muted figures__intro">{t('places.figures.words')}</p>
        {figures.isLoading ? (
          <Loading label={t('common.loading')} />
        ) : figures.error ? (
          <Alert tone="error">{t('common.error', { message: figures.error.message })}</Alert>
        ) : (
          <>
            {rows.length === 0 ? (
              <EmptyState title={t('places.noMatch.title')}>
                {t('places.figures.empty', { kind: kindName })}
              </EmptyState>
            ) : null}
            <FiguresEditor
              key={year}
              year={year}
              label={t('places.figures.tableLabel', { year, kind: kindName })}
              columns={FIGURE_COLUMNS[kind]}
              rows={rows}
              places={byId}
              figures={figures.data ?? []}
              unitName={scope.unitName}
            />
          </>
        )}
      </section>
    </>
  );
}
