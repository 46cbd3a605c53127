// A chart with its title, an accessible table alternative (the same figures, toggled open) and
// a "save as PNG" button. The chart itself (recharts or any inline SVG) is passed as children:
// this frame draws nothing and knows no chart library.
import { createContext, useContext, useId, useRef, useState, type ReactNode } from 'react';
import { fileSlug } from '@/domain/file-slug';
import { useI18n } from '@/i18n/i18n';
import { downloadBlob } from './download';
import { chartSurface, svgToPngBlob } from './svg-to-png';
import './chart-frame.css';

/**
 * What every chart of a screen is about (the unit and the period), written under the title of a
 * saved image: pasted into a document, the image still says what it shows.
 */
export const ChartImageScope = createContext<string | null>(null);

interface ChartFrameProps {
  title: string;
  /** The chart: an element holding an inline <svg>. */
  children: ReactNode;
  /** The same figures as a <table>: read by screen readers, shown on demand. */
  table: ReactNode;
  /** Name of the saved image without ".png"; by default the title without marks. */
  fileName?: string;
  /** A line under the title (what is counted, the period). */
  description?: ReactNode;
  /** The description in the saved image, when it is not plain text or must say more. */
  imageDescription?: string;
  /** Controls of the chart itself (e.g. by month / quarter / year). */
  controls?: ReactNode;
  /** Show the table from the start (e.g. when the chart would be empty). */
  tableOpen?: boolean;
  className?: string;
}

export function ChartFrame({
  title,
  children,
  table,
  fileName,
  description,
  imageDescription,
  controls,
  tableOpen = false,
  className,
}: ChartFrameProps) {
  const { t } = useI18n();
  const scope = useContext(ChartImageScope);
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(tableOpen);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    const svg = chartRef.current ? chartSurface(chartRef.current) : null;
    if (!svg) {
      setFailure(t('chart.saveFailed', { message: 'SVG' }));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const notes = [
        imageDescription ?? (typeof description === 'string' ? description : ''),
        scope,
      ];
      const blob = await svgToPngBlob(
        svg,
        title,
        notes.filter((note): note is string => Boolean(note)),
      );
      downloadBlob(blob, `${fileName ?? fileSlug(title, 'bieu-do')}.png`);
    } catch (error) {
      setFailure(t('chart.saveFailed', { message: (error as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section
      className={className ? `card chart-frame ${className}` : 'card chart-frame'}
      aria-labelledby={`${id}-title`}
    >
      <div className="chart-frame__head">
        <div>
          <h3 id={`${id}-title`} className="chart-frame__title">
            {title}
          </h3>
          {description ? <p className="chart-frame__description muted">{description}</p> : null}
        </div>
        <div className="chart-frame__actions no-print">
          {controls}
          <button
            type="button"
            className="button button--small"
            aria-expanded={open}
            aria-controls={`${id}-table`}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('chart.hideTable') : t('chart.showTable')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void save()}
            disabled={saving}
            aria-label={`${t('chart.savePng')}: ${title}`}
          >
            {saving ? t('chart.saving') : t('chart.savePng')}
          </button>
        </div>
      </div>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div
        ref={chartRef}
        className="chart-frame__chart"
        role="img"
        aria-label={t('chart.imageLabel', { title })}
      >
        {children}
      </div>
      <div id={`${id}-table`} className="chart-frame__table" hidden={!open}>
        {table}
      </div>
    </section>
  );
}
