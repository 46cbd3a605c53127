// /reports: a unit and a period (kept in the URL), the report as it will be printed, and its
// tables as CSV or Excel. The figures are the dashboard's (computeIndicators); only the words are
// the report's.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from '@/ui/router';
import { localIsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Indicators, Period } from '@/domain/indicator-types';
import { periodPresets } from '@/domain/indicators';
import { useI18n } from '@/i18n/i18n';
import { useDemoInfo } from '@/queries/demo';
import { useRecordsWithProblems } from '@/queries/quality';
import { useScope, type Scope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader } from '@/ui/components';
import type { CsvDialect } from '@/ui/csv';
import { CsvButtons } from '@/ui/csv-buttons';
import { downloadBlob } from '@/ui/download';
import { Field } from '@/ui/field';
import { UnitTreeOptions } from '@/ui/page-components';
import { reportCsv, reportFileName, type ReportFact, type ReportMeta } from './report-csv';
import { ReportDocument } from './report-document';
import {
  readReportChoice,
  reportFormSchema,
  writeReportChoice,
  type ReportFormValues,
} from './report-params';
import { placeParagraph } from './report-places-text';
import { placeTables } from './report-places-tables';
import { reportQuery, reportTargetsQuery, type ReportFigures } from './report-query';
import { reportTables, type ReportTable } from './report-tables';
import { reportParagraphs } from './report-text';
import { reportSheets, reportXlsx } from './report-xlsx';
import './reports.css';

export default function ReportsPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  if (!scope) return <Loading label={t('common.loading')} />;
  if (scope.units.length === 0) {
    return (
      <>
        <PageHeader title={t('reports.title')} description={t('reports.description')} />
        <EmptyState title={t('reports.title')}>{t('reports.noUnit')}</EmptyState>
      </>
    );
  }
  return <ReportView scope={scope} />;
}

function ReportView({ scope }: { scope: Scope }) {
  const { t, date, number } = useI18n();
  const [params, setParams] = useSearchParams();
  // Fixed for the life of the page: the report's date does not move while someone reads it.
  const [today] = useState(() => localIsoDate());
  const choice = useMemo(
    () => readReportChoice(params, scope.units, scope.homeUnit, today),
    [params, scope.units, scope.homeUnit, today],
  );
  const unit = choice.unit as Unit;
  const period = choice.period;
  const [rebuild, setRebuild] = useState<{ done: number; total: number } | null>(null);
  const report = useQuery(
    reportQuery({ rootUnitId: unit.id, period, today, units: scope.allUnits }, (done, total) =>
      setRebuild(done < total ? { done, total } : null),
    ),
  );

  const demo = Boolean(useDemoInfo().data);
  const content = useReportContent(scope, unit, report.data, today, demo);
  const problems = useRecordsWithProblems(unit.id, today, Boolean(content));

  const choose = (next: { unit?: Unit; period?: Period }) =>
    setParams(writeReportChoice((next.unit ?? unit).code, next.period ?? period));

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={t('reports.description')}
        actions={content ? <ExportButtons unit={unit} content={content} /> : null}
      />
      <div className="no-print">
        {choice.unknownCode ? (
          <Alert tone="warn">
            {t('reports.error.unitNotFound', { code: choice.unknownCode, name: unit.name })}
          </Alert>
        ) : null}
        {choice.invalidPeriod ? (
          <Alert tone="warn">
            {t('reports.error.invalidPeriod', {
              from: date(period.from),
              to: date(period.to),
            })}
          </Alert>
        ) : null}
        <ReportControls scope={scope} unit={unit} period={period} today={today} onChoose={choose} />
      </div>
      {report.error ? (
        <Alert tone="error">{t('reports.error.load', { message: report.error.message })}</Alert>
      ) : content ? (
        <ReportDocument
          unit={unit}
          parent={content.parent}
          period={content.figures.period}
          today={today}
          paragraphs={content.paragraphs}
          tables={content.tables}
          placeParagraph={content.placeParagraph}
          placeTables={content.placeTables}
          demo={content.demo}
          problems={problems}
        />
      ) : (
        <Loading
          label={
            rebuild
              ? t('reports.rebuilding', {
                  done: number(rebuild.done),
                  total: number(rebuild.total),
                })
              : t('reports.loading')
          }
        />
      )}
    </>
  );
}

