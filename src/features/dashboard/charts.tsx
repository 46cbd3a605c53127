// Thin recharts wrappers: bars of figures the domain computed, labelled in Vietnamese format.
// Animation is off: figures appear at once, and a PNG saved right away shows the full bars.
// recharts' keyboard layer is off too: each chart's table alternative is the accessible reading,
// and a focus stop per chart would only lengthen the way through the page.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, LyingBars } from './lying-bars';

export const CHART_COLORS = {
  primary: '#b3261e',
  accent: '#c8a02c',
  blue: '#1a5fb4',
  green: '#1e7d3a',
  grey: '#8a857b',
} as const;

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The text at the end of the bar (e.g. "63,2%" or "1.204"). */
  display: string;
  color?: string;
}

/** What a chart of one series of bars is given. */
interface BarsProps {
  data: BarDatum[];
  /** What a bar measures, for the tooltip ("Tỷ lệ", "Số người"). */
  valueName: string;
  color?: string;
  tickFormatter: (value: number) => string;
  tooltipFormatter: (value: number, datum: BarDatum) => string;
}

/** Bars lying down, one per category, the label on the left (or above, when narrow). */
export function HorizontalBars({
  data,
  color = CHART_COLORS.primary,
  tickFormatter,
  tooltipFormatter,
  domainMax,
  valueName,
}: BarsProps & { domainMax?: number }) {
  const endChars = Math.max(0, ...data.map((datum) => datum.display.length));
  return (
    <LyingBars
      data={data}
      endChars={endChars}
      tickFormatter={tickFormatter}
      domainMax={domainMax}
      tooltipFormatter={(value, _name, item) =>
        tooltipFormatter(Number(value), (item as { payload: BarDatum }).payload)
      }
      bars={(labelsAbove) => (
        <Bar
          dataKey="value"
          name={valueName}
          fill={color}
          isAnimationActive={false}
          maxBarSize={22}
        >
          {data.map((datum) => (
            <Cell key={datum.key} fill={datum.color ?? color} />
          ))}
          <LabelList dataKey="display" position="right" fill="#1d1d1f" fontSize={12} />
          {labelsAbove}
        </Bar>
      )}
    />
  );
}

/** Standing bars over time (months, quarters, years). */
export function ColumnBars({
  data,
  color = CHART_COLORS.primary,
  tickFormatter,
  tooltipFormatter,
  showLabels,
  valueName,
}: BarsProps & {
  /** Value labels on the bars: readable only for a few dozen bars. */
  showLabels: boolean;
}) {
  return (
    <BarChart
      data={data}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: 280 }}
      margin={{ top: 20, right: 12, bottom: 4, left: 4 }}
    >
      <CartesianGrid vertical={false} stroke="#e4e1da" />
      <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} />
      <YAxis tick={AXIS_TICK} tickFormatter={tickFormatter} allowDecimals={false} width={56} />
      <Tooltip
        cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
        formatter={(value, _name, item) =>
          tooltipFormatter(Number(value), (item as { payload: BarDatum }).payload)
        }
        labelStyle={{ fontWeight: 600 }}
      />
      <Bar dataKey="value" name={valueName} fill={color} isAnimationActive={false} maxBarSize={48}>
        {showLabels ? (
          <LabelList dataKey="display" position="top" fill="#1d1d1f" fontSize={11} />
        ) : null}
      </Bar>
    </BarChart>
  );
}

export interface StackSeries {
  key: string;
  /** The series' name, in the legend and the tooltip. */
  name: string;
  color: string;
}

/** One category's values, one per series (by the series' key), and its label. */
export type StackDatum = { key: string; label: string } & Record<string, number | string>;

/** Bars lying down, each split into the series (e.g. with / without a party organisation). */
export function StackedBars({
  data,
  series,
  tickFormatter,
}: {
  data: StackDatum[];
  series: StackSeries[];
  tickFormatter: (value: number) => string;
}) {
  return (
    <LyingBars
      data={data}
      legend
      tickFormatter={tickFormatter}
      tooltipFormatter={(value) => tickFormatter(Number(value))}
      bars={(labelsAbove) =>
        series.map((each, index) => (
          <Bar
            key={each.key}
            dataKey={each.key}
            name={each.name}
            stackId="stack"
            fill={each.color}
            isAnimationActive={false}
            maxBarSize={22}
          >
            {index === 0 ? labelsAbove : null}
          </Bar>
        ))
      }
    />
  );
}
