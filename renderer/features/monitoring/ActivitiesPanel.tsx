import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleState } from '../../../shared/domain/monitoring/schedule';
import { formatDate, formatTiming } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow } from './parts';
import { EntriesList } from './EntriesList';
import { moneyText, percentText, shareText } from './format';
import type { ActivityRow, MonitoringModel, PanelProps } from './model';
import { ProgressForm } from './ProgressForm';
import { realised } from '../../../shared/domain/monitoring/spending';

const SCHEDULE_COLORS: Record<ScheduleState, string> = {
  done: 'teal',
  closed: 'gray',
  overdue: 'red',
  dueThisQuarter: 'orange',
  later: 'blue',
  unscheduled: 'gray',
};

/** Progress rolled up per priority and objective, with the money of each priority. */
function RollUp({ model }: { model: MonitoringModel }) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  return (
    <Table withTableBorder fz="sm" data-testid="monitoring-rollup">
      <HeadRow
        labels={[
          t('rollup.item'),
          t('rollup.progress'),
          t('spending.planned'),
          t('spending.cumulative'),
          t('spending.realised'),
        ]}
      />
      <Table.Tbody>
        {model.priorities.map((p) => {
          const progress = model.progress.byPriority.get(p.priority.id);
          if (progress === undefined) return null;
          const figures = model.byPriority.get(p.priority.id);
          return (
            <Fragment key={p.priority.id}>
              <Table.Tr data-testid="rollup-priority">
                <Table.Td
                  fw={700}
                >{`${p.number}. ${pickText(p.priority.title, lang).text}`}</Table.Td>
                <Table.Td>{percentText(progress, lang)}</Table.Td>
                <Table.Td>{moneyText(figures?.planned ?? 0, lang)}</Table.Td>
                <Table.Td>{moneyText(figures?.cumulative ?? 0, lang)}</Table.Td>
                <Table.Td>{shareText(figures ? realised(figures) : null, lang)}</Table.Td>
              </Table.Tr>
              {p.objectives.map((o) => {
                const value = model.progress.byObjective.get(o.objective.id);
                return value === undefined ? null : (
                  <Table.Tr key={o.objective.id}>
                    <Table.Td pl="lg">{`${o.number}. ${pickText(o.objective.title, lang).text}`}</Table.Td>
                    <Table.Td>{percentText(value, lang)}</Table.Td>
                    <Table.Td colSpan={3} />
                  </Table.Tr>
                );
              })}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The activities with their schedule state, status, percent, dates and progress entries. */
export function ActivitiesPanel({ model, editable }: PanelProps) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [editing, setEditing] = useState<ActivityRow | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack>
      <RollUp model={model} />
      <Table withTableBorder fz="sm" data-testid="monitoring-activities">
        <HeadRow
          labels={[
            t('activities.activity'),
            t('activities.schedule'),
            t('activities.status'),
            t('activities.percent'),
            t('activities.actual'),
            '',
          ]}
        />
        <Table.Tbody>
          {model.activities.map((row) => {
            const { activity } = row.node;
            const title = `${row.node.number}. ${pickText(activity.title, lang).text}`;
            const dates = [row.progress?.actualStart, row.progress?.actualEnd]
              .map((d) => (d ? formatDate(d) : '…'))
              .join(' – ');
            return (
              <Fragment key={row.key}>
                <Table.Tr data-testid="monitoring-activity" data-key={row.key}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {`${pickText(activity.responsible, lang).text} · ${formatTiming(activity.timing, lang)}`}
                    </Text>
                    {row.progress?.reason && (
                      <Text size="xs" c="red" data-testid="activity-reason">
                        {`${t('progress.reason')}: ${row.progress.reason}. ${t('progress.correctiveAction')}: ${row.progress.correctiveAction ?? ''}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={SCHEDULE_COLORS[row.schedule]}
                      variant="light"
                      data-testid="activity-schedule"
                    >
                      {t(`schedule.${row.schedule}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td data-testid="activity-status">{t(`status.${row.status}`)}</Table.Td>
                  <Table.Td data-testid="activity-percent">
                    {percentText(row.percent, lang)}
                  </Table.Td>
                  <Table.Td>{row.progress ? dates : ''}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {editable && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing(row)}
                          data-testid="activity-progress-edit"
                        >
                          {t('activities.setStatus')}
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-expanded={open === row.key}
                        onClick={() => setOpen(open === row.key ? null : row.key)}
                        data-testid="activity-entries-toggle"
                      >
                        {t('activities.entries', { count: row.entries.length })}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open === row.key && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <EntriesList planId={model.plan.id} row={row} editable={editable} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && (
        <ProgressForm
          planId={model.plan.id}
          row={editing}
          title={`${editing.node.number}. ${pickText(editing.node.activity.title, lang).text}`}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
