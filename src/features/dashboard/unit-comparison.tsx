// Units directly below the viewed one, side by side; every numeric column sorts, and a unit's
// name opens the dashboard of that unit (same period).
import { useMemo, useState } from 'react';
import { Link } from '@/ui/router';
import type { Indicators, UnitRow } from '@/domain/indicator-types';
import type { Unit } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { ScrollRegion } from '@/ui/components';
import {
  UNIT_COLUMNS,
  ratioOf,
  sortUnitRows,
  unitValue,
  type UnitColumn,
  type UnitSort,
} from './figures';

const SHARE_COLUMNS = new Set<UnitColumn>(['youthUnion', 'female', 'minority', 'religious']);

export function UnitComparison({
  indicators,
  unitsById,
  linkTo,
}: {
  indicators: Indicators;
  unitsById: ReadonlyMap<string, Unit>;
  /** The dashboard address of a unit, for the same period. */
  linkTo: (unit: Unit) => string;
}) {
  const { t, number, percent, date } = useI18n();
  const [sort, setSort] = useState<UnitSort>({ column: 'admitted', direction: 'descending' });
  const nameOf = (id: string) => unitsById.get(id)?.name ?? '—';
  const rows = useMemo(
    () => sortUnitRows(indicators.perUnit, sort, (id) => unitsById.get(id)?.name ?? ''),
    [indicators.perUnit, sort, unitsById],
  );
  const title = t('dashboard.units.heading');

  const toggle = (column: UnitSort['column']) =>
    setSort((current) =>
      current.column === column
        ? {
            column,
            direction: current.direction === 'ascending' ? 'descending' : 'ascending',
          }
        : { column, direction: column === 'name' ? 'ascending' : 'descending' },
    );
  const ariaSort = (column: UnitSort['column']) =>
    sort.column === column ? sort.direction : 'none';
  const header = (column: UnitSort['column'], label: string, numeric: boolean, hint?: string) => (
    <th
      key={column}
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={ariaSort(column)}
      title={hint}
    >
      <button type="button" className="sort-button" onClick={() => toggle(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__mark">
          {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  const cell = (row: UnitRow, column: UnitColumn) => {
    const value = unitValue(row, column);
    if (SHARE_COLUMNS.has(column)) {
      return (
        <>
          {number(value)}{' '}
          <span className="unit-table__share">{percent(ratioOf(value ?? 0, row.admitted))}</span>
        </>
      );
    }
    if (column === 'quotaRatio') return percent(value);
    return number(value);
  };

  return (
    <section className="card dashboard-section" aria-labelledby="units-heading">
      <h2 id="units-heading">{title}</h2>
      <p className="muted dashboard-note">{t('dashboard.units.hint')}</p>
      <ScrollRegion label={t('common.tableOf', { title })}>
        <table className="table unit-table">
          <caption className="visually-hidden">
            {title}. {t('dashboard.units.sortHint')}
          </caption>
          <thead>
            <tr>
              {header('name', t('common.unit'), false)}
              {UNIT_COLUMNS.map((column) =>
                header(
                  column,
                  t(`dashboard.units.column.${column}`),
                  true,
                  t(`dashboard.units.column.${column}.title`),
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const unit = unitsById.get(row.unitId);
              return (
                <tr key={row.unitId}>
                  <th scope="row">
                    {unit ? <Link to={linkTo(unit)}>{unit.name}</Link> : nameOf(row.unitId)}
                    {unit?.closedOn ? (
                      <span className="unit-table__closed">
                        {t('dashboard.unit.closedOn', { date: date(unit.closedOn) })}
                      </span>
                    ) : null}
                  </th>
                  {UNIT_COLUMNS.map((column) => (
                    <td key={column} className="num">
                      {cell(row, column)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
