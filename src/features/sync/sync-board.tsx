// The province's sync board: every unit that sends files, its latest file, and the units that
// sent nothing for the period (this quarter by default) highlighted.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { localIsoDate } from '@/domain/dates';
import { syncBoard } from '@/db/sync-board-repo';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Badge, Loading, ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import { describeCounts } from './history-tables';
import { periodOptions, type PeriodOption } from './sync-periods';

const boardQuery = (option: PeriodOption) =>
  queryOptions({
    queryKey: ['sync', 'board', option.period.from, option.period.to] as const,
    queryFn: () => syncBoard(option.period),
  });

export function SyncBoardCard({ scope }: { scope: Scope }) {
  const i18n = useI18n();
  const { t, number, dateTime } = i18n;
  const selectId = useId();
  const options = useMemo(() => periodOptions(localIsoDate()), []);
  const [optionId, setOptionId] = useState(options[0]?.id ?? '');
  const option = options.find((item) => item.id === optionId) ?? options[0];
  const board = useQuery({ ...boardQuery(option as PeriodOption), enabled: Boolean(option) });
  const rows = board.data?.rows ?? [];
  const expected = rows.filter((row) => row.expected).length;
  const missing = board.data?.missing.length ?? 0;

  return (
    <section className="card" aria-labelledby="sync-board">
      <div className="sync-board__header">
        <h2 id="sync-board">{t('sync.board.title')}</h2>
        <div className="field sync-board__period">
          <label htmlFor={selectId}>{t('sync.board.period')}</label>
          <select
            id={selectId}
            className="input"
            value={option?.id}
            onChange={(event) => setOptionId(event.target.value)}
          >
            {options.map((item) => (
              <option key={item.id} value={item.id}>
                {t(item.label.key, item.label.params)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {board.isLoading ? <Loading label={t('common.loading')} /> : null}
      {board.data && rows.length === 0 ? (
        <p className="muted sync-text">{t('sync.board.empty')}</p>
      ) : null}
      {board.data && rows.length > 0 ? (
        <>
          <p className="sync-text" role="status">
            {missing > 0 ? (
              <Badge tone="warn">
                {t('sync.board.summary', { missing: number(missing), total: number(expected) })}
              </Badge>
            ) : (
              <Badge tone="ok">{t('sync.board.allSent', { total: number(expected) })}</Badge>
            )}
          </p>
          <ScrollRegion className="sync-table-wrap" labelledBy="sync-board">
            <table className="table" aria-labelledby="sync-board">
              <TableHead
                columns={[
                  t('sync.board.unit'),
                  t('sync.board.last'),
                  t('sync.board.counts'),
                  t('sync.board.status'),
                ]}
              />
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unit.id} className={row.missing ? 'sync-row--missing' : undefined}>
                    <th scope="row" style={{ paddingLeft: `${10 + row.depth * 16}px` }}>
                      {row.unit.name} <span className="muted">({row.unit.code})</span>
                    </th>
                    <td>
                      {row.lastFile ? dateTime(row.lastFile.exportedAt) : t('sync.board.never')}
                    </td>
                    <td>{row.lastFile ? describeCounts(row.lastFile.fileCounts, i18n) : '—'}</td>
                    <td>
                      {row.filesInPeriod > 0 ? (
                        <Badge tone="ok">
                          {t('sync.board.sent')}
                          {row.filesInPeriod > 1 ? ` (${number(row.filesInPeriod)})` : ''}
                        </Badge>
                      ) : row.missing ? (
                        <Badge tone="danger">{t('sync.board.missing')}</Badge>
                      ) : row.coveredBy ? (
                        t('sync.board.coveredBy', { unit: scope.unitName(row.coveredBy) })
                      ) : row.expected ? (
                        t('sync.board.throughSubunits')
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </section>
  );
}
