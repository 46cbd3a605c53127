// The logs of files out (exports) and in (imports), newest first.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RECORD_TYPES } from '@/domain/code-lists';
import type { ImportLogEntry } from '@/db/schema';
import { DELETED_ARRAY, RECORD_ARRAYS } from '@/exchange/format';
import { useI18n, type I18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import { Badge, EmptyState, Loading, ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import { exportsQuery, importsQuery } from './export-file';

/** "3 tổ chức đảng, 12 người, 1 bản ghi xóa": the arrays that hold anything. */
export function describeCounts(
  counts: Record<string, number>,
  { t, number }: Pick<I18n, 't' | 'number'>,
): string {
  const parts = ([...RECORD_ARRAYS, DELETED_ARRAY] as const)
    .filter((array) => (counts[array] ?? 0) > 0)
    .map((array) => t(`sync.array.${array}`, { count: number(counts[array] ?? 0) }));
  return parts.length > 0 ? parts.join(', ') : t('sync.exports.none');
}

function importTotals(entry: ImportLogEntry) {
  const sum = (column: 'created' | 'updated' | 'deleted') =>
    RECORD_TYPES.reduce((total, type) => total + (entry.counts[type]?.[column] ?? 0), 0);
  return { created: sum('created'), updated: sum('updated'), deleted: sum('deleted') };
}

/**
 * One history card: heading, loading, the empty state, or the table of entries. `area` is the
 * message prefix (sync.exports / sync.imports) for the title and the empty texts.
 */
function HistoryCard<T>({
  area,
  columns,
  entries,
  isLoading,
  row,
}: {
  area: 'exports' | 'imports';
  columns: readonly MessageKey[];
  entries: readonly T[] | undefined;
  isLoading: boolean;
  row: (entry: T) => ReactNode;
}) {
  const { t } = useI18n();
  const headingId = `sync-${area}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`sync.${area}.title`)}</h2>
      {isLoading ? <Loading label={t('common.loading')} /> : null}
      {entries?.length === 0 ? (
        <EmptyState title={t(`sync.${area}.empty`)}>{t(`sync.${area}.emptyText`)}</EmptyState>
      ) : null}
      {entries && entries.length > 0 ? (
        <ScrollRegion className="sync-table-wrap" labelledBy={headingId}>
          <table className="table" aria-labelledby={headingId}>
            <TableHead columns={[...columns.map((column) => t(column))]} />
            <tbody>{entries.map(row)}</tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}

export function ExportHistory() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const exports = useQuery(exportsQuery);
  return (
    <HistoryCard
      area="exports"
      columns={[
        'sync.exports.when',
        'sync.exports.kind',
        'sync.exports.counts',
        'sync.exports.sealed',
        'sync.exports.file',
      ]}
      entries={exports.data}
      isLoading={exports.isLoading}
      row={(entry) => (
        <tr key={entry.exportId}>
          <td>{dateTime(entry.exportedAt)}</td>
          <td>
            {entry.content === 'provinceTree'
              ? t('sync.exports.kind.down')
              : t(`sync.exports.kind.${entry.scope.type}`)}
          </td>
          <td>{describeCounts(entry.fileCounts, i18n)}</td>
          <td>
            {entry.sealed ? (
              <Badge tone="ok">{t('sync.exports.sealed.yes')}</Badge>
            ) : (
              t('sync.exports.sealed.no')
            )}
          </td>
          <td className="sync-file-name">{entry.fileName}</td>
        </tr>
      )}
    />
  );
}

export function ImportHistory() {
  const { t, dateTime, number } = useI18n();
  const imports = useQuery(importsQuery);
  return (
    <HistoryCard
      area="imports"
      columns={[
        'sync.imports.when',
        'sync.imports.file',
        'sync.imports.source',
        'sync.imports.exportedAt',
        'sync.imports.result',
      ]}
      entries={imports.data}
      isLoading={imports.isLoading}
      row={(entry) => {
        const totals = importTotals(entry);
        return (
          <tr key={entry.exportId}>
            <td>{dateTime(entry.importedAt)}</td>
            <td className="sync-file-name">
              {entry.fileName}{' '}
              {entry.sealed ? <Badge tone="ok">{t('sync.exports.sealed.yes')}</Badge> : null}
            </td>
            <td>
              {entry.sourceUnitName} ({entry.sourceUnitCode})
            </td>
            <td>{dateTime(entry.exportedAt)}</td>
            <td>
              {t('sync.imports.resultValue', {
                created: number(totals.created),
                updated: number(totals.updated),
                deleted: number(totals.deleted),
              })}
            </td>
          </tr>
        );
      }}
    />
  );
}
