// /places (Địa bàn và nguồn): the places the installation's units answer for, as a list (add,
// edit, close into a successor, reopen) or as the yearly figures' grid. Everything the screen
// shows is in its URL: the view, the filters, the year, and ?edit=new|<id> or ?close=<id> for a
// form opened in place (Back leaves the form, a reload keeps it).
import { useDeferredValue, useMemo, useState } from 'react';
import type { Place } from '@/domain/entities';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { useScope, type Scope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader } from '@/ui/components';
import { LinkButton, Loaded } from '@/ui/page-components';
import { Link, useSearchParams } from '@/ui/router';
import { ClosePlaceForm } from './close-place-form';
import { FiguresView } from './figures-view';
import { PlaceFilterForm } from './place-filter-form';
import {
  filterPlaces,
  indexPlaces,
  readPlaceFilters,
  writePlaceFilters,
  type IndexedPlace,
  type PlaceFilters,
} from './place-filters';
import { PlaceForm } from './place-form';
import { PlaceList } from './place-list';
import { usePlaces } from './places-query';
import { newPlaceFormInput, toPlaceFormInput, useReopenPlace } from './save-place';
import './places.css';

export const IMPORT_PATH = '/places/import';

export default function PlacesPage() {
  return <Loaded value={useScope().scope}>{(scope) => <PlacesScreen scope={scope} />}</Loaded>;
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;

function PlacesScreen({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = readPlaceFilters(params);
  const editing = params.get('edit');
  const closing = params.get('close');
  const places = usePlaces(scope);
  const reopen = useReopenPlace();
  const [notice, setNotice] = useState<Notice>(null);
  // The list is filtered behind the typing, so the search box stays responsive.
  const deferredQ = useDeferredValue(filters.q);

  const unitOrder = useMemo(
    () => new Map(scope.tree.map(({ unit }, index) => [unit.id, index])),
    [scope.tree],
  );
  const index = useMemo(() => indexPlaces(places.data ?? [], unitOrder), [places.data, unitOrder]);
  const byId = useMemo(() => new Map(index.map(({ place }) => [place.id, place])), [index]);
  const unitIds = useMemo(
    () =>
      filters.unit && scope.unitIds.has(filters.unit)
        ? subtreeIdsOf(scope.units, filters.unit)
        : null,
    [scope, filters.unit],
  );

  const setFilters = (next: Partial<PlaceFilters>, replace = false) => {
    setNotice(null);
    // Typing in the search box replaces the history entry; a choice adds one (Back undoes it).
    setParams(writePlaceFilters({ ...filters, ...next }), { replace });
  };
  const linkTo = (param: 'edit' | 'close', id: string) => {
    const next = writePlaceFilters(filters);
    next.set(param, id);
    return `?${next.toString()}`;
  };
  const backToList = (next: Notice) => {
    setNotice(next);
    setParams(writePlaceFilters(filters));
  };
  const placeName = (id: string | null) => (id ? (byId.get(id)?.name ?? '—') : '—');

  const onReopen = async (place: Place) => {
    try {
      await reopen.mutateAsync(place.id);
      setNotice({ tone: 'ok', text: t('places.reopen.done', { name: place.name }) });
    } catch (error) {
      setNotice({ tone: 'error', text: storageErrorMessage(t, error, 'save') });
    }
  };

  if (places.isLoading) return <Loading label={t('common.loading')} />;
  if (places.error)
    return <Alert tone="error">{t('common.error', { message: places.error.message })}</Alert>;
  const all = index.map(({ place }) => place);

  if (editing || closing) {
    return (
      <>
        <PageHeader
          title={t('places.title')}
          actions={
            <LinkButton
              to={`?${writePlaceFilters(filters).toString()}`}
              label={t('places.backToList')}
            />
          }
        />
        <PlacePanel
          key={editing ?? closing}
          scope={scope}
          mode={editing ? 'edit' : 'close'}
          found={byId.get(editing ?? closing ?? '')}
          isNew={editing === 'new'}
          filters={filters}
          places={all}
          onDone={backToList}
        />
      </>
    );
  }

  const shown = filterPlaces(index, { ...filters, q: deferredQ }, unitIds);
  const actions = (
    <>
      <LinkButton to={linkTo('edit', 'new')} label={t('places.add')} primary />
      <LinkButton to={IMPORT_PATH} label={t('places.import')} />
    </>
  );

  return (
    <>
      <PageHeader
        title={t('places.title')}
        description={t('places.description')}
        actions={actions}
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {index.length === 0 ? (
        <EmptyState
          title={t('places.empty.title')}
          action={
            <div className="places-empty__actions">
              <LinkButton to={linkTo('edit', 'new')} label={t('places.add')} primary />
              <LinkButton to={IMPORT_PATH} label={t('places.import')} />
            </div>
          }
        >
          {t('places.empty.body')}
        </EmptyState>
      ) : (
        <>
          <ViewTabs filters={filters} />
          {filters.view === 'figures' ? (
            <FiguresView
              scope={scope}
              filters={filters}
              setFilters={setFilters}
              index={index}
              unitIds={unitIds}
              byId={byId}
            />
          ) : (
            <ListView
              scope={scope}
              filters={filters}
              setFilters={setFilters}
              onClear={() => setParams(new URLSearchParams())}
              index={index}
              shown={shown}
              placeName={placeName}
              linkTo={linkTo}
              onReopen={onReopen}
              reopening={reopen.isPending ? (reopen.variables ?? null) : null}
            />
          )}
        </>
      )}
    </>
  );
}

interface PlacePanelProps {
  scope: Scope;
  mode: 'edit' | 'close';
  found: Place | undefined;
  isNew: boolean;
  filters: PlaceFilters;
  places: readonly Place[];
  onDone: (notice: Notice) => void;
}

/** The form opened in place of the list: add or edit a place, or close one. */
function PlacePanel({ scope, mode, found, isNew, filters, places, onDone }: PlacePanelProps) {
  const { t } = useI18n();
  // A place removed meanwhile (another tab's import) keeps its open form and input; the save
  // then says what happened (the conflict view offers to save it as a new place).
  const [opened] = useState(found);
  const existing = found ?? opened;
  if (!isNew && !existing) return <Alert tone="warn">{t('places.notFound')}</Alert>;
  if (mode === 'close' && existing) {
    return (
      <ClosePlaceForm
        scope={scope}
        place={existing}
        places={places}
        onClosed={(text) => onDone({ tone: 'ok', text })}
        onCancel={() => onDone(null)}
      />
    );
  }
  return (
    <PlaceForm
      scope={scope}
      existing={existing}
      defaults={
        existing
          ? toPlaceFormInput(existing)
          : newPlaceFormInput(filters.kind, defaultUnit(scope, filters.unit))
      }
      places={places}
      onSaved={(saved) => onDone({ tone: 'ok', text: t('places.saved', { name: saved.name }) })}
      onCancel={() => onDone(null)}
    />
  );
}

interface ListViewProps {
  scope: Scope;
  filters: PlaceFilters;
  setFilters: (next: Partial<PlaceFilters>, replace?: boolean) => void;
  onClear: () => void;
  index: readonly IndexedPlace[];
  shown: readonly IndexedPlace[];
  placeName: (id: string | null) => string;
  linkTo: (param: 'edit' | 'close', id: string) => string;
  onReopen: (place: Place) => void;
  reopening: string | null;
}

/** The list view: the filters and the places that pass them. */
function ListView({ scope, filters, setFilters, onClear, index, shown, ...list }: ListViewProps) {
  const { t, number } = useI18n();
  return (
    <>
      <PlaceFilterForm
        filters={filters}
        onChange={setFilters}
        onClear={onClear}
        tree={scope.tree}
        count={t('places.list.count', {
          shown: number(shown.length),
          total: number(index.length),
        })}
      />
      {shown.length === 0 ? (
        <EmptyState title={t('places.noMatch.title')}>{t('places.noMatch.body')}</EmptyState>
      ) : (
        <PlaceList items={shown} unitName={scope.unitName} {...list} />
      )}
    </>
  );
}

/** A new place's unit: the filter's, else the home unit. */
function defaultUnit(scope: Scope, fromFilter: string): string {
  if (fromFilter && scope.unitIds.has(fromFilter)) return fromFilter;
  return scope.homeUnit?.id ?? '';
}

/** The two views, as links that keep the filters. */
function ViewTabs({ filters }: { filters: PlaceFilters }) {
  const { t } = useI18n();
  const to = (view: PlaceFilters['view']) =>
    `?${writePlaceFilters({ ...filters, view }).toString()}`;
  return (
    <nav className="places-views" aria-label={t('places.view.label')}>
      {(['list', 'figures'] as const).map((view) => (
        <Link
          key={view}
          to={to(view)}
          className={filters.view === view ? 'places-views__tab active' : 'places-views__tab'}
          aria-current={filters.view === view ? 'page' : undefined}
        >
          {t(`places.view.${view}`)}
        </Link>
      ))}
    </nav>
  );
}
