// A table of figures as the places' section shows them: a caption for screen readers, a first
// column naming each row, number columns, and the total row last.
import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import { ScrollRegion } from '@/ui/components';

export interface FiguresRow {
  key: string;
  header: ReactNode;
  cells: readonly ReactNode[];
  total?: boolean;
}

export function FiguresTable({
  caption,
  columns,
  rows,
  wide = false,
}: {
  caption: string;
  /** The first column's heading, then the number columns'. */
  columns: readonly string[];
  rows: readonly FiguresRow[];
  /** Many columns: the table scrolls inside its box and keeps its names readable. */
  wide?: boolean;
}) {
  const { t } = useI18n();
  const [first, ...numbers] = columns;
  const table = (
    <table className={wide ? 'table places-table' : 'table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {numbers.map((column) => (
            <th key={column} scope="col" className="num">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.total ? 'places-table__total' : undefined}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, index) => (
              <td key={index} className="num">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return wide ? (
    <ScrollRegion label={t('common.tableOf', { title: caption })}>{table}</ScrollRegion>
  ) : (
    table
  );
}
