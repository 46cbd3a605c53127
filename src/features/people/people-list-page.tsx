// /people: candidates and members of the installation's scope, filtered from the URL.
import { useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from '@/ui/router';
import { ETHNICITY_NAMES, KINH, OCCUPATIONS, GENDERS } from '@/domain/code-lists';
import { localIsoDate } from '@/domain/dates';
import { STAGES } from '@/domain/pipeline-types';
import { subtreeIdsOf } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { useScope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader } from '@/ui/components';
import { Field } from '@/ui/field';
import {
  MINORITY,
  admissionYears,
  filterPeople,
  hasFilters,
  indexPeople,
  readFilters,
  writeFilters,
  type FilterKey,
  type PeopleFilters,
} from './people-filters';
import { useNationalIdSearch } from './national-id-search';
import { usePeople } from './people-queries';
import { PeopleTable } from './people-table';
import './people.css';

const INDENT = '\u00a0\u00a0\u00a0';

export default function PeopleListPage() {
  const { t, number } = useI18n();
  const { scope } = useScope();
  const people = usePeople(scope);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // The list is filtered behind the typing: the input stays responsive while 50,000 rows are
  // sifted. The query string is deferred (a string, so React can tell when it really changed).
  const deferredQuery = useDeferredValue(params.toString());
  const deferredFilters = useMemo(
    () => readFilters(new URLSearchParams(deferredQuery)),
    [deferredQuery],
  );

  const index = useMemo(
    () => (people.data ? indexPeople(people.data, localIsoDate()) : []),
    [people.data],
  );
  const years = useMemo(() => admissionYears(index), [index]);
  const unitIds = useMemo(
    () =>
      scope && deferredFilters.unit && scope.unitIds.has(deferredFilters.unit)
        ? subtreeIdsOf(scope.units, deferredFilters.unit)
        : null,
    [scope, deferredFilters.unit],
  );
  const idSearch = useNationalIdSearch(deferredFilters.q);
  const shown = useMemo(
    () => filterPeople(index, deferredFilters, unitIds, idSearch),
    [index, deferredFilters, unitIds, idSearch],
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

  const total = index.length;
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
          <form
            className="people-filters"
            role="search"
            aria-label={t('people.filter.label')}
            onSubmit={(event) => event.preventDefault()}
          >
            <div className="people-filters__top">
              <div className="people-filters__search">
                <Field label={t('people.filter.search')}>
                  <input
                    type="search"
                    value={filters.q}
                    placeholder={t('people.filter.searchPlaceholder')}
                    onChange={(event) => setFilter('q', event.target.value)}
                    autoComplete="off"
                  />
                </Field>
              </div>
              {hasFilters(filters) ? (
                <button type="button" className="button" onClick={clearFilters}>
                  {t('people.filter.clear')}
                </button>
              ) : null}
              <p className="people-filters__count" aria-live="polite">
                {t('people.list.count', { shown: number(shown.length), total: number(total) })}
              </p>
            </div>
            <div className="people-filters__grid">
              <Field label={t('people.filter.unit')}>
                <select
                  value={filters.unit}
                  onChange={(event) => setFilter('unit', event.target.value)}
                >
                  <option value="">{t('people.filter.allUnits')}</option>
                  {scope.tree.map(({ unit, depth }) => (
                    <option key={unit.id} value={unit.id}>
                      {INDENT.repeat(depth)}
                      {unit.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('people.filter.stage')}>
                <select
                  value={filters.stage}
                  onChange={(event) => setFilter('stage', event.target.value)}
                >
                  <option value="">{t('common.all')}</option>
                  {STAGES.map((stage) => (
                    <option key={stage} value={stage}>
                      {t(`stage.${stage}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('people.filter.year')}>
                <select
                  value={filters.year}
                  onChange={(event) => setFilter('year', event.target.value)}
                >
                  <option value="">{t('common.all')}</option>
                  {years.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('people.filter.gender')}>
                <select
                  value={filters.gender}
                  onChange={(event) => setFilter('gender', event.target.value)}
                >
                  <option value="">{t('common.all')}</option>
                  {GENDERS.map((gender) => (
                    <option key={gender} value={gender}>
                      {t(`gender.${gender}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('people.filter.ethnicity')}>
                <select
                  value={filters.ethnicity}
                  onChange={(event) => setFilter('ethnicity', event.target.value)}
                >
                  <option value="">{t('common.all')}</option>
                  <option value={KINH}>{KINH}</option>
                  <option value={MINORITY}>{t('people.filter.minority')}</option>
                  <optgroup label={t('people.filter.eachGroup')}>
                    {ETHNICITY_NAMES.filter((name) => name !== KINH).map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </Field>
              <Field label={t('people.filter.occupation')}>
                <select
                  value={filters.occupation}
                  onChange={(event) => setFilter('occupation', event.target.value)}
                >
                  <option value="">{t('common.all')}</option>
                  {OCCUPATIONS.map((occupation) => (
                    <option key={occupation} value={occupation}>
                      {t(`occupation.${occupation}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </form>
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
