import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { SOURCES, type Source } from '../../../shared/domain/budget';
import { legendText, useFitWidth } from '../../components/chart-axis';

export interface ChartRow {
  name: string;
  values: Record<Source | 'unfunded', number>;
}

const COLORS: Record<Source | 'unfunded', string> = {
  localBudget: '#0b7285',
  business: '#e67700',
  donors: '#5f3dc4',
  residents: '#2b8a3e',
  unfunded: '#c92a2a',
};

/** Stacked bars: one bar per priority, one segment per source (in som), unfunded on top. Loaded on demand. */
export default function SummaryChart({
  rows,
  labels,
  format,
}: {
  rows: ChartRow[];
  labels: Record<Source | 'unfunded', string>;
  /** Writes an amount (in som) in the language in use: `3 200 000`. */
  format: (som: number) => string;
}) {
  const [box, width] = useFitWidth(960);
  const data = rows.map((row) => ({ name: row.name, ...row.values }));
  const keys = [...SOURCES, 'unfunded'] as const;
  return (
    <div ref={box}>
      <BarChart
        width={width}
        height={360}
        data={data}
        margin={{ left: 10, right: 20, top: 10, bottom: 10 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis tickFormatter={format} width={100} />
        <Tooltip formatter={(value) => format(Number(value))} />
        {/* In the table's order (sources, then unfunded), not Recharts' alphabetical one. */}
        <Legend itemSorter={null} formatter={legendText} />
        {keys.map((key) => (
          <Bar
            key={key}
            dataKey={key}
            name={labels[key]}
            stackId="sources"
            fill={COLORS[key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
