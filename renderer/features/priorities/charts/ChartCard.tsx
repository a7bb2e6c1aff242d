import { Button, Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sameChart, type ChartModel } from '../../../../shared/domain/priorities/charts';
import { formatNumber } from '../../../../shared/format';
import { safeFileName } from '../../../../shared/documents/model';
import { platform } from '../../../platform';
import { useReportError } from '../useReportError';
import { ChartFigure } from './ChartFigure';
import { chartSvg, exportSize, svgToPng } from './chart-export';
import { CHART_WIDTH, chartHeight } from './chart-size';
import { useLanguage } from '../../../app/useLanguage';
import { useFitWidth } from '../../../components/chart-axis';

/** Below this a chart's labels no longer fit: a narrower card scrolls the chart sideways. */
const MIN_WIDTH = 220;

/** The numbers of a chart as a table (for screen readers and for checking). */
export function ChartTable({ model }: { model: ChartModel }) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  return (
    <Table withTableBorder withColumnBorders fz="sm" data-testid={`chart-table-${model.id}`}>
      <Table.Caption>{model.title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {model.series.map((s) => (
            <Table.Th key={s.key}>{s.label}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {model.rows.map((row) => (
          <Table.Tr key={row.category} data-code={row.code}>
            <Table.Th scope="row">{row.category}</Table.Th>
            {model.series.map((s) => {
              const value = row[s.key];
              return (
                <Table.Td key={s.key}>
                  {typeof value === 'number' ? formatNumber(value, lang, 1) : t('ranking.noData')}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
/**
 * One chart with its table view and Save PNG / Save SVG. It is drawn as wide as its card allows,
 * at most `maxWidth` (a 1024-pixel office screen has less room than a fixed 860-pixel drawing);
 * a saved picture is the chart as drawn. Drawn again only when its model changes in content: a
 * rebuilt but equal model (after a weight change, most charts) keeps the drawing.
 */
export const ChartCard = memo(
  ChartCardView,
  (prev, next) => prev.maxWidth === next.maxWidth && sameChart(prev.model, next.model),
);

function ChartCardView({
  model,
  maxWidth = CHART_WIDTH,
}: {
  model: ChartModel;
  maxWidth?: number;
}) {
  const { t } = useTranslation('priorities');
  const [box, width] = useFitWidth(maxWidth, MIN_WIDTH);
  const report = useReportError();
  const [view, setView] = useState('chart');
  const figure = useRef<HTMLDivElement>(null);
  const height = chartHeight(model);
  const empty = model.rows.length === 0 || model.series.length === 0;

  const save = (format: 'png' | 'svg') =>
    report(async () => {
      const svg = figure.current?.querySelector<SVGSVGElement>(
        '.recharts-wrapper > svg.recharts-surface',
      );
      if (!svg) throw new Error(`chart ${model.id} has no svg`);
      const text = chartSvg(svg, model, width, height);
      const name = safeFileName(model.title);
      if (format === 'svg') {
        await platform().saveBytes(
          new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>,
          `${name}.svg`,
          [{ name: 'SVG', extensions: ['svg'] }],
        );
        return;
      }
      const size = exportSize(model, width, height);
      const bytes = await svgToPng(text, size.width, size.height);
      await platform().saveBytes(bytes, `${name}.png`, [{ name: 'PNG', extensions: ['png'] }]);
    });

  return (
    <Paper withBorder p="md" data-testid={`chart-${model.id}`}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{model.title}</Title>
        {!empty && (
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              value={view}
              onChange={setView}
              data-testid={`chart-view-${model.id}`}
              data={[
                { value: 'chart', label: t('charts.showChart') },
                { value: 'table', label: t('charts.showTable') },
              ]}
            />
            {(['png', 'svg'] as const).map((format) => (
              <Button
                key={format}
                size="xs"
                variant="light"
                onClick={() => save(format)}
                data-testid={`chart-${format}-${model.id}`}
              >
                {format === 'png' ? t('charts.savePng') : t('charts.saveSvg')}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {empty ? (
        <Text c="dimmed">{t('charts.noData')}</Text>
      ) : (
        <div ref={box}>
          <div
            ref={figure}
            style={{ display: view === 'chart' ? 'block' : 'none', overflowX: 'auto' }}
            role="img"
            aria-label={model.title}
          >
            <ChartFigure model={model} width={width} height={height} animate={false} />
          </div>
          {view === 'table' && <ChartTable model={model} />}
        </div>
      )}
    </Paper>
  );
}
