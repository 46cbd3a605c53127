// The logs of files out (exports) and in (imports), newest first.
import { useQuery } from '@tanstack/react-query';
import { RECORD_TYPES } from '@/domain/code-lists';
import type { ImportLogEntry } from '@/db/exchange-repo';
import { DELETED_ARRAY, RECORD_ARRAYS } from '@/exchange/format';
import { useI18n, type I18n } from '@/i18n/i18n';
import { Badge, EmptyState, Loading } from '@/ui/components';
import { exportsQuery, importsQuery } from './export-file';

/** "3 tổ chức đảng, 12 người, 1 bản ghi xóa": the arrays that hold anything. */
export function describeCounts(
  counts: Record<string, number>,
  { t, number }: Pick<I18n, 't' | 'number'>,
): string {
  const parts = [...RECORD_ARRAYS, DELETED_ARRAY]
    .filter((array) => (counts[array] ?? 0) > 0)
    .map((array) => `${number(counts[array] ?? 0)} ${t(`sync.array.${array}`)}`);
  return parts.length > 0 ? parts.join(', ') : t('sync.exports.none');
}

function importTotals(entry: ImportLogEntry) {
  const sum = (column: 'created' | 'updated' | 'deleted') =>
    RECORD_TYPES.reduce((total, type) => total + entry.counts[type][column], 0);
  return { created: sum('created'), updated: sum('updated'), deleted: sum('deleted') };
}

export function ExportHistory() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const exports = useQuery(exportsQuery);
  return (
    <section className="card" aria-labelledby="sync-exports">
      <h2 id="sync-exports">{t('sync.exports.title')}</h2>
      {exports.isLoading ? <Loading label={t('common.loading')} /> : null}
      {exports.data?.length === 0 ? (
        <EmptyState title={t('sync.exports.empty')}>{t('sync.exports.emptyText')}</EmptyState>
      ) : null}
      {exports.data && exports.data.length > 0 ? (
        <div className="sync-table-wrap">
          <table className="table" aria-labelledby="sync-exports">
            <thead>
              <tr>
                <th scope="col">{t('sync.exports.when')}</th>
                <th scope="col">{t('sync.exports.kind')}</th>
                <th scope="col">{t('sync.exports.counts')}</th>
                <th scope="col">{t('sync.exports.sealed')}</th>
                <th scope="col">{t('sync.exports.file')}</th>
              </tr>
            </thead>
            <tbody>
              {exports.data.map((entry) => (
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
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function ImportHistory() {
  const { t, dateTime, number } = useI18n();
  const imports = useQuery(importsQuery);
  return (
    <section className="card" aria-labelledby="sync-imports">
      <h2 id="sync-imports">{t('sync.imports.title')}</h2>
      {imports.isLoading ? <Loading label={t('common.loading')} /> : null}
      {imports.data?.length === 0 ? (
        <EmptyState title={t('sync.imports.empty')}>{t('sync.imports.emptyText')}</EmptyState>
      ) : null}
      {imports.data && imports.data.length > 0 ? (
        <div className="sync-table-wrap">
          <table className="table" aria-labelledby="sync-imports">
            <thead>
              <tr>
                <th scope="col">{t('sync.imports.when')}</th>
                <th scope="col">{t('sync.imports.file')}</th>
                <th scope="col">{t('sync.imports.source')}</th>
                <th scope="col">{t('sync.imports.exportedAt')}</th>
                <th scope="col">{t('sync.imports.result')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((entry) => {
                const totals = importTotals(entry);
                return (
                  <tr key={entry.exportId}>
                    <td>{dateTime(entry.importedAt)}</td>
                    <td className="sync-file-name">
                      {entry.fileName}{' '}
                      {entry.sealed ? (
                        <Badge tone="ok">{t('sync.exports.sealed.yes')}</Badge>
                      ) : null}
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
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
