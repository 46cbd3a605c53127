// The list of cases as a file for the units to correct: CSV in either dialect (src/ui/csv.ts) or
// an Excel workbook (write-excel-file, loaded on click like the report's) that prints on A4
// landscape, fitted to the width, its header row on every page.
import { useState } from 'react';
import type { IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import { fileSlug } from '@/domain/file-slug';
import type { QualityItem } from '@/domain/quality-report';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { csvText, type CsvDialect } from '@/ui/csv';
import { CsvButtons } from '@/ui/csv-buttons';
import { downloadBlob } from '@/ui/download';
import { printSetupFeature, rowHeight, wrappedLineCount } from '@/ui/xlsx-print';
import { exportRows } from './quality-text';

/** Code, check, severity, unit, record, reason, link: the reason wraps, the rest fits. */
const QUALITY_WIDTHS = [8, 36, 12, 28, 28, 60, 40];

export function QualityExportButtons({
  items,
  unit,
  scope,
  today,
}: {
  items: readonly QualityItem[];
  unit: Unit;
  scope: Scope;
  today: IsoDate;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rows = () => exportRows(items, i18n, scope.unitName, window.location.origin);
  const name = (extension: string) =>
    `kiem-tra-du-lieu-${fileSlug(unit.code, 'don-vi')}-${today}.${extension}`;
  const csv = (dialect: CsvDialect) => {
    const text = csvText(rows(), dialect);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name('csv'));
  };
  const xlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      const { default: writeXlsxFile } = await import('write-excel-file/browser');
      const data = rows().map((row, index) => {
        const lines = Math.max(
          ...row.map((value, column) => wrappedLineCount(value, QUALITY_WIDTHS[column] ?? 10)),
        );
        return row.map((value, column) => ({
          value,
          type: String,
          wrap: true,
          alignVertical: 'top' as const,
          ...(column === 0 ? { height: rowHeight(lines, 11) } : {}),
          ...(index === 0 ? { fontWeight: 'bold' as const } : {}),
        }));
      });
      const sheet = t('quality.export.sheet');
      const print = printSetupFeature({
        headerLeft: t('quality.export.title'),
        headerRight: `${unit.name} · ${date(today)}`,
        pageWord: t('quality.export.page'),
        sheetNames: [sheet],
        repeatRows: [1],
        gridLines: [true],
        landscape: true,
      });
      const blob = await writeXlsxFile(
        data,
        {
          sheet,
          columns: QUALITY_WIDTHS.map((width) => ({ width })),
          stickyRowsCount: 1,
        },
        { features: [print] },
      ).toBlob();
      downloadBlob(blob, name('xlsx'));
    } catch (caught) {
      setError(String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <CsvButtons onDownload={csv} />
      <button
        type="button"
        className="button"
        onClick={() => void xlsx()}
        disabled={busy}
        aria-busy={busy}
      >
        {t('quality.export.xlsx')}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}
