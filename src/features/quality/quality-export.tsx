// The list of cases as a file for the units to correct: CSV (UTF-8 with BOM, the report's writer)
// or an Excel workbook (write-excel-file, loaded on click like the report's).
import { useState } from 'react';
import type { IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import { fileSlug } from '@/domain/file-slug';
import type { QualityItem } from '@/domain/quality-report';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { csvText } from '@/ui/csv';
import { downloadBlob } from '@/ui/download';
import { exportRows } from './quality-text';

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
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rows = () => exportRows(items, i18n, scope.unitName, window.location.origin);
  const name = (extension: string) =>
    `kiem-tra-du-lieu-${fileSlug(unit.code, 'don-vi')}-${today}.${extension}`;
  const csv = () => {
    downloadBlob(new Blob([csvText(rows())], { type: 'text/csv;charset=utf-8' }), name('csv'));
  };
  const xlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      const { default: writeXlsxFile } = await import('write-excel-file/browser');
      const data = rows().map((row, index) =>
        row.map((value) => ({
          value,
          type: String,
          ...(index === 0 ? { fontWeight: 'bold' as const } : {}),
        })),
      );
      const blob = await writeXlsxFile(data, {
        sheet: t('quality.export.sheet'),
        columns: [
          { width: 8 },
          { width: 40 },
          { width: 12 },
          { width: 30 },
          { width: 30 },
          { width: 60 },
          { width: 50 },
        ],
        stickyRowsCount: 1,
      }).toBlob();
      downloadBlob(blob, name('xlsx'));
    } catch (caught) {
      setError(String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={csv}>
        {t('quality.export.csv')}
      </button>
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
