// /quality?unit=<code>&check=<id>: the data checks of a unit subtree — each check with its count
// and its code, by unit; a check opened lists its cases with the reason and a link to the record
// to correct (a duplicate pair to the merge screen); the list downloads as CSV or XLSX.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { localIsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import { QUALITY_CHECKS, QUALITY_CHECK_IDS, type QualityCheckId } from '@/domain/quality-checks';
import type { QualityItem, QualityReport } from '@/domain/quality-report';
import { useI18n } from '@/i18n/i18n';
import { useScope, type Scope } from '@/queries/units';
import { Alert, Badge, EmptyState, Loading, PageHeader, ScrollRegion } from '@/ui/components';
import { LinkButton, TableHead, Loaded } from '@/ui/page-components';
import { Link, useSearchParams } from '@/ui/router';
import { QualityExportButtons } from './quality-export';
import { qualityQuery } from '@/queries/quality';
import { reasonText, targetHref, targetLabel } from './quality-text';
import './quality.css';

/** Rows drawn at most in an open list (the download has them all). */
const SHOWN_ITEMS = 200;

export default function QualityPage() {
  return <Loaded value={useScope().scope}>{(scope) => <QualityView scope={scope} />}</Loaded>;
}

function isCheck(value: string | null): value is QualityCheckId {
  return value !== null && (QUALITY_CHECK_IDS as readonly string[]).includes(value);
}

function QualityView({ scope }: { scope: Scope }) {
  const { t, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => localIsoDate());
  const code = params.get('unit');
  const unit: Unit | undefined =
    scope.units.find((candidate) => candidate.code === code) ??
    scope.homeUnit ??
    scope.tree[0]?.unit;
  const check = params.get('check');
  const open = isCheck(check) ? check : null;
  const [rebuild, setRebuild] = useState<{ done: number; total: number } | null>(null);
  const report = useQuery({
    ...qualityQuery({ rootUnitId: unit?.id ?? '', today }, (done, total) =>
      setRebuild(done < total ? { done, total } : null),
    ),
    enabled: unit !== undefined,
  });
  const choose = (next: { unit?: string; check?: QualityCheckId | null }) => {
    const query = new URLSearchParams();
    query.set('unit', next.unit ?? unit?.code ?? '');
    const nextCheck = next.check === undefined ? open : next.check;
    if (nextCheck) query.set('check', nextCheck);
    setParams(query);
  };
  const total = report.data
    ? QUALITY_CHECK_IDS.reduce((sum, id) => sum + report.data.counts[id].total, 0)
    : 0;

  return (
    <>
      <PageHeader
        title={t('quality.title')}
        description={t('quality.description')}
        actions={
          report.data && unit && total > 0 ? (
            <QualityExportButtons
              items={
                open ? report.data.items.filter((item) => item.check === open) : report.data.items
              }
              unit={unit}
              scope={scope}
              today={today}
            />
          ) : null
        }
      />
      <section className="card quality-controls">
        <label className="field">
          <span className="field__label">{t('quality.unit')}</span>
          <select
            value={unit?.code ?? ''}
            onChange={(event) => choose({ unit: event.target.value, check: null })}
          >
            {scope.tree.map(({ unit: option, depth }) => (
              <option key={option.id} value={option.code}>
                {'\u00a0\u00a0'.repeat(depth)}
                {option.name}
              </option>
            ))}
          </select>
        </label>
      </section>
      {rebuild ? (
        <div className="card" role="status" aria-live="polite">
          <p>
            {t('quality.rebuilding', { done: number(rebuild.done), total: number(rebuild.total) })}
          </p>
          <progress
            max={Math.max(rebuild.total, 1)}
            value={rebuild.done}
            aria-label={t('quality.loading')}
          />
        </div>
      ) : null}
      {report.isError ? (
        <Alert tone="error">
          {t('quality.error', { message: String(report.error) })}{' '}
          <button type="button" className="button" onClick={() => void report.refetch()}>
            {t('quality.retry')}
          </button>
        </Alert>
      ) : !report.data ? (
        rebuild ? null : (
          <Loading label={t('quality.loading')} />
        )
      ) : total === 0 ? (
        <EmptyState title={t('quality.empty.title')}>
          {t('quality.empty.body', { unit: unit?.name ?? '' })}
        </EmptyState>
      ) : (
        <>
          <SummaryTable
            report={report.data}
            total={total}
            open={open}
            unitCode={unit?.code ?? ''}
          />
          {open ? (
            <CheckDetail
              check={open}
              report={report.data}
              scope={scope}
              onClose={() => choose({ check: null })}
            />
          ) : null}
        </>
      )}
    </>
  );
}

