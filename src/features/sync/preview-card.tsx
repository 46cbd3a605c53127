// One file's preview: who sent it, what it would do record type by record type, what it skips
// and why, its warnings; a refused file shows why in red and cannot be applied.
import { memo, useId, type ReactNode } from 'react';
import { RECORD_TYPES, type RecordType } from '@/domain/code-lists';
import { importErrorMessage } from '@/exchange/errors';
import { PREVIEW_LIST_LIMIT, type PlanSummary, type RecordCounts } from '@/exchange/plan';
import type { ImportWarning } from '@/exchange/parse';
import { useI18n, type Translate } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert, Badge } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import { groupedFingerprint } from './fingerprint';
import { applicablePlan, type ImportEntry, type PreviewPhase } from './import-files';
import { PreviewQuality } from './preview-quality';

const COUNT_COLUMNS: (keyof RecordCounts)[] = [
  'created',
  'updated',
  'unchanged',
  'stale',
  'outOfScope',
  'deleted',
];

/**
 * Long lists are cut: the preview must stay readable for a file of 30,000 people (and the
 * worker sends no more than these of the records left out).
 */
const LIST_LIMIT = PREVIEW_LIST_LIMIT;

interface PreviewCardProps {
  entry: ImportEntry;
  scope: Scope;
  onApply: (entry: ImportEntry) => Promise<void>;
  onTrust: (key: string, trusted: boolean) => void;
  onRemove: (entry: ImportEntry) => void;
}

/**
 * Memoised, with callbacks that take the entry: while the worker reports progress on one file,
 * the cards of the others (each a table of figures) are not drawn again.
 */
export const PreviewCard = memo(function PreviewCard({
  entry,
  scope,
  onApply,
  onTrust,
  onRemove,
}: PreviewCardProps) {
  const { t } = useI18n();
  const titleId = useId();
  const plan = entry.preview?.plan;
  const error = entry.preview?.error;
  const status = entry.apply.status;

  let badge: ReactNode = null;
  if (error || entry.failure) badge = <Badge tone="danger">{t('sync.preview.refused')}</Badge>;
  else if (status === 'applied') badge = <Badge tone="ok">{t('sync.preview.applied')}</Badge>;
  else if (plan) badge = <Badge tone="primary">{t('sync.preview.ready')}</Badge>;

  return (
    <article
      className={error || entry.failure ? 'sync-preview sync-preview--refused' : 'sync-preview'}
      aria-labelledby={titleId}
    >
      <header className="sync-preview__header">
        <h3 id={titleId}>{entry.fileName}</h3>
        {badge}
        <button
          type="button"
          className="button button--small sync-preview__remove"
          onClick={() => onRemove(entry)}
          disabled={status === 'applying'}
          aria-label={`${t('sync.preview.remove')}: ${entry.fileName}`}
        >
          {t('sync.preview.remove')}
        </button>
      </header>

      {!entry.preview && !entry.failure ? (
        <ProgressLine fileName={entry.fileName} progress={entry.progress} />
      ) : null}
      {entry.failure ? <Alert tone="error">{entry.failure}</Alert> : null}
      {error ? <Alert tone="error">{importErrorMessage(error, t)}</Alert> : null}
      {plan && !error ? (
        <PlanDetails
          entry={entry}
          plan={plan}
          scope={scope}
          onApply={() => void onApply(entry)}
          onTrust={(trusted) => onTrust(entry.key, trusted)}
        />
      ) : null}
    </article>
  );
});

function ProgressLine({
  fileName,
  progress,
}: {
  fileName: string;
  progress: ImportEntry['progress'];
}) {
  const { t, number, percent } = useI18n();
  const phase: PreviewPhase | 'waiting' = progress?.phase ?? 'waiting';
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  // Reading counts bytes: a share says more than millions of them; the other phases count records.
  const amount =
    total === 0
      ? '…'
      : phase === 'read'
        ? ` — ${percent(done / total)}`
        : ` — ${number(done)}/${number(total)}`;
  return (
    <div className="sync-progress">
      <span>
        {t(`sync.import.phase.${phase}`)}
        {amount}
      </span>
      <progress
        aria-label={t('sync.import.progressLabel', { file: fileName })}
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
      />
    </div>
  );
}