function ReportControls({
  scope,
  unit,
  period,
  today,
  onChoose,
}: {
  scope: Scope;
  unit: Unit;
  period: Period;
  today: string;
  onChoose: (next: { unit?: Unit; period?: Period }) => void;
}) {
  const { t, tMessage } = useI18n();
  const targets = useQuery(reportTargetsQuery);
  const presets = useMemo(() => periodPresets(today, targets.data ?? []), [today, targets.data]);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ReportFormValues>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: { unitId: unit.id, from: period.from, to: period.to },
  });
  // The URL is the truth: a quick choice, a bookmark or the back button resets the form to it.
  useEffect(() => {
    reset({ unitId: unit.id, from: period.from, to: period.to });
  }, [reset, unit.id, period.from, period.to]);

  const byId = useMemo(() => new Map(scope.units.map((u) => [u.id, u])), [scope.units]);
  const onSubmit = handleSubmit((values) => {
    onChoose({
      unit: byId.get(values.unitId) ?? unit,
      period: { from: values.from, to: values.to },
    });
  });
  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);

  return (
    <section className="card report-controls" aria-labelledby="report-controls-title">
      <h2 id="report-controls-title" className="visually-hidden">
        {t('reports.form.legend')}
      </h2>
      <form className="toolbar report-controls__form" onSubmit={onSubmit} noValidate>
        <Field
          label={t('reports.form.unit')}
          hint={t('reports.form.unitHint')}
          error={message(errors.unitId?.message)}
          required
        >
          <select {...register('unitId')}>
            <UnitTreeOptions
              tree={scope.tree}
              withCode
              note={(unit) => (unit.closedOn ? ` ${t('reports.form.closed')}` : '')}
            />
          </select>
        </Field>
        <Field label={t('reports.form.from')} error={message(errors.from?.message)} required>
          <input type="date" {...register('from')} />
        </Field>
        <Field label={t('reports.form.to')} error={message(errors.to?.message)} required>
          <input type="date" {...register('to')} />
        </Field>
        <div className="report-controls__submit">
          <button type="submit" className="button button--primary">
            {t('reports.form.submit')}
          </button>
        </div>
      </form>
      {presets.length > 0 ? (
        <div className="report-presets" role="group" aria-label={t('reports.form.presets')}>
          <span className="muted">{t('reports.form.presets')}:</span>
          {presets.map((preset) => {
            const active = preset.period.from === period.from && preset.period.to === period.to;
            return (
              <button
                key={preset.key}
                type="button"
                className={`button button--small${active ? ' button--active' : ''}`}
                aria-pressed={active}
                onClick={() => onChoose({ period: preset.period })}
              >
                {t(preset.labelKey, preset.labelParams)}
              </button>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}

export interface ReportContent {
  figures: Indicators;
  paragraphs: string[];
  tables: ReportTable[];
  /** The paragraph on the places and its tables (section III); null and [] without places. */
  placeParagraph: string | null;
  placeTables: ReportTable[];
  meta: ReportMeta;
  parent: Unit | undefined;
  /** The figures are the generated demo province's: the document says so. */
  demo: boolean;
}

function useReportContent(
  scope: Scope,
  unit: Unit,
  data: ReportFigures | undefined,
  today: string,
  demo: boolean,
): ReportContent | null {
  const i18n = useI18n();
  return useMemo(() => {
    if (!data) return null;
    const { figures, places } = data;
    const byId = new Map(scope.allUnits.map((u) => [u.id, u]));
    const unitName = (id: string) => byId.get(id)?.name ?? '—';
    const children = figures.perUnit
      .map((row) => byId.get(row.unitId))
      .filter((child): child is Unit => child !== undefined);
    const paragraphs = reportParagraphs(figures, { unit, children, today }, i18n);
    const tables = reportTables(figures, unitName, i18n);
    const placeText = placeParagraph(places, unit, unitName, i18n);
    const placeTableList = placeTables(places, unitName, i18n);
    const meta: ReportMeta = {
      title: i18n.t('reports.meta.title'),
      facts: [
        [i18n.t('reports.meta.unit'), `${unit.name} (${unit.code})`],
        [
          i18n.t('reports.meta.period'),
          i18n.t('reports.meta.periodValue', {
            from: i18n.date(figures.period.from),
            to: i18n.date(figures.period.to),
          }),
          i18n.t('reports.meta.periodValue', { ...figures.period }),
        ],
        [i18n.t('reports.meta.createdOn'), i18n.date(today), today],
        ...(demo ? [[i18n.t('reports.meta.note'), i18n.t('reports.doc.demo')] as ReportFact] : []),
      ],
    };
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    return {
      figures,
      paragraphs,
      tables,
      placeParagraph: placeText,
      placeTables: placeTableList,
      meta,
      parent,
      demo,
    };
  }, [scope.allUnits, unit, data, today, i18n, demo]);
}

function ExportButtons({ unit, content }: { unit: Unit; content: ReportContent }) {
  const { t } = useI18n();
  const { figures } = content;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const downloadCsv = (dialect: CsvDialect) => {
    const csv = reportCsv([...content.tables, ...content.placeTables], content.meta, dialect);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      reportFileName(unit.code, figures.period, 'csv'),
    );
  };
  const downloadXlsx = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const sheets = reportSheets(
        [...content.tables, ...content.placeTables],
        content.meta,
        content.placeParagraph
          ? [...content.paragraphs, content.placeParagraph]
          : content.paragraphs,
        {
          cover: t('reports.xlsx.cover'),
          headerRight: `${unit.name} · ${content.meta.facts[1]?.[1] ?? ''}`,
          page: t('reports.xlsx.page'),
        },
      );
      downloadBlob(await reportXlsx(sheets), reportFileName(unit.code, figures.period, 'xlsx'));
    } catch (error) {
      setFailure(t('reports.export.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-actions no-print">
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.print()}
        title={t('reports.printHint')}
      >
        {t('reports.print')}
      </button>
      <CsvButtons onDownload={downloadCsv} />
      <button type="button" className="button" onClick={() => void downloadXlsx()} disabled={busy}>
        {busy ? t('reports.xlsx.busy') : t('reports.xlsx')}
      </button>
      {failure ? (
        <div className="report-actions__error">
          <Alert tone="error">{failure}</Alert>
        </div>
      ) : null}
    </div>
  );
}
