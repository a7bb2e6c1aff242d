import type { ChartModel } from '../../shared/domain/priorities/charts';
import { ChartFigure } from '../features/priorities/charts/ChartFigure';

/** A chart on paper: fixed size, no animation, its title above (document block `chart`). */
export default function DocumentChart({
  chart,
  width,
  height,
}: {
  chart: ChartModel;
  width: number;
  height: number;
}) {
  return (
    <figure
      className="doc-chart"
      data-testid={`doc-chart-${chart.id}`}
      style={{ margin: '8px 0', breakInside: 'avoid' }}
    >
      <figcaption style={{ fontWeight: 700, marginBottom: 4 }}>{chart.title}</figcaption>
      <ChartFigure model={chart} width={width} height={height} animate={false} />
    </figure>
  );
}
