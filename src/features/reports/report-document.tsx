// The report as it is printed: heading in the form of a Party document, the prose, the tables.
// The same markup is the screen preview; reports.css turns it into A4 pages.
import type { Unit } from '@/domain/entities';
import type { Period } from '@/domain/indicator-types';
import { useI18n } from '@/i18n/i18n';
import { ScrollRegion } from '@/ui/components';
import { isRatioCell, type ReportCell, type ReportColumn, type ReportTable } from './report-tables';

export interface ReportDocumentProps {
  unit: Unit;
  parent: Unit | undefined;
  period: Period;
  today: string;
  paragraphs: string[];
  tables: ReportTable[];
  /** Section III: the paragraph on the places, followed by its tables. */
  placeParagraph: string | null;
  placeTables: ReportTable[];
  demo: boolean;
  /** Records of the subtree with open data problems (the data checks); null until known. */
  problems: number | null;
}

export function ReportDocument({
  unit,
  parent,
  period,
  today,
  paragraphs,
  tables,
  placeParagraph,
  placeTables,
  demo,
  problems,
}: ReportDocumentProps) {
  const { t, date, number } = useI18n();
  return (
    <article className="report-paper" aria-labelledby="report-title">
      {demo ? <p className="report-demo">{t('reports.doc.demo')}</p> : null}
      <header className="report-head">
        <div className="report-head__issuer">
          {parent ? <div>{parent.name.toLocaleUpperCase('vi')}</div> : null}
          <strong>{unit.name.toLocaleUpperCase('vi')}</strong>
          <div aria-hidden="true">*</div>
        </div>
        <div className="report-head__party">
          <strong>{t('reports.doc.party')}</strong>
          <div className="report-head__date">
            {t('reports.doc.createdOn', { date: date(today) })}
          </div>
        </div>
      </header>
      <h2 id="report-title" className="report-title">
        {t('reports.doc.title')}
        <span>{t('reports.doc.subtitle')}</span>
      </h2>
      <p className="report-period">
        {t('reports.doc.period', { from: date(period.from), to: date(period.to) })}
      </p>
      {unit.closedOn ? (
        <p className="report-note">{t('reports.doc.closedUnit', { date: date(unit.closedOn) })}</p>
      ) : null}

      <h3 className="report-section">{t('reports.doc.results')}</h3>
      {paragraphs.map((paragraph) => (
        <p key={paragraph} className="report-text">
          {paragraph}
        </p>
      ))}

      <h3 className="report-section">{t('reports.doc.tables')}</h3>
      {tables.map((table, index) => (
        <ReportTableView key={table.id} table={table} number={index + 1} />
      ))}

      {placeParagraph ? (
        <>
          <h3 className="report-section">{t('placeFigures.report.section')}</h3>
          <p className="report-text">{placeParagraph}</p>
          {placeTables.map((table, index) => (
            <ReportTableView key={table.id} table={table} number={tables.length + index + 1} />
          ))}
        </>
      ) : null}
      {problems ? (
        <p className="report-note">
          {t('quality.footnote', { count: number(problems), date: date(today) })}
        </p>
      ) : null}
    </article>
  );
}

/** A table up to this many rows (under half an A4 page) prints whole, on one page. */
const KEEP_ROWS = 15;

/** Right-aligned columns: the figures (a year and a date read as text, left-aligned). */
function numeric(kind: ReportColumn['kind'] | undefined): boolean {
  return kind === 'count' || kind === 'decimal' || kind === 'ratio';
}

function ReportTableView({ table, number: tableNumber }: { table: ReportTable; number: number }) {
  const { t, number, percent, date } = useI18n();
  const strong = new Set(table.strongRows ?? []);
  const show = (cell: ReportCell, column: number): string => {
    const kind = table.columns[column]?.kind;
    if (cell === null) return '—';
    if (typeof cell === 'number') return kind === 'year' ? String(cell) : number(cell);
    if (isRatioCell(cell)) return percent(cell.ratio);
    return kind === 'date' ? date(cell) : cell;
  };
  const caption = t('reports.doc.tableNo', { n: tableNumber, title: table.title });
  return (
    <section
      className={
        table.rows.length <= KEEP_ROWS ? 'report-block report-block--keep' : 'report-block'
      }
    >
      <ScrollRegion label={caption}>
        <table className="table report-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col" className={numeric(column.kind) ? 'num' : ''}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex} className={strong.has(rowIndex) ? 'report-table__strong' : ''}>
                {row.map((cell, columnIndex) =>
                  columnIndex === 0 ? (
                    <th key={columnIndex} scope="row">
                      {show(cell, columnIndex)}
                    </th>
                  ) : (
                    <td
                      key={columnIndex}
                      className={numeric(table.columns[columnIndex]?.kind) ? 'num' : ''}
                    >
                      {show(cell, columnIndex)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {table.note ? <p className="report-table__note">{table.note}</p> : null}
    </section>
  );
}
