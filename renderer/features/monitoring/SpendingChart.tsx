import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import {
  legendText,
  useFitWidth,
  wrappedAxisHeight,
  wrappedTick,
} from '../../components/chart-axis';

export interface SpendingChartRow {
  name: string;
  planned: number;
  spent: number;
}

const Y_AXIS_WIDTH = 90;
const MARGIN = { left: 10, right: 20, top: 10, bottom: 10 };

/** Planned vs spent (cumulative) per source or funder, in som. Loaded on demand. */
export default function SpendingChart({
  rows,
  labels,
  format,
}: {
  rows: SpendingChartRow[];
  labels: { planned: string; spent: string };
  /** Writes a value (in som) in the language in use. */
  format: (som: number) => string;
}) {
  const [box, width] = useFitWidth(960);
  // Funders' names are long: each wraps within its bar's room.
  const band = (width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, rows.length);
  return (
    <div ref={box}>
      <BarChart width={width} height={340} data={rows} margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="name"
          interval={0}
          tick={wrappedTick(band - 6, 4)}
          height={wrappedAxisHeight(4, 11)}
          fontSize={11}
        />
        <YAxis tickFormatter={format} width={Y_AXIS_WIDTH} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend itemSorter={null} formatter={legendText} />
        <Bar dataKey="planned" name={labels.planned} fill="#adb5bd" isAnimationActive={false} />
        <Bar dataKey="spent" name={labels.spent} fill="#0b7285" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
