// Step 3: what the import would do, counted and line by line, before anything is written. A
// refused line blocks the whole file and is listed with its line number and its reasons; the
// write is one transaction, with its progress.
import { useId } from 'react';
import type { PlaceListPlan, PlannedRow } from '@/domain/place-list-plan';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert, ScrollRegion, Stat } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import { refusedLineText } from './problem-text';
import type { PlaceImportState, Progress } from './use-place-import';

/** A province's file may have thousands of lines: the lists are cut, the counts are not. */
const LIST_LIMIT = 200;

function ProgressLine({
  label,
  text,
  progress,
}: {
  label: string;
  text: string;
  progress: Progress;
}) {
  return (
    <div className="place-import__progress" role="status">
      <span>{text}</span>
      <progress
        aria-label={label}
        max={progress.total || undefined}
        value={progress.total ? progress.done : undefined}
      />
    </div>
  );
}

function RefusedLines({ plan, scope }: { plan: PlaceListPlan; scope: Scope }) {
  const { t, number } = useI18n();
  const headingId = useId();
  const refused = plan.rows.filter((row) => row.action === 'refused');
  return (
    <section aria-labelledby={headingId} className="place-import__refused">
      <h3 id={headingId}>{t('placeImport.preview.refusedHeading')}</h3>
      <ul>
        {refused.slice(0, LIST_LIMIT).map((row) => (
          <li key={row.line}>{refusedLineText(t, row, scope.unitName)}</li>
        ))}
      </ul>
      {refused.length > LIST_LIMIT ? (
        <p className="muted">
          {t('placeImport.preview.more', { count: number(refused.length - LIST_LIMIT) })}
        </p>
      ) : null}
    </section>
  );
}

function RowsTable({
  rows,
  scope,
  blocked,
}: {
  rows: PlannedRow[];
  scope: Scope;
  blocked: boolean;
}) {
  const { t, number } = useI18n();
  const headingId = useId();
  const action = (row: PlannedRow) =>
    row.action === 'update'
      ? t('placeImport.preview.action.update', {
          fields: row.changed.map((field) => t(`placeImport.short.${field}`)).join(', '),
        })
      : t(`placeImport.preview.action.${row.action === 'create' ? 'create' : 'unchanged'}`);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(blocked ? 'placeImport.preview.validHeading' : 'placeImport.preview.rowsHeading')}
      </h3>
      <ScrollRegion labelledBy={headingId}>
        <table className="table place-import__rows">
          <TableHead
            columns={[
              { label: t('placeImport.preview.col.line'), num: true },
              t('placeImport.preview.col.name'),
              t('placeImport.preview.col.kind'),
              t('placeImport.preview.col.unit'),
              t('placeImport.preview.col.action'),
            ]}
          />
          <tbody>
            {rows.slice(0, LIST_LIMIT).map((row) => (
              <tr key={row.line}>
                <td className="num">{row.line}</td>
                <th scope="row">{row.place?.name}</th>
                <td>{row.place ? t(`placeImport.kind.${row.place.kind}`) : null}</td>
                <td>{scope.unitName(row.place?.unitId)}</td>
                <td>{action(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length > LIST_LIMIT ? (
        <p className="muted">
          {t('placeImport.preview.more', { count: number(rows.length - LIST_LIMIT) })}
        </p>
      ) : null}
    </section>
  );
}

export function PreviewStep({ state, scope }: { state: PlaceImportState; scope: Scope }) {
  const { t, number } = useI18n();
  const summaryId = useId();
  const { plan, planning, writing, writeError } = state;

  if (!plan) {
    const progress = planning ?? { done: 0, total: 0 };
    return (
      <ProgressLine
        label={t('placeImport.preview.planningLabel')}
        text={t('placeImport.preview.planning', {
          done: number(progress.done),
          total: number(progress.total),
        })}
        progress={progress}
      />
    );
  }

  const { counts } = plan;
  const toWrite = counts.create + counts.update;
  const accepted = plan.rows.filter((row) => row.action !== 'refused');
  const blocked = counts.refused > 0;
  return (
    <>
      <div className="grid grid--4 place-import__counts">
        {(['create', 'update', 'unchanged', 'refused'] as const).map((action) => (
          <Stat
            key={action}
            label={t(`placeImport.preview.count.${action}`)}
            value={number(counts[action])}
          />
        ))}
      </div>
      {plan.rows.length === 0 ? (
        <Alert tone="warn">
          {t('placeImport.preview.nothing', { line: state.choice?.headerLine ?? 1 })}
        </Alert>
      ) : null}
      {blocked ? (
        <div id={summaryId}>
          <Alert tone="error">
            {t('placeImport.preview.refusedSummary', { count: number(counts.refused) })}
          </Alert>
        </div>
      ) : null}
      {!blocked && plan.figuresWritten > 0 ? (
        <p>
          {t('placeImport.preview.figures', {
            year: plan.year,
            count: number(plan.figuresWritten),
          })}
        </p>
      ) : null}
      {!blocked && plan.rows.length > 0 && toWrite === 0 ? (
        <Alert tone="ok">{t('placeImport.preview.nothingNew')}</Alert>
      ) : null}
      {blocked ? <RefusedLines plan={plan} scope={scope} /> : null}
      {writeError ? <Alert tone="error">{writeError}</Alert> : null}
      {writing ? (
        <ProgressLine
          label={t('placeImport.preview.writingLabel')}
          text={t('placeImport.preview.writing', {
            done: number(writing.done),
            total: number(writing.total),
          })}
          progress={writing}
        />
      ) : null}
      <div className="form-actions">
        {toWrite > 0 || blocked ? (
          <button
            type="button"
            className="button button--primary"
            disabled={blocked || writing !== null}
            aria-describedby={blocked ? summaryId : undefined}
            onClick={() => void state.write()}
          >
            {t('placeImport.preview.import', { count: number(toWrite) })}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={state.backToMap}
          disabled={writing !== null}
        >
          {t('placeImport.preview.backToMap')}
        </button>
        <button type="button" className="button" onClick={state.reset} disabled={writing !== null}>
          {t('placeImport.map.chooseOther')}
        </button>
      </div>
      {accepted.length > 0 ? <RowsTable rows={accepted} scope={scope} blocked={blocked} /> : null}
    </>
  );
}
