import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartModel } from '../../../../shared/domain/priorities/charts';
import { wrappedAxisHeight, wrappedTick } from '../../../components/chart-axis';
import { CHART_COLORS } from './chart-size';

const MARGIN = { top: 10, right: 20, bottom: 10, left: 10 };
/** Recharts' default width of a number axis. */
const NUMBER_AXIS_WIDTH = 60;

interface Props {
  model: ChartModel;
  width: number;
  height: number;
  /** Off in print and in exports: a printed chart must be complete at once. */
  animate?: boolean;
  legend?: boolean;
}

/**
 * The legend as plain HTML beside the chart. Recharts' own <Legend> measures itself and lays the
 * chart out a second time, which made a chart draw take about 2.5× a bare one (bench); text in dark
 * grey, as a pale series colour (yellow) is unreadable as text.
 */
function ChartLegend({ model }: { model: ChartModel }) {
  return (
    <ul
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '2px 14px',
        listStyle: 'none',
        margin: '4px 0 0',
        padding: 0,
        fontSize: 12,
        color: '#333',
      }}
    >
      {model.series.map((series, index) => (
        <li key={series.key} style={{ display: 'flex', alignItems: 'center', gap: 5 }}>
          <span
            style={{
              width: 11,
              height: 11,
              background: CHART_COLORS[index % CHART_COLORS.length],
              display: 'inline-block',
            }}
          />
          {series.label}
        </li>
      ))}
    </ul>
  );
}

/** Draws a ChartModel with Recharts at a fixed size. */
export function ChartFigure({ model, width, height, animate = true, legend = true }: Props) {
  const color = (index: number) => CHART_COLORS[index % CHART_COLORS.length]!;
  const vertical = model.layout === 'vertical';
  const categoryWidth = vertical ? Math.min(280, Math.round(width * 0.45)) : undefined;
  const fontSize = width < 500 ? 10 : 12;
  // Each category label gets the room of its band and wraps at spaces (two lines beside a bar,
  // three under one); a line chart's quarters are one word each and skip where they would touch.
  const band =
    (width - MARGIN.left - MARGIN.right - NUMBER_AXIS_WIDTH) / Math.max(1, model.rows.length);
  const axes = vertical ? (
    <>
      <XAxis type="number" fontSize={fontSize} />
      <YAxis
        type="category"
        dataKey="category"
        width={categoryWidth}
        fontSize={fontSize}
        interval={0}
        tick={wrappedTick((categoryWidth ?? 0) - 10, 2)}
      />
    </>
  ) : model.kind === 'lines' ? (
    <>
      <XAxis
        dataKey="category"
        fontSize={fontSize}
        interval="preserveStartEnd"
        padding={{ left: 30, right: 30 }}
      />
      <YAxis fontSize={fontSize} width={NUMBER_AXIS_WIDTH} />
    </>
  ) : (
    <>
      <XAxis
        dataKey="category"
        fontSize={fontSize}
        interval={0}
        tick={wrappedTick(band - 8, 3)}
        height={wrappedAxisHeight(3, fontSize)}
      />
      <YAxis fontSize={fontSize} width={NUMBER_AXIS_WIDTH} />
    </>
  );
  const chart =
    model.kind === 'lines' ? (
      <LineChart width={width} height={height} data={model.rows} margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        {axes}
        <Tooltip />
        {model.series.map((series, index) => (
          <Line
            key={series.key}
            dataKey={series.key}
            name={series.label}
            stroke={color(index)}
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    ) : (
      <BarChart
        width={width}
        height={height}
        data={model.rows}
        layout={vertical ? 'vertical' : 'horizontal'}
        margin={MARGIN}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {axes}
        <Tooltip />
        {model.series.map((series, index) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            fill={color(index)}
            stackId={model.kind === 'stacked-bars' ? 'score' : undefined}
            isAnimationActive={animate}
          />
        ))}
      </BarChart>
    );
  return (
    <div>
      {chart}
      {legend && model.series.length > 1 && <ChartLegend model={model} />}
    </div>
  );
}
