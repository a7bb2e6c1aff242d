import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { SOURCES, type Source } from '../../../shared/domain/budget';

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
}: {
  rows: ChartRow[];
  labels: Record<Source | 'unfunded', string>;
}) {
  const data = rows.map((row) => ({ name: row.name, ...row.values }));
  const keys = [...SOURCES, 'unfunded'] as const;
  return (
    <BarChart
      width={960}
      height={360}
      data={data}
      margin={{ left: 40, right: 20, top: 10, bottom: 10 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="name" />
      <YAxis />
      <Tooltip />
      <Legend />
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
  );
}
