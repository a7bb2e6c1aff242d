import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface SpendingChartRow {
  name: string;
  planned: number;
  spent: number;
}

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
  return (
    <BarChart
      width={960}
      height={320}
      data={rows}
      margin={{ left: 40, right: 20, top: 10, bottom: 10 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="name" />
      <YAxis tickFormatter={format} width={90} />
      <Tooltip formatter={(value) => format(Number(value))} />
      <Legend />
      <Bar dataKey="planned" name={labels.planned} fill="#adb5bd" isAnimationActive={false} />
      <Bar dataKey="spent" name={labels.spent} fill="#0b7285" isAnimationActive={false} />
    </BarChart>
  );
}
