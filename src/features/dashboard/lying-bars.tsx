// Bars lying down, laid out for the width they are given: on a laptop the category labels stand
// in a column on the left, as wide as the longest label needs but never more than about a third
// of the chart (a longer label wraps between words); on a phone or half a tablet, where that
// column would leave the bars no room, each label stands above its bar across the whole width.
import { useCallback, useState, type ReactNode } from 'react';
import { BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { wrapWords } from '@/ui/wrap-words';

export const AXIS_TICK = { fill: '#3d3d44', fontSize: 12 };
/** About 7 px per character at 12 px (Vietnamese marks widen little). */
const CHAR_PX = 7.2;
/** Narrower than this, the labels go above their bars. */
const LABELS_ABOVE_BELOW_PX = 460;

export interface LyingBarsLayout {
  labelsAbove: boolean;
  /** The label column's width (0 when the labels stand above the bars). */
  labelWidth: number;
  /** Room right of the bars for the figure at their end. */
  right: number;
  rowHeight: number;
}

export function lyingBarsLayout(width: number, labelChars: number, endChars: number) {
  const labelsAbove = width < LABELS_ABOVE_BELOW_PX;
  const wanted = Math.max(80, Math.round(labelChars * CHAR_PX) + 18);
  return {
    labelsAbove,
    labelWidth: labelsAbove ? 0 : Math.min(210, Math.round(width * 0.36), wanted),
    right:
      endChars > 0 ? Math.min(96, Math.round(width * 0.2), Math.round(endChars * 6.8) + 12) : 24,
    rowHeight: labelsAbove ? 50 : 34,
  } satisfies LyingBarsLayout;
}

/** The width of the element the returned ref is put on, kept up to date. */
function useWidth(): [(node: HTMLDivElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

function labelTick(width: number) {
  const max = Math.max(6, Math.floor((width - 12) / CHAR_PX));
  return function LabelTick({ x, y, payload }: TickProps) {
    const lines = wrapWords(String(payload?.value ?? ''), max);
    const first = 0.35 - (lines.length - 1) * 0.6;
    return (
      <text x={x} y={y} textAnchor="end" {...AXIS_TICK}>
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={`${index === 0 ? first : 1.2}em`}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

function LabelAbove({
  x,
  y,
  value,
}: {
  x?: number | string;
  y?: number | string;
  value?: unknown;
}) {
  return (
    <text x={Number(x)} y={Number(y) - 6} {...AXIS_TICK}>
      {String(value ?? '')}
    </text>
  );
}

export function LyingBars({
  data,
  bars,
  tickFormatter,
  tooltipFormatter,
  domainMax,
  endChars = 0,
  legend = false,
}: {
  data: readonly { key: string; label: string }[];
  /** The <Bar>s; `labelsAbove` goes inside the first one (the labels above the bars, or null). */
  bars: (labelsAbove: ReactNode) => ReactNode;
  tickFormatter: (value: number) => string;
  tooltipFormatter: (value: unknown, name: unknown, item: unknown) => string;
  domainMax?: number;
  /** The longest figure written at a bar's end, in characters (0: none). */
  endChars?: number;
  legend?: boolean;
}) {
  const [ref, width] = useWidth();
  const labelChars = Math.max(0, ...data.map((datum) => datum.label.length));
  const layout = lyingBarsLayout(width, labelChars, endChars);
  const height = Math.max(120, data.length * layout.rowHeight + 40 + (legend ? 36 : 0));
  return (
    <div ref={ref} className="lying-bars" style={{ height }}>
      {width > 0 ? (
        <BarChart
          layout="vertical"
          data={[...data]}
          width={width}
          height={height}
          accessibilityLayer={false}
          margin={{ top: 4, right: layout.right, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke="#e4e1da" />
          <XAxis
            type="number"
            tick={AXIS_TICK}
            tickFormatter={tickFormatter}
            domain={[0, domainMax ?? 'auto']}
            allowDecimals={false}
          />
          <YAxis
            type="category"
            dataKey="label"
            hide={layout.labelsAbove}
            width={layout.labelWidth}
            tick={labelTick(layout.labelWidth)}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
            formatter={tooltipFormatter}
            labelStyle={{ fontWeight: 600 }}
          />
          {legend ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {bars(layout.labelsAbove ? <LabelList dataKey="label" content={<LabelAbove />} /> : null)}
        </BarChart>
      ) : null}
    </div>
  );
}
