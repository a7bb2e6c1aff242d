import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow, LightButton } from './parts';
import { percentText } from './format';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementsList } from './MeasurementsList';
import { OutcomesPanel } from './OutcomesPanel';
import type { ActivityRow, PanelProps } from './model';

/** The activities' indicators, then the priorities' outcome indicators. */
export function IndicatorsPanel(props: PanelProps) {
  return (
    <Stack gap="lg">
      <ActivityIndicators {...props} />
      <OutcomesPanel {...props} />
    </Stack>
  );
}

/** The activities' indicators: baseline, target, latest value, % of the way, on track or not. */
function ActivityIndicators({ model, editable }: PanelProps) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [adding, setAdding] = useState<ActivityRow | null>(null);
  const rows = model.activities.filter(
    (a) => a.node.activity.indicator.name || a.node.activity.indicator.target !== undefined,
  );
  const value = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, lang));
  if (rows.length === 0) return <Text c="dimmed">{t('indicators.none')}</Text>;
  return (
    <>
      <Table withTableBorder fz="sm" data-testid="monitoring-indicators">
        <HeadRow
          labels={[
            t('indicators.indicator'),
            t('indicators.baseline'),
            t('indicators.target'),
            t('indicators.latest'),
            t('indicators.way'),
            t('indicators.track'),
            '',
          ]}
        />
        <Table.Tbody>
          {rows.map((row) => {
            const { indicator, title } = row.node.activity;
            return (
              <Table.Tr key={row.key} data-testid="indicator-row">
                <Table.Td>
                  <Text size="sm">
                    {pickText(indicator.name, lang).text || pickText(title, lang).text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {`${row.node.number} · ${pickText(indicator.unit, lang).text}`}
                  </Text>
                </Table.Td>
                <Table.Td>{value(indicator.baseline)}</Table.Td>
                <Table.Td>{value(indicator.target)}</Table.Td>
                <Table.Td>
                  {row.latest
                    ? `${value(row.latest.value)} (${formatDate(row.latest.date)}, ${t(`measurementSource.${row.latest.source}`)})`
                    : '—'}
                </Table.Td>
                <Table.Td>{percentText(row.percentOfWay, lang)}</Table.Td>
                <Table.Td>
                  {row.onTrack === null ? (
                    '—'
                  ) : (
                    <Badge
                      color={row.onTrack ? 'teal' : 'red'}
                      variant="light"
                      data-testid="indicator-track"
                    >
                      {t(row.onTrack ? 'indicators.onTrack' : 'indicators.offTrack')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {editable && (
                      <LightButton onClick={() => setAdding(row)} testId="measurement-add">
                        {t('indicators.add')}
                      </LightButton>
                    )}
                    <MeasurementsList
                      planId={model.plan.id}
                      title={`${row.node.number}. ${pickText(indicator.name, lang).text || pickText(title, lang).text}`}
                      values={row.measurements}
                      editable={editable}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {adding && (
        <MeasurementForm
          planId={model.plan.id}
          activityKey={adding.key}
          title={`${t('indicators.add')}: ${adding.node.number}. ${pickText(adding.node.activity.title, lang).text}`}
          onClose={() => setAdding(null)}
        />
      )}
    </>
  );
}
