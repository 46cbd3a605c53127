// /people: candidates and members of the installation's scope, filtered from the URL.
import { useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from '@/ui/router';
import { preloadPeopleBlocks } from '@/db/people-list-repo';
import { localIsoDate } from '@/domain/dates';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { useScope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader, useScreenReady } from '@/ui/components';
import { PeopleListView } from '@/domain/people-list-view';
import {
  listFilterOf,
  readFilters,
  writeFilters,
  type FilterKey,
  type PeopleFilters,
} from './people-filters';
import { useNationalIdSearch } from './national-id-search';
import { PeopleFilterForm } from './people-filter-form';
import { usePeople } from './people-queries';
import { PeopleTable } from './people-table';
import './people.css';

// The list's records are read from here on, beside the app's start (db/people-list-repo.ts).
if (window.location.pathname === '/people') preloadPeopleBlocks();

export default function PeopleListPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  const people = usePeople(scope);
  useScreenReady('people', Boolean(scope) && Boolean(people.data) && !people.isLoading);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // The list is filtered behind the typing: the input stays responsive while 50,000 rows are
  // sifted. The query string is deferred (a string, so React can tell when it really changed).
  const deferredQuery = useDeferredValue(params.toString());
  const deferredFilters = useMemo(
    () => readFilters(new URLSearchParams(deferredQuery)),
    [deferredQuery],
  );

  // The units' records as stored, each in the list's order: rows are merged as they are drawn.
  const view = useMemo(() => new PeopleListView(people.data ?? [], localIsoDate()), [people.data]);
  const years = useMemo(() => view.admissionYears(), [view]);
  const unitIds = useMemo(
    () =>
      scope && deferredFilters.unit && scope.unitIds.has(deferredFilters.unit)
        ? subtreeIdsOf(scope.units, deferredFilters.unit)
        : null,
    [scope, deferredFilters.unit],
  );
  const idSearch = useNationalIdSearch(deferredFilters.q);
  const shown = useMemo(
    () => view.select(listFilterOf(deferredFilters, unitIds, idSearch) ?? undefined),
    [view, deferredFilters, unitIds, idSearch],
  );

  const setFilter = (key: FilterKey, value: string) => {
    const next: PeopleFilters = { ...filters, [key]: value };
    // Typing in the search box replaces the history entry; choosing a filter adds one, so
    // Back undoes the last choice.
    setParams(writeFilters(next), { replace: key === 'q' });
  };
  const clearFilters = () => setParams(new URLSearchParams());

  if (!scope || people.isLoading) return <Loading label={t('people.list.loading')} />;
  if (people.error)
    return <Alert tone="error">{t('common.error', { message: people.error.message })}</Alert>;

  const total = view.total;
  const newLink =
    filters.unit && scope.unitIds.has(filters.unit)
      ? `/people/new?unit=${encodeURIComponent(filters.unit)}`
      : '/people/new';
  const addButton = (
    <Link to={newLink} className="button button--primary">
      {t('people.list.add')}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={t('people.list.title')}
        description={t('people.list.description')}
        actions={addButton}
      />
      {total === 0 ? (
        <EmptyState
          title={t('people.list.emptyTitle')}
          action={
            <Link to={newLink} className="button button--primary">
              {t('people.list.addFirst')}
            </Link>
          }
        >
          {t('people.list.emptyBody')}
        </EmptyState>
      ) : (
        <>
          <PeopleFilterForm
            filters={filters}
            onFilter={setFilter}
            onClear={clearFilters}
            shown={shown.length}
            total={total}
            tree={scope.tree}
            years={years}
          />
          {shown.length === 0 ? (
            <EmptyState
              title={t('people.list.noMatchTitle')}
              action={
                <button type="button" className="button" onClick={clearFilters}>
                  {t('people.filter.clear')}
                </button>
              }
            >
              {t('people.list.noMatchBody')}
            </EmptyState>
          ) : (
            <PeopleTable
              items={shown}
              unitName={scope.unitName}
              label={t('people.list.tableLabel')}
              listSearch={params.size > 0 ? `?${params.toString()}` : ''}
            />
          )}
        </>
      )}
    </>
  );
}
