import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
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

// Legend text in dark grey: a pale series colour (yellow) would be unreadable as text.
const legendText = (value: string) => <span style={{ color: '#333' }}>{value}</span>;

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
  if (model.kind === 'lines')
    return (
      <LineChart
        width={width}
        height={height}
        data={model.rows}
        margin={{ top: 10, right: 20, bottom: 10, left: 10 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {axes}
        <Tooltip />
        {legend && <Legend formatter={legendText} />}
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
    );
  return (
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
      {legend && <Legend formatter={legendText} />}
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
}
