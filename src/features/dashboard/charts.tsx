// Thin recharts wrappers: bars of figures the domain computed, labelled in Vietnamese format.
// Animation is off: figures appear at once, and a PNG saved right away shows the full bars.
// recharts' keyboard layer is off too: each chart's table alternative is the accessible reading,
// and a focus stop per chart would only lengthen the way through the page.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export const CHART_COLORS = {
  primary: '#b3261e',
  accent: '#c8a02c',
  blue: '#1a5fb4',
  green: '#1e7d3a',
  grey: '#8a857b',
} as const;

const AXIS_TICK = { fill: '#3d3d44', fontSize: 12 };

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The text at the end of the bar (e.g. "63,2%" or "1.204"). */
  display: string;
  color?: string;
}

/** Bars lying down, one per category, the label on the left: reads well with long labels. */
export function HorizontalBars({
  data,
  color = CHART_COLORS.primary,
  labelWidth,
  tickFormatter,
  tooltipFormatter,
  domainMax,
  valueName,
}: {
  data: BarDatum[];
  /** What a bar measures, for the tooltip ("Tỷ lệ", "Số người"). */
  valueName: string;
  color?: string;
  /** Room for the category labels; by default from the longest label. */
  labelWidth?: number;
  tickFormatter: (value: number) => string;
  tooltipFormatter: (value: number, datum: BarDatum) => string;
  domainMax?: number;
}) {
  const height = Math.max(120, data.length * 34 + 40);
  // About 7 px per character at 12 px (Vietnamese marks widen little): longer labels wrap.
  const longest = Math.max(0, ...data.map((datum) => datum.label.length));
  const yWidth = labelWidth ?? Math.min(210, Math.max(80, Math.round(longest * 7.2) + 18));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 92, bottom: 4, left: 4 }}
    >
      <CartesianGrid horizontal={false} stroke="#e4e1da" />
      <XAxis
        type="number"
        tick={AXIS_TICK}
        tickFormatter={tickFormatter}
        domain={[0, domainMax ?? 'auto']}
        allowDecimals={false}
      />
      <YAxis type="category" dataKey="label" width={yWidth} tick={AXIS_TICK} interval={0} />
      <Tooltip
        cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
        formatter={(value, _name, item) =>
          tooltipFormatter(Number(value), (item as { payload: BarDatum }).payload)
        }
        labelStyle={{ fontWeight: 600 }}
      />
      <Bar dataKey="value" name={valueName} fill={color} isAnimationActive={false} maxBarSize={22}>
        {data.map((datum) => (
          <Cell key={datum.key} fill={datum.color ?? color} />
        ))}
        <LabelList dataKey="display" position="right" fill="#1d1d1f" fontSize={12} />
      </Bar>
    </BarChart>
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
}: {
  data: BarDatum[];
  valueName: string;
  color?: string;
  tickFormatter: (value: number) => string;
  tooltipFormatter: (value: number, datum: BarDatum) => string;
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
  const height = Math.max(140, data.length * 34 + 76);
  const longest = Math.max(0, ...data.map((datum) => datum.label.length));
  const yWidth = Math.min(210, Math.max(80, Math.round(longest * 7.2) + 18));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
    >
      <CartesianGrid horizontal={false} stroke="#e4e1da" />
      <XAxis type="number" tick={AXIS_TICK} tickFormatter={tickFormatter} allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={yWidth} tick={AXIS_TICK} interval={0} />
      <Tooltip
        cursor={{ fill: 'rgb(0 0 0 / 5%)' }}
        formatter={(value) => tickFormatter(Number(value))}
        labelStyle={{ fontWeight: 600 }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {series.map((each) => (
        <Bar
          key={each.key}
          dataKey={each.key}
          name={each.name}
          stackId="stack"
          fill={each.color}
          isAnimationActive={false}
          maxBarSize={22}
        />
      ))}
    </BarChart>
  );
}
