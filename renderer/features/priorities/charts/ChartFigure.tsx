import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartModel } from '../../../../shared/domain/priorities/charts';
import { CHART_COLORS } from './chart-size';

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
  const axes = vertical ? (
    <>
      <XAxis type="number" fontSize={fontSize} />
      <YAxis
        type="category"
        dataKey="category"
        width={categoryWidth}
        fontSize={fontSize}
        interval={0}
      />
    </>
  ) : (
    <>
      <XAxis dataKey="category" fontSize={fontSize} interval={0} />
      <YAxis fontSize={fontSize} />
    </>
  );
  const chart =
    model.kind === 'lines' ? (
      <LineChart
        width={width}
        height={height}
        data={model.rows}
        margin={{ top: 10, right: 20, bottom: 10, left: 10 }}
      >
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
        margin={{ top: 10, right: 20, bottom: 10, left: 10 }}
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
