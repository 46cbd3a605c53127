// The filters of the people list: a search box and a choice per column, each one a parameter of
// the page's URL (people-filters.ts reads and writes them).
import { ETHNICITY_NAMES, GENDERS, KINH, OCCUPATIONS } from '@/domain/code-lists';
import { STAGES } from '@/domain/pipeline-types';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';
import { FilterForm, Options, UnitTreeOptions } from '@/ui/page-components';
import { MINORITY, hasFilters, type FilterKey, type PeopleFilters } from './people-filters';

interface PeopleFilterFormProps {
  filters: PeopleFilters;
  onFilter: (key: FilterKey, value: string) => void;
  onClear: () => void;
  /** How many people the filters show, of `total`. */
  shown: number;
  total: number;
  tree: Scope['tree'];
  /** The years of admission the list holds. */
  years: readonly string[];
}

export function PeopleFilterForm({
  filters,
  onFilter,
  onClear,
  shown,
  total,
  tree,
  years,
}: PeopleFilterFormProps) {
  const { t, number } = useI18n();
  return (
    <FilterForm className="people-filters" label={t('people.filter.label')}>
      <div className="people-filters__top">
        <div className="people-filters__search">
          <Field label={t('people.filter.search')}>
            <input
              type="search"
              value={filters.q}
              placeholder={t('people.filter.searchPlaceholder')}
              onChange={(event) => onFilter('q', event.target.value)}
              autoComplete="off"
            />
          </Field>
        </div>
        {hasFilters(filters) ? (
          <button type="button" className="button" onClick={onClear}>
            {t('people.filter.clear')}
          </button>
        ) : null}
        <p className="people-filters__count" aria-live="polite">
          {t('people.list.count', { shown: number(shown), total: number(total) })}
        </p>
      </div>
      <div className="people-filters__grid">
        <Field label={t('people.filter.unit')}>
          <select value={filters.unit} onChange={(event) => onFilter('unit', event.target.value)}>
            <option value="">{t('people.filter.allUnits')}</option>
            <UnitTreeOptions tree={tree} />
          </select>
        </Field>
        <Field label={t('people.filter.stage')}>
          <select value={filters.stage} onChange={(event) => onFilter('stage', event.target.value)}>
            <option value="">{t('common.all')}</option>
            <Options values={STAGES} label={(stage) => t(`stage.${stage}`)} />
          </select>
        </Field>
        <Field label={t('people.filter.year')}>
          <select value={filters.year} onChange={(event) => onFilter('year', event.target.value)}>
            <option value="">{t('common.all')}</option>
            <Options values={years} />
          </select>
        </Field>
        <Field label={t('people.filter.gender')}>
          <select
            value={filters.gender}
            onChange={(event) => onFilter('gender', event.target.value)}
          >
            <option value="">{t('common.all')}</option>
            <Options values={GENDERS} label={(gender) => t(`gender.${gender}`)} />
          </select>
        </Field>
        <Field label={t('people.filter.ethnicity')}>
          <select
            value={filters.ethnicity}
            onChange={(event) => onFilter('ethnicity', event.target.value)}
          >
            <option value="">{t('common.all')}</option>
            <option value={KINH}>{KINH}</option>
            <option value={MINORITY}>{t('people.filter.minority')}</option>
            <optgroup label={t('people.filter.eachGroup')}>
              <Options values={ETHNICITY_NAMES.filter((name) => name !== KINH)} />
            </optgroup>
          </select>
        </Field>
        <Field label={t('people.filter.occupation')}>
          <select
            value={filters.occupation}
            onChange={(event) => onFilter('occupation', event.target.value)}
          >
            <option value="">{t('common.all')}</option>
            <Options values={OCCUPATIONS} label={(occupation) => t(`occupation.${occupation}`)} />
          </select>
        </Field>
      </div>
    </FilterForm>
  );
}
