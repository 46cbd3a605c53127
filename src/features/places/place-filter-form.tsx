// The places screen's filters: search, unit subtree, kind, closed places; in the figures view
// also the year (and a kind is always chosen there: the columns depend on it).
import { PLACE_KINDS } from '@/domain/code-lists';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';
import { FilterForm, Options, UnitTreeOptions } from '@/ui/page-components';
import { hasPlaceFilters, type PlaceFilters } from './place-filters';

interface PlaceFilterFormProps {
  filters: PlaceFilters;
  onChange: (next: Partial<PlaceFilters>, replace?: boolean) => void;
  onClear: () => void;
  tree: Scope['tree'];
  /** The figures view: a kind is always chosen, and the year is asked. */
  figures?: { year: number; years: readonly number[] } | undefined;
  /** What the list shows, e.g. "Hiển thị 12 / 40 địa bàn". */
  count: string;
}

export function PlaceFilterForm({
  filters,
  onChange,
  onClear,
  tree,
  figures,
  count,
}: PlaceFilterFormProps) {
  const { t } = useI18n();
  return (
    <FilterForm className="places-filters" label={t('places.filter.label')}>
      <Field label={t('places.filter.search')}>
        <input
          type="search"
          value={filters.q}
          placeholder={t('places.filter.searchPlaceholder')}
          autoComplete="off"
          onChange={(event) => onChange({ q: event.target.value }, true)}
        />
      </Field>
      <Field label={t('places.filter.unit')}>
        <select value={filters.unit} onChange={(event) => onChange({ unit: event.target.value })}>
          <option value="">{t('places.filter.allUnits')}</option>
          <UnitTreeOptions tree={tree} />
        </select>
      </Field>
      <Field label={figures ? t('places.figures.kind') : t('places.filter.kind')}>
        <select
          value={figures ? filters.kind || 'residential' : filters.kind}
          onChange={(event) => onChange({ kind: event.target.value as PlaceFilters['kind'] })}
        >
          {figures ? null : <option value="">{t('places.filter.allKinds')}</option>}
          <Options values={PLACE_KINDS} label={(kind) => t(`places.kind.${kind}`)} />
        </select>
      </Field>
      {figures ? (
        <Field
          label={t('places.figures.year')}
          hint={t(`places.figures.yearHint.${filters.kind || 'residential'}`)}
        >
          <select
            value={figures.year}
            onChange={(event) => onChange({ year: Number(event.target.value) })}
          >
            <Options values={figures.years} />
          </select>
        </Field>
      ) : null}
      <label className="checkbox places-filters__closed">
        <input
          type="checkbox"
          checked={filters.closed}
          onChange={(event) => onChange({ closed: event.target.checked })}
        />
        {t('places.filter.showClosed')}
      </label>
      <div className="places-filters__end">
        {hasPlaceFilters(filters) ? (
          <button type="button" className="button" onClick={onClear}>
            {t('places.filter.clear')}
          </button>
        ) : null}
        <p className="places-filters__count" aria-live="polite">
          {count}
        </p>
      </div>
    </FilterForm>
  );
}