function PlanDetails({
  entry,
  plan,
  scope,
  onApply,
  onTrust,
}: {
  entry: ImportEntry;
  plan: PlanSummary;
  scope: Scope;
  onApply: () => void;
  onTrust: (trusted: boolean) => void;
}) {
  const { t, number } = useI18n();
  const status = entry.apply.status;
  const sum = (column: keyof RecordCounts) =>
    RECORD_TYPES.reduce((total, type) => total + plan.counts[type][column], 0);
  const sealed = plan.sealed;

  return (
    <>
      <PlanFacts plan={plan} />

      <KeyNotices entry={entry} plan={plan} scope={scope} onTrust={onTrust} />

      {plan.alreadyImported ? <Alert tone="info">{t('sync.preview.already')}</Alert> : null}

      {!plan.alreadyImported ? <CountsTable plan={plan} /> : null}
      {!plan.alreadyImported &&
      sum('created') + sum('updated') + sum('deleted') === 0 &&
      status !== 'applied' ? (
        <p className="muted sync-text">{t('sync.preview.nothing')}</p>
      ) : null}

      {!plan.alreadyImported ? <PreviewQuality plan={plan} /> : null}

      <SkippedLists plan={plan} />

      {status === 'applied' ? (
        <Alert tone="ok">
          {plan.alreadyImported
            ? t('sync.preview.appliedAlready', { file: plan.fileName })
            : t('sync.preview.appliedSummary', {
                file: plan.fileName,
                created: number(sum('created')),
                updated: number(sum('updated')),
                deleted: number(sum('deleted')),
              })}
        </Alert>
      ) : null}
      {entry.apply.status === 'failed' ? (
        <Alert tone="error">
          {t('sync.preview.applyFailed', {
            file: plan.fileName,
            message: entry.apply.message,
          })}
        </Alert>
      ) : null}

      {status !== 'applied' ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={applicablePlan(entry) === null}
            onClick={onApply}
            aria-label={`${t('sync.preview.apply')}: ${plan.fileName}`}
          >
            {status === 'applying' ? t('sync.preview.applying') : t('sync.preview.apply')}
          </button>
          {sealed?.firstUse && !entry.trusted ? (
            <span className="muted">{t('sync.preview.trustFirst')}</span>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** Who sent the file, when, what it holds, and what an import of it may change. */
function PlanFacts({ plan }: { plan: PlanSummary }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <dl className="sync-facts">
        <div>
          <dt>{t('sync.preview.source')}</dt>
          <dd>
            {plan.source.unitName} ({plan.source.unitCode})
          </dd>
        </div>
        <div>
          <dt>{t('sync.preview.exportedAt')}</dt>
          <dd>{dateTime(plan.exportedAt)}</dd>
        </div>
        <div>
          <dt>{t('sync.preview.scope')}</dt>
          <dd>
            {plan.scope.type === 'full'
              ? t('sync.preview.scope.full')
              : t('sync.preview.scope.changes', { since: dateTime(plan.scope.since) })}
          </dd>
        </div>
        <div>
          <dt>{t('sync.preview.kind')}</dt>
          <dd>
            {t(plan.isProvinceFile ? 'sync.preview.kind.province' : 'sync.preview.kind.unit')}
          </dd>
        </div>
      </dl>
      <p className="muted sync-text">
        {plan.isProvinceFile
          ? t('sync.preview.scopeHint.province')
          : t('sync.preview.scopeHint.unit', { unit: plan.source.unitName })}
      </p>
    </>
  );
}

/**
 * What the file's keys say: a sealed file's signer (to trust on first use, or known), and the
 * province's key a province file brings.
 */
function KeyNotices({
  entry,
  plan,
  scope,
  onTrust,
}: {
  entry: ImportEntry;
  plan: PlanSummary;
  scope: Scope;
  onTrust: (trusted: boolean) => void;
}) {
  const { t } = useI18n();
  const trustId = useId();
  const status = entry.apply.status;
  const sealed = plan.sealed;
  const signerName =
    sealed &&
    (scope.allUnits.find((unit) => unit.id === sealed.unitId)?.name ?? plan.source.unitName);
  return (
    <>
      {sealed && sealed.firstUse && status !== 'applied' ? (
        <div className="alert alert--warn" role="status">
          <strong>{t('sync.preview.firstUse')}</strong>
          <p>
            {t('sync.preview.firstUseExplain', {
              fingerprint: groupedFingerprint(sealed.fingerprint),
            })}
          </p>
          <label className="checkbox" htmlFor={trustId}>
            <input
              id={trustId}
              type="checkbox"
              checked={entry.trusted}
              onChange={(event) => onTrust(event.target.checked)}
            />
            {t('sync.preview.trust')}
          </label>
        </div>
      ) : null}
      {sealed && !sealed.firstUse ? (
        <Alert tone="ok">
          {t('sync.preview.sealed', {
            unit: signerName ?? '',
            fingerprint: groupedFingerprint(sealed.fingerprint),
          })}
        </Alert>
      ) : null}
      {plan.keys?.provincePublicKey ? (
        <Alert tone="info">
          {t('sync.preview.provinceKey', {
            fingerprint: groupedFingerprint(plan.keys.provincePublicKey.keyId),
          })}
        </Alert>
      ) : null}
    </>
  );
}

/** What the import would do, record type by record type. */
function CountsTable({ plan }: { plan: PlanSummary }) {
  const { t, number } = useI18n();
  const typeLabel = (type: RecordType) => t(`exchange.type.${type}`);
  return (
    <table className="table sync-counts">
      <caption className="visually-hidden">{t('sync.preview.countsCaption')}</caption>
      <TableHead
        columns={[
          t('sync.preview.type'),
          ...COUNT_COLUMNS.map((column) => ({ label: t(`sync.preview.${column}`), num: true })),
        ]}
      />
      <tbody>
        {RECORD_TYPES.map((type) => (
          <tr key={type}>
            <th scope="row">{typeLabel(type)}</th>
            {COUNT_COLUMNS.map((column) => (
              <td key={column} className="num">
                {number(plan.counts[type][column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the import skips (out of scope, older than what is here) and the file's warnings. */
function SkippedLists({ plan }: { plan: PlanSummary }) {
  const { t } = useI18n();
  const typeLabel = (type: RecordType) => t(`exchange.type.${type}`);
  return (
    <>
      {plan.outOfScopeTotal > 0 ? (
        <ItemList
          title={t('sync.preview.outOfScopeTitle')}
          total={plan.outOfScopeTotal}
          items={plan.outOfScope.map((item) => ({
            key: `${item.type}:${item.id}`,
            text: `${typeLabel(item.type)} “${item.label}”${
              item.type !== 'unit' && item.unitName ? ` (${item.unitName})` : ''
            } — ${t(item.reason)}`,
          }))}
          open
        />
      ) : null}
      {plan.staleTotal > 0 ? (
        <ItemList
          title={t('sync.preview.staleTitle')}
          total={plan.staleTotal}
          items={plan.stale.map((item) => ({
            key: `${item.type}:${item.id}`,
            text: `${typeLabel(item.type)} “${item.label}” — ${t(item.reason)}`,
          }))}
        />
      ) : null}
      {plan.warnings.length > 0 ? (
        <ItemList
          title={t('sync.preview.warningsTitle')}
          items={plan.warnings.map((warning, index) => ({
            key: String(index),
            text: warningText(warning, t),
          }))}
          open
        />
      ) : null}
    </>
  );
}

function warningText(warning: ImportWarning, t: Translate) {
  // The message places itself (array and first index) where there is a record.
  return t(warning.message, {
    field: warning.field,
    count: warning.count ?? 1,
    array: warning.array ?? '',
    index: warning.index ?? 0,
  });
}

/** A list of items, the first LIST_LIMIT shown; `total` when the items are a sample of more. */
function ItemList({
  title,
  items,
  total = items.length,
  open,
}: {
  title: string;
  items: { key: string; text: string }[];
  total?: number;
  open?: boolean;
}) {
  const { t, number } = useI18n();
  const shown = items.slice(0, LIST_LIMIT);
  return (
    <details className="sync-details" open={open}>
      <summary>
        {title} — {number(total)}
      </summary>
      <ul className="sync-list">
        {shown.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
        {total > shown.length ? (
          <li className="muted">
            {t('sync.preview.more', { count: number(total - shown.length) })}
          </li>
        ) : null}
      </ul>
    </details>
  );
}