function SummaryTable({
  report,
  total,
  open,
  unitCode,
}: {
  report: QualityReport;
  total: number;
  open: QualityCheckId | null;
  unitCode: string;
}) {
  const { t, number } = useI18n();
  return (
    <section className="card" aria-labelledby="quality-summary-title">
      <h2 id="quality-summary-title">{t('quality.summary.title')}</h2>
      <p>{t('quality.summary.total', { count: number(total) })}</p>
      <ScrollRegion label={t('quality.summary.title')}>
        <table className="table quality-summary">
          <TableHead
            columns={[
              t('quality.column.code'),
              t('quality.column.check'),
              t('quality.column.severity'),
              { label: t('quality.column.count'), num: true },
            ]}
          />
          <tbody>
            {QUALITY_CHECK_IDS.map((id) => {
              const check = QUALITY_CHECKS[id];
              const count = report.counts[id].total;
              return (
                <tr
                  key={id}
                  aria-current={id === open ? 'true' : undefined}
                  className={count === 0 ? 'muted' : undefined}
                >
                  <td>{check.code}</td>
                  <th scope="row">
                    {count > 0 ? (
                      <Link
                        to={`?unit=${encodeURIComponent(unitCode)}&check=${id}`}
                        aria-label={`${t(`quality.check.${id}.name`)}: ${t('quality.open', { count: number(count) })}`}
                      >
                        {t(`quality.check.${id}.name`)}
                      </Link>
                    ) : (
                      t(`quality.check.${id}.name`)
                    )}
                  </th>
                  <td>
                    <Badge tone={check.severity === 'error' ? 'danger' : 'warn'}>
                      {t(`quality.severity.${check.severity}`)}
                    </Badge>
                  </td>
                  <td className="num" data-check={id}>
                    {number(count)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function CheckDetail({
  check,
  report,
  scope,
  onClose,
}: {
  check: QualityCheckId;
  report: QualityReport;
  scope: Scope;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const items = useMemo(() => report.items.filter((item) => item.check === check), [report, check]);
  const byUnit = [...report.counts[check].byUnit].sort((a, b) => b[1] - a[1]);
  const name = t(`quality.check.${check}.name`);
  return (
    <section className="card quality-detail" aria-labelledby="quality-detail-title">
      <div className="quality-detail__head">
        <h2 id="quality-detail-title">{t('quality.items.title', { check: name })}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('quality.close')}
        </button>
      </div>
      <p>
        <strong>{QUALITY_CHECKS[check].code}</strong> — {t(`quality.check.${check}.explain`)}
      </p>
      <h3>{t('quality.byUnit.title')}</h3>
      <ScrollRegion label={t('quality.byUnit.title')}>
        <table className="table">
          <TableHead
            columns={[t('quality.column.unit'), { label: t('quality.column.count'), num: true }]}
          />
          <tbody>
            {byUnit.map(([unitId, count]) => (
              <tr key={unitId}>
                <th scope="row">{scope.unitName(unitId)}</th>
                <td className="num">{number(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{name}</h3>
      {items.length > SHOWN_ITEMS ? (
        <p className="muted">
          {t('quality.items.more', { shown: number(SHOWN_ITEMS), total: number(items.length) })}
        </p>
      ) : null}
      <ScrollRegion label={name}>
        <table className="table quality-items">
          <TableHead
            columns={[
              t('quality.column.record'),
              t('quality.column.unit'),
              t('quality.column.reason'),
            ]}
          />
          <tbody>
            {items.slice(0, SHOWN_ITEMS).map((item, index) => (
              <ItemRow key={index} item={item} scope={scope} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function ItemRow({ item, scope }: { item: QualityItem; scope: Scope }) {
  const i18n = useI18n();
  const target = item.target;
  return (
    <tr>
      <th scope="row">
        {target.kind === 'pair' ? (
          <span className="quality-items__pair">
            <Link to={`/people/${target.a}`}>{target.aLabel}</Link>
            <Link to={`/people/${target.b}`}>{target.bLabel}</Link>
            <LinkButton to={targetHref(item)} label={i18n.t('quality.pair.open')} />
          </span>
        ) : (
          <Link to={targetHref(item)}>{targetLabel(item, i18n, scope.unitName)}</Link>
        )}
      </th>
      <td>{scope.unitName(item.unitId)}</td>
      <td>{reasonText(item, i18n)}</td>
    </tr>
  );
}
